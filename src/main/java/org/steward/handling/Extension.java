package org.steward.handling;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An extension request (延期申请) of a unit; {@code approved} is null while the supervisor has not decided.
 * {@code previousDueDate} is the unit's due date when the request was made.
 */
public record Extension(LocalDate requestedDueDate, String reason, String requestedBy, Instant requestedAt,
    Boolean approved, String decidedBy, Instant decidedAt, LocalDate previousDueDate) {
}
