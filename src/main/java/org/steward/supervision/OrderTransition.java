package org.steward.supervision;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves a supervision order's state makes, each from the states it may start in: the only changes of an order's
 * state there are. A move out of turn (an answer before the order is signed, a review of an unanswered order) is
 * refused by {@link OrderTransitions}.
 */
enum OrderTransition {
  SIGN(SupervisionOrderState.SIGNED, SupervisionOrderState.ISSUED),
  ANSWER(SupervisionOrderState.ANSWERED, SupervisionOrderState.SIGNED),
  ACCEPT(SupervisionOrderState.CLOSED, SupervisionOrderState.ANSWERED),
  SEND_BACK(SupervisionOrderState.SIGNED, SupervisionOrderState.ANSWERED);

  private final SupervisionOrderState to;
  private final Set<SupervisionOrderState> from;

  OrderTransition(SupervisionOrderState to, SupervisionOrderState first, SupervisionOrderState... more) {
    this.to = to;
    this.from = EnumSet.of(first, more);
  }

  SupervisionOrderState to() {
    return to;
  }

  Set<SupervisionOrderState> from() {
    return from;
  }
}
