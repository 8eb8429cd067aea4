package org.steward.supervision;

import java.util.EnumSet;
import java.util.Set;

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

  /** The states an order may enter this one from, by any of its moves ({@link OrderTransition}); none for ISSUED. */
  public Set<SupervisionOrderState> enteredFrom() {
    Set<SupervisionOrderState> from = EnumSet.noneOf(SupervisionOrderState.class);
    for (OrderTransition move : OrderTransition.values()) {
      if (move.to() == this) {
        from.addAll(move.from());
      }
    }
    return from;
  }
}
