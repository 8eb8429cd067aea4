package org.steward.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

/** The moves of a unit's state ({@link UnitTransition}): every state is reachable, finished units go nowhere. */
class UnitTransitionTests {

  @Test
  void everyStateButTheFirstIsEnteredFromSomewhere() {
    for (UnitState state : UnitState.values()) {
      assertThat(state.enteredFrom().isEmpty()).as(state.name()).isEqualTo(state == UnitState.ASSIGNED);
    }
  }

  @Test
  void finishedUnitsGoNowhere_andOpenOnesMayFinish() {
    for (UnitTransition move : UnitTransition.values()) {
      assertThat(move.from()).as(move.name()).allMatch(UnitState::isOpen);
    }
    for (UnitState state : UnitState.values()) {
      boolean finishes = EnumSet.of(UnitState.FEEDBACK_GIVEN, UnitState.RETURNED, UnitState.WITHDRAWN).stream()
          .allMatch(end -> end.enteredFrom().contains(state));
      assertThat(finishes).as(state.name()).isEqualTo(state.isOpen());
    }
  }

  @Test
  void movesOutOfTurn_areNotInTheTable() {
    assertThat(UnitTransition.SIGN.from()).containsExactly(UnitState.ASSIGNED);
    assertThat(UnitTransition.DECIDE_EXTENSION.from()).containsExactly(UnitState.EXTENSION_REQUESTED);
    assertThat(UnitTransition.REQUEST_EXTENSION.from()).doesNotContain(UnitState.EXTENSION_REQUESTED);
    assertThat(UnitState.SIGNED.enteredFrom())
        .isEqualTo(EnumSet.of(UnitState.ASSIGNED, UnitState.EXTENSION_REQUESTED));
  }
}
