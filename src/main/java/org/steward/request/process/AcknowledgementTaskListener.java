package org.steward.request.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.shared.Violations;
import org.steward.workflow.ProcessValues;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 签收诉求 without a first answer to the enterprise (at most 2,000 characters). */
@Component
class AcknowledgementTaskListener implements TaskListener {

  private final TaskRefusals problems;

  AcknowledgementTaskListener(TaskRefusals problems) {
    this.problems = problems;
  }

  @Override
  public void notify(DelegateTask task) {
    Violations violations = new Violations();
    violations.text(EnterpriseRequestProcess.FIRST_ANSWER,
        ProcessValues.text(task, EnterpriseRequestProcess.FIRST_ANSWER), 2000);
    problems.check("request.field", () -> violations.throwIfAny());
  }
}
