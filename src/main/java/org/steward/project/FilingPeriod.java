package org.steward.project;

import java.time.Instant;

/** The next monthly filing of a project: its period (yyyy-MM) and when it opens (the month's first day, 00:00). */
public record FilingPeriod(String period, Instant opensAt) {
}
