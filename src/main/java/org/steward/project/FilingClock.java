package org.steward.project;

import org.steward.deadline.Deadline;

/** A monthly progress filing opened for a period (yyyy-MM), with its deadline (as department handling). */
public record FilingClock(long filingId, String period, Deadline deadline) {
}
