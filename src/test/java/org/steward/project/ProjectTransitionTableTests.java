package org.steward.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The transition tables of a project's records, without a database: from the state a record is created in every state
 * is reachable, the end states go nowhere, moves out of turn are not in the table, and every state has its condition.
 */
class ProjectTransitionTableTests {

  @Test
  void aProject_isFollowedUntilFinished_andAFinishedProjectMovesNoMore() {
    List<Move<ProjectLifecycle>> moves = Stream.of(ProjectTransition.values()).map(t -> t.move).toList();

    assertThat(reachable(ProjectLifecycle.FOLLOWED, moves)).containsExactlyInAnyOrder(ProjectLifecycle.values());
    assertThat(leaving(ProjectLifecycle.FINISHED, moves)).isEmpty();
    assertThat(ProjectTransition.REASSIGN.move.from()).containsExactly(ProjectLifecycle.FOLLOWED);
    assertThat(ProjectTransition.FINISH.move.from()).doesNotContain(ProjectLifecycle.FINISHED);
  }

  @Test
  void aMilestone_isEscalatedReplannedOrConfirmed_onlyWhileUnconfirmed() {
    List<Move<MilestoneState>> moves = Stream.of(MilestoneTransition.values()).map(t -> t.move).toList();

    assertThat(reachable(MilestoneState.PLANNED, moves)).containsExactlyInAnyOrder(MilestoneState.values());
    assertThat(leaving(MilestoneState.CONFIRMED, moves)).isEmpty();
    // escalated once per plan: only a re-plan starts the clock, and the escalation, over
    assertThat(MilestoneTransition.ESCALATE.move.from()).containsExactly(MilestoneState.PLANNED);
    assertThat(MilestoneTransition.REPLAN.move.to()).isEqualTo(MilestoneState.PLANNED);
    assertThat(MilestoneTransition.CONFIRM.move.from())
        .isEqualTo(EnumSet.of(MilestoneState.PLANNED, MilestoneState.ESCALATED));
  }

  @Test
  void aReplan_isDecidedOnce_eitherWay() {
    List<Move<ReplanState>> moves = Stream.of(ReplanTransition.values()).map(t -> t.move).toList();

    assertThat(reachable(ReplanState.PENDING, moves)).containsExactlyInAnyOrder(ReplanState.values());
    assertThat(leaving(ReplanState.APPROVED, moves)).isEmpty();
    assertThat(leaving(ReplanState.REJECTED, moves)).isEmpty();
  }

  @Test
  void aFiling_isFiledOnce() {
    List<Move<FilingState>> moves = Stream.of(FilingTransition.values()).map(t -> t.move).toList();

    assertThat(reachable(FilingState.OPEN, moves)).containsExactlyInAnyOrder(FilingState.values());
    assertThat(leaving(FilingState.FILED, moves)).isEmpty();
  }

  @Test
  void everyState_isToldByItsRowsColumns() {
    Stream.of(ProjectLifecycle.values(), MilestoneState.values(), ReplanState.values(), FilingState.values())
        .flatMap(Stream::of)
        .forEach(state -> assertThat(ProjectTransitions.condition(state)).as(state.name()).isNotBlank());
  }

  private static <S extends Enum<S>> Set<S> reachable(S first, List<Move<S>> moves) {
    Set<S> reached = EnumSet.of(first);
    Deque<S> next = new ArrayDeque<>(reached);
    while (!next.isEmpty()) {
      S state = next.pop();
      for (Move<S> move : moves) {
        if (move.from().contains(state) && reached.add(move.to())) {
          next.push(move.to());
        }
      }
    }
    return reached;
  }

  private static <S extends Enum<S>> List<Move<S>> leaving(S state, List<Move<S>> moves) {
    return moves.stream().filter(move -> move.from().contains(state)).toList();
  }
}
