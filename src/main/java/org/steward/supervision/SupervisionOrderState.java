package org.steward.supervision;

/** Where a supervision order (督办单) stands. */
public enum SupervisionOrderState {
  /** Issued, not yet signed for (待签收). */
  ISSUED,
  /** Signed for, the answer is awaited (待反馈); also after the issuer sent an answer back. */
  SIGNED,
  /** Answered, the issuer reviews the answer (待审核). */
  ANSWERED,
  /** The issuer accepted the answer (已办结). */
  CLOSED;

  /** Whether the target still owes an answer: the ledger shows such orders. */
  public boolean awaitsAnswer() {
    return this == ISSUED || this == SIGNED;
  }
}
