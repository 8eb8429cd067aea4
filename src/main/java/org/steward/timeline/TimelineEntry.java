package org.steward.timeline;

import java.time.Instant;

/** One step of a case: when, the action code, who (user id, or {@code system}), a Chinese description, details. */
public record TimelineEntry(Instant at, String action, String actor, String description, String detail) {
}
