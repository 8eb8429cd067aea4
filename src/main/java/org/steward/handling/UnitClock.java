package org.steward.handling;

import java.time.Instant;

/**
 * A unit with the two instants its deadline timers fire at: {@code warnAt}, when the light turns yellow, and
 * {@code dueAt}, the start of the day after the due date, when it turns red.
 */
public record UnitClock(HandlingUnit unit, Instant warnAt, Instant dueAt) {
}
