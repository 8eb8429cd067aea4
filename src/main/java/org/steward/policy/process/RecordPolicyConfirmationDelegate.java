package org.steward.policy.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.policy.PolicyConfirmations;
import org.steward.workflow.ProcessValues;

/** 记录送达确认: the officer's confirmation, checked here (a refusal keeps the task open). */
@Component
@RequiredArgsConstructor
class RecordPolicyConfirmationDelegate implements JavaDelegate {

  private final PolicyConfirmations confirmations;

  @Override
  public void execute(DelegateExecution execution) {
    confirmations.confirm(ProcessValues.number(execution, PolicyPushProcess.CONFIRMATION_ID),
        ProcessValues.text(execution, PolicyPushProcess.APPLICABILITY),
        ProcessValues.text(execution, PolicyPushProcess.NOTE), ProcessValues.completer(execution));
  }
}
