package org.steward.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

/** The moves of a supervision order's state ({@link OrderTransition}): every state reachable, closed goes nowhere. */
class OrderTransitionTests {

  @Test
  void everyStateButTheFirstIsEnteredFromSomewhere_andClosedOrdersGoNowhere() {
    for (SupervisionOrderState state : SupervisionOrderState.values()) {
      assertThat(state.enteredFrom().isEmpty()).as(state.name()).isEqualTo(state == SupervisionOrderState.ISSUED);
      assertThat(state.enteredFrom()).as(state.name()).doesNotContain(SupervisionOrderState.CLOSED);
    }
  }

  @Test
  void anOrderIsSignedAnsweredAndReviewed_inThatOrder() {
    assertThat(OrderTransition.SIGN.from()).containsExactly(SupervisionOrderState.ISSUED);
    assertThat(OrderTransition.ANSWER.from()).containsExactly(SupervisionOrderState.SIGNED);
    assertThat(SupervisionOrderState.CLOSED.enteredFrom()).containsExactly(SupervisionOrderState.ANSWERED);
    assertThat(SupervisionOrderState.SIGNED.enteredFrom())
        .isEqualTo(EnumSet.of(SupervisionOrderState.ISSUED, SupervisionOrderState.ANSWERED));
  }

  @Test
  void onlyOrdersThatAwaitAnAnswer_mayBeAnswered() {
    for (SupervisionOrderState state : SupervisionOrderState.values()) {
      boolean answerable = OrderTransition.ANSWER.from().contains(state);
      assertThat(!answerable || state.awaitsAnswer()).as(state.name()).isTrue();
    }
  }
}
