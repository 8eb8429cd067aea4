package org.steward.deadline;

import java.util.function.BiConsumer;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Something with a deadline whose light the timers move on: a department's unit, a convened officer's opinion, a
 * department's position, a supervision order, a milestone, a monthly filing, the 24-hour response, a designer's task.
 * The capability that owns it declares one as a bean, over its own table; {@link Lights} applies the rules, the generic
 * timer delegates find it by its kind.
 *
 * @param kind what the timer delegates' {@code subject} input parameter names: {@code unit}, {@code opinion}, …
 * @param sharesInstance whether several subjects share one process instance (one per officer, department, milestone or
 *     month): their light is then written on their own tasks, not on the instance, so the Tasklist filters do not show
 *     the instance's other tasks
 * @param finder the subject whose timer fired in an execution
 * @param reader the subject as it stands now
 * @param writer stores the subject's new light
 */
public record DeadlineSubject(String kind, boolean sharesInstance, Function<DelegateExecution, String> finder,
    Function<String, State> reader, BiConsumer<String, Light> writer) {

  /** The subject whose timer fired in {@code execution}. */
  public String idOf(DelegateExecution execution) {
    return finder.apply(execution);
  }

  /** The subject as it stands now. */
  public State stateOf(String id) {
    return reader.apply(id);
  }

  /** Stores the subject's new light. */
  public void setLight(String id, Light light) {
    writer.accept(id, light);
  }

  /**
   * A subject's case, light, whether it is still open (a closed subject's light no longer changes) and its deadline.
   */
  public record State(String caseNumber, Light light, boolean open, Deadline deadline) {
  }
}
