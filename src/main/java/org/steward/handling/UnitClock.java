package org.steward.handling;

import org.steward.deadline.Deadline;

/**
 * A unit with its deadline, whose instants its timers fire at: {@code warnAt}, when the light turns yellow, and
 * {@code dueAt}, the start of the day after the due date, when it turns red.
 */
public record UnitClock(HandlingUnit unit, Deadline deadline) {
}
