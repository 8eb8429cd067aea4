package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.DECISION_NOTE;
import static org.steward.handling.process.DepartmentHandlingProcess.EXTENSION_DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.handling.HandlingManagement;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 审批延期申请 without a decision (同意/不同意). */
@Component
class CheckExtensionDecisionTaskListener implements TaskListener {

  private final HandlingManagement handling;
  private final TaskRefusals texts;

  CheckExtensionDecisionTaskListener(HandlingManagement handling, TaskRefusals texts) {
    this.handling = handling;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    texts.check("handling.field", () -> {
      handling.checkExtensionDecision((String) task.getVariable(EXTENSION_DECISION),
          (String) task.getVariable(DECISION_NOTE));
    });
  }
}
