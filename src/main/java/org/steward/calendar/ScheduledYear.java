package org.steward.calendar;

import java.time.OffsetDateTime;

/**
 * A year that has an official holiday schedule, with who last changed it.
 *
 * @param year the calendar year
 * @param source where the schedule comes from
 * @param updatedAt when it was last written (Asia/Shanghai offset)
 * @param updatedBy who last wrote it ({@code flyway} for the seeded years)
 */
public record ScheduledYear(int year, String source, OffsetDateTime updatedAt, String updatedBy) {
}
