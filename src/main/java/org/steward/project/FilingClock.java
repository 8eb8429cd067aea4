package org.steward.project;

import java.time.Instant;
import java.time.LocalDate;

/** A monthly progress filing opened for a period (yyyy-MM), with its due date and lights (as department handling). */
public record FilingClock(long filingId, String period, LocalDate dueDate, Instant warnAt, Instant dueAt) {
}
