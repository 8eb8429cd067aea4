package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.DECISION_NOTE;
import static org.steward.handling.process.DepartmentHandlingProcess.EXTENSION_DECISION;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.handling.UnitExtensions;
import org.steward.workflow.ProcessValues;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 审批延期申请 without a decision (同意/不同意). */
@Component
@RequiredArgsConstructor
class CheckExtensionDecisionTaskListener implements TaskListener {

  private final UnitExtensions extensions;
  private final TaskRefusals texts;

  @Override
  public void notify(DelegateTask task) {
    texts.check("handling.field", () -> {
      extensions.checkExtensionDecision(ProcessValues.text(task, EXTENSION_DECISION),
          ProcessValues.text(task, DECISION_NOTE));
    });
  }
}
