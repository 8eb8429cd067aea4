package org.steward.handling;

import java.util.EnumSet;
import java.util.Set;

/** Where a unit stands; {@link #FEEDBACK_GIVEN}, {@link #RETURNED} and {@link #WITHDRAWN} are final. */
public enum UnitState {
  /** Handed over, not yet signed for (待签收). */
  ASSIGNED,
  /** Signed for and being handled (办理中). */
  SIGNED,
  /** Waiting for a supervisor to decide an extension request (延期审批中). */
  EXTENSION_REQUESTED,
  /** Finished with feedback (已反馈). */
  FEEDBACK_GIVEN,
  /** Returned as not the department's business (已退单). */
  RETURNED,
  /** Withdrawn when the case went to the joint-meeting office (已撤回). */
  WITHDRAWN;

  public boolean isOpen() {
    return this != FEEDBACK_GIVEN && this != RETURNED && this != WITHDRAWN;
  }

  /** The states a unit may enter this one from, by any of its moves ({@link UnitTransition}); none for ASSIGNED. */
  public Set<UnitState> enteredFrom() {
    Set<UnitState> from = EnumSet.noneOf(UnitState.class);
    for (UnitTransition move : UnitTransition.values()) {
      if (move.to() == this) {
        from.addAll(move.from());
      }
    }
    return from;
  }
}
