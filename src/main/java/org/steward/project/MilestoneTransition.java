package org.steward.project;

import java.util.EnumSet;

/**
 * The transitions of a milestone: escalated once its plan is long past, re-planned (an approved re-plan, or shifted
 * behind an earlier one) and confirmed, each only while unconfirmed; a confirmed milestone moves no more.
 */
enum MilestoneTransition {
  ESCALATE(MilestoneState.ESCALATED, MilestoneState.PLANNED),
  REPLAN(MilestoneState.PLANNED, MilestoneState.PLANNED, MilestoneState.ESCALATED),
  CONFIRM(MilestoneState.CONFIRMED, MilestoneState.PLANNED, MilestoneState.ESCALATED);

  final Move<MilestoneState> move;

  MilestoneTransition(MilestoneState to, MilestoneState first, MilestoneState... more) {
    move = new Move<>(to, EnumSet.of(first, more));
  }
}
