package org.steward.convening;

import java.time.Instant;
import java.time.LocalDate;

import org.steward.deadline.Light;

/**
 * One convened officer's part: the deadline, the live light, whether the officer was late, the
 * opinion once given; {@code addedBy} is set for an officer added while the convening ran (加签).
 */
public record Opinion(long id, String officer, String officerName, LocalDate dueDate, OpinionState state,
    Light light, boolean late, String opinion, Instant givenAt, Instant addedAt, String addedBy) {
}
