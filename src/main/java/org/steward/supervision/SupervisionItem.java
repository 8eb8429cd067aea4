package org.steward.supervision;

import java.time.Instant;

/** One matter under supervision: the case, the unit when a department is chased, who is chased, and the outcome. */
public record SupervisionItem(long id, String caseNumber, Long unitId, SupervisionReason reason, String target,
    Instant openedAt, Instant closedAt, String closedBy, String note) {

  public boolean isOpen() {
    return closedAt == null;
  }
}
