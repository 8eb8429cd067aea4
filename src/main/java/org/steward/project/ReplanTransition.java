package org.steward.project;

import java.util.EnumSet;

/** The transitions of a re-plan: the leader decides it once, either way. */
enum ReplanTransition {
  APPROVE(ReplanState.APPROVED, ReplanState.PENDING),
  REJECT(ReplanState.REJECTED, ReplanState.PENDING);

  final Move<ReplanState> move;

  ReplanTransition(ReplanState to, ReplanState first, ReplanState... more) {
    move = new Move<>(to, EnumSet.of(first, more));
  }
}
