package org.steward.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Something with a deadline whose light the timers move on: a department's unit, a convened officer's opinion, a
 * department's position, a supervision order, a milestone, a monthly filing, the 24-hour response. The capability that
 * owns it implements this once; {@link Lights} applies the rules, the generic timer delegates find it by its kind.
 */
public interface DeadlineSubject {

  /** The kind the timer delegates' {@code subject} input parameter names: {@code unit}, {@code opinion}, … */
  String kind();

  /** The subject whose timer fired in {@code execution}. */
  String idOf(DelegateExecution execution);

  /** The subject as it stands now. */
  State stateOf(String id);

  /** Stores the subject's new light. */
  void setLight(String id, Light light);

  /**
   * Whether several subjects share one process instance (one per officer, department, milestone or month): their light
   * is then written on their own tasks, not on the instance, so the Tasklist filters do not show the instance's other
   * tasks.
   */
  default boolean sharesInstance() {
    return false;
  }

  /**
   * A subject's case, light, whether it is still open (a closed subject's light no longer changes) and its deadline.
   */
  record State(String caseNumber, Light light, boolean open, Deadline deadline) {
  }
}
