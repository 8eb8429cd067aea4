package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.FOLLOW_UP;
import static org.steward.request.process.EnterpriseRequestProcess.FOLLOW_UP_NOTE;

import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.shared.Violations;
import org.steward.workflow.ProcessValues;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 跟进补充材料 without a choice (WAIT or CLOSE) and a note of what the enterprise said. */
@Component
@RequiredArgsConstructor
class FollowUpMaterialTaskListener implements TaskListener {

  static final int MAX_NOTE = 2000;
  private static final Set<String> CHOICES = Set.of("WAIT", EnterpriseRequestProcess.FOLLOW_UP_CLOSE);

  private final TaskRefusals problems;

  @Override
  public void notify(DelegateTask task) {
    Violations violations = new Violations();
    if (!(task.getVariable(FOLLOW_UP) instanceof String choice) || !CHOICES.contains(choice)) {
      violations.add(FOLLOW_UP, "NotBlank");
    }
    violations.text(FOLLOW_UP_NOTE, ProcessValues.text(task, FOLLOW_UP_NOTE), MAX_NOTE);
    problems.check("request.field", () -> violations.throwIfAny());
  }
}
