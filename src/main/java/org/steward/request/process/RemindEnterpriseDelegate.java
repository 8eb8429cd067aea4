package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.FOLLOW_UP_NOTE;
import static org.steward.request.process.EnterpriseRequestProcess.MATERIAL_WAIT;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.request.MaterialSupply;
import org.steward.workflow.ProcessValues;

/** 再次提醒企业补充: another period for the enterprise after the officer's follow-up. */
@Component
@RequiredArgsConstructor
class RemindEnterpriseDelegate implements JavaDelegate {

  private final MaterialSupply material;

  @Override
  public void execute(DelegateExecution execution) {
    String period = material.remind(execution.getProcessBusinessKey(), ProcessValues.text(execution, FOLLOW_UP_NOTE),
        ProcessValues.completer(execution));
    execution.setVariable(MATERIAL_WAIT, period);
  }
}
