package org.steward.handling;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves a unit's state makes, each from the states it may start in: the only changes of a unit's state there are.
 * A move out of turn (a decision on an extension nobody asked for, feedback on a returned unit) is refused by
 * {@link UnitTransitions}.
 */
enum UnitTransition {
  SIGN(UnitState.SIGNED, UnitState.ASSIGNED),
  GIVE_FEEDBACK(UnitState.FEEDBACK_GIVEN, UnitState.ASSIGNED, UnitState.SIGNED, UnitState.EXTENSION_REQUESTED),
  RETURN(UnitState.RETURNED, UnitState.ASSIGNED, UnitState.SIGNED, UnitState.EXTENSION_REQUESTED),
  REQUEST_EXTENSION(UnitState.EXTENSION_REQUESTED, UnitState.ASSIGNED, UnitState.SIGNED),
  DECIDE_EXTENSION(UnitState.SIGNED, UnitState.EXTENSION_REQUESTED),
  WITHDRAW(UnitState.WITHDRAWN, UnitState.ASSIGNED, UnitState.SIGNED, UnitState.EXTENSION_REQUESTED);

  private final UnitState to;
  private final Set<UnitState> from;

  UnitTransition(UnitState to, UnitState first, UnitState... more) {
    this.to = to;
    this.from = EnumSet.of(first, more);
  }

  UnitState to() {
    return to;
  }

  Set<UnitState> from() {
    return from;
  }
}
