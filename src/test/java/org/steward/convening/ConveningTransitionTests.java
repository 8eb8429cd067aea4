package org.steward.convening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * The moves of a convening and of its opinions, without Spring: every state is reached, a concluded convening and a
 * given or missed opinion go nowhere.
 */
class ConveningTransitionTests {

  @Test
  void aConveningConcludesOnce_fromOpen() {
    assertThat(Arrays.stream(ConveningTransition.values()).map(ConveningTransition::to))
        .contains(ConveningState.CONCLUDED);
    assertThat(Arrays.stream(ConveningTransition.values()).map(ConveningTransition::from))
        .containsOnly(ConveningState.OPEN);
  }

  @Test
  void anOpinionIsGivenOrMissed_onlyWhileAwaited() {
    assertThat(Arrays.stream(OpinionTransition.values()).map(OpinionTransition::to))
        .containsExactlyInAnyOrder(OpinionState.GIVEN, OpinionState.MISSED);
    assertThat(Arrays.stream(OpinionTransition.values()).map(OpinionTransition::from))
        .containsOnly(OpinionState.OPEN);
  }
}
