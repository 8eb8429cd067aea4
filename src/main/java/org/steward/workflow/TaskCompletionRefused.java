package org.steward.workflow;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.steward.shared.InvalidInput.FieldViolation;

/**
 * A task completion whose values break a rule (a form's business rule, or a variable the form does not ask for). It
 * rolls the whole completion back; its message is the Chinese sentence Tasklist shows, its violations name each field
 * for the engine-rest answer, and the task stays open.
 */
public class TaskCompletionRefused extends ProcessEngineException {

  private static final long serialVersionUID = 1L;

  private final transient List<FieldViolation> violations;

  public TaskCompletionRefused(String message, List<FieldViolation> violations) {
    super(message);
    this.violations = List.copyOf(violations);
  }

  /** The broken rules, one per field, in the order found. */
  public List<FieldViolation> violations() {
    return violations == null ? List.of() : violations;
  }
}
