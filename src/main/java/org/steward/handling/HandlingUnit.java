package org.steward.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.steward.deadline.Light;

/**
 * One department's part of a case in one handover round, with its live light and rating (computed from Steward's
 * clock when read) and its extension history, oldest first.
 */
public record HandlingUnit(long id, String caseNumber, int round, String departmentCode, String departmentName,
    UnitRole role, LocalDate dueDate, UnitState state, Light light, Rating rating, String feedback,
    String returnReason, Instant signedAt, Instant finishedAt, List<Extension> extensions) {

  public boolean isOpen() {
    return state.isOpen();
  }
}
