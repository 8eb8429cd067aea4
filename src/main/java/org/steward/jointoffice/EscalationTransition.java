package org.steward.jointoffice;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves an escalation's state makes, each from the states it may start in: the only changes of its state there are.
 * A move out of turn (a meeting concluded for an escalation still at analysis, a second analysis) is refused by
 * {@link OfficeTransitions}.
 */
enum EscalationTransition {
  ARBITRATE(EscalationState.CLOSED, EscalationState.ANALYSING),
  DECIDE(EscalationState.CLOSED, EscalationState.ANALYSING),
  LINK_TO_COMMON_ISSUE(EscalationState.WAITING, EscalationState.ANALYSING),
  CONVENE_MEETING(EscalationState.MEETING, EscalationState.ANALYSING),
  UNLINK_FROM_COMMON_ISSUE(EscalationState.ANALYSING, EscalationState.WAITING),
  COMMON_ISSUE_RESOLVED(EscalationState.CLOSED, EscalationState.WAITING),
  CONCLUDE_MEETING(EscalationState.CLOSED, EscalationState.MEETING);

  private final EscalationState to;
  private final Set<EscalationState> from;

  EscalationTransition(EscalationState to, EscalationState first, EscalationState... more) {
    this.to = to;
    this.from = EnumSet.of(first, more);
  }

  EscalationState to() {
    return to;
  }

  Set<EscalationState> from() {
    return from;
  }
}
