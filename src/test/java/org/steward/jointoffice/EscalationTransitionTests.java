package org.steward.jointoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The moves of an escalation and of a common issue, without Spring: every state is reached, a closed escalation and a
 * resolved issue go nowhere, and a move starts only from the states the office's steps allow.
 */
class EscalationTransitionTests {

  @Test
  void everyStateIsEntered_andAClosedEscalationGoesNowhere() {
    for (EscalationState state : EscalationState.values()) {
      assertThat(Arrays.stream(EscalationTransition.values()).anyMatch(move -> move.to() == state)).as(state.name())
          .isTrue();
    }
    assertThat(Arrays.stream(EscalationTransition.values())
        .filter(move -> move.from().contains(EscalationState.CLOSED))).isEmpty();
  }

  @Test
  void onlyAnEscalationAtAnalysisIsArbitratedDecidedLinkedOrTakenToAMeeting() {
    for (EscalationTransition move : EnumSet.of(EscalationTransition.ARBITRATE, EscalationTransition.DECIDE,
        EscalationTransition.LINK_TO_COMMON_ISSUE, EscalationTransition.CONVENE_MEETING)) {
      assertThat(move.from()).as(move.name()).containsExactly(EscalationState.ANALYSING);
    }
  }

  @Test
  void movesOutOfTurn_startFromNoneOfThoseStates() {
    assertThat(EscalationTransition.CONCLUDE_MEETING.from()).doesNotContain(EscalationState.ANALYSING,
        EscalationState.WAITING);
    assertThat(EscalationTransition.COMMON_ISSUE_RESOLVED.from()).doesNotContain(EscalationState.MEETING,
        EscalationState.ANALYSING);
    assertThat(EscalationTransition.UNLINK_FROM_COMMON_ISSUE.from()).containsExactly(EscalationState.WAITING);
    assertThat(EscalationTransition.ARBITRATE.from()).doesNotContain(EscalationState.MEETING);
  }

  @Test
  void aWaitingEscalationGoesBackToAnalysisOrClosesWithItsIssue() {
    Set<EscalationState> fromWaiting = EnumSet.noneOf(EscalationState.class);
    Arrays.stream(EscalationTransition.values()).filter(move -> move.from().contains(EscalationState.WAITING))
        .forEach(move -> fromWaiting.add(move.to()));
    assertThat(fromWaiting).containsExactlyInAnyOrder(EscalationState.ANALYSING, EscalationState.CLOSED);
  }

  @Test
  void aCommonIssueIsResolvedOnce_fromOpen() {
    assertThat(CommonIssueTransition.RESOLVE.from()).isEqualTo(CommonIssueState.OPEN);
    assertThat(CommonIssueTransition.RESOLVE.to()).isEqualTo(CommonIssueState.RESOLVED);
    assertThat(Arrays.stream(CommonIssueTransition.values())
        .filter(move -> move.from() == CommonIssueState.RESOLVED)).isEmpty();
  }
}
