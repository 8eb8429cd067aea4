package org.steward.convening;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One convened officer's part: the deadline, the live light (GREEN, YELLOW, RED), whether the officer was late, the
 * opinion once given; {@code addedBy} is set for an officer added while the convening ran (加签).
 */
public record Opinion(long id, String officer, String officerName, LocalDate dueDate, OpinionState state,
    String light, boolean late, String opinion, Instant givenAt, Instant addedAt, String addedBy) {
}
