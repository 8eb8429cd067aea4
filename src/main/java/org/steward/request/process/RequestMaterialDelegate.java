package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.MATERIAL_ASK;
import static org.steward.request.process.EnterpriseRequestProcess.MATERIAL_WAIT;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.request.MaterialSupply;
import org.steward.workflow.ProcessValues;

/** 请企业补充材料: records the officer's ask, tells the enterprise and sets the period the timer waits. */
@Component
@RequiredArgsConstructor
class RequestMaterialDelegate implements JavaDelegate {

  private final MaterialSupply material;

  @Override
  public void execute(DelegateExecution execution) {
    String period = material.ask(execution.getProcessBusinessKey(), ProcessValues.text(execution, MATERIAL_ASK),
        ProcessValues.completer(execution));
    execution.setVariable(MATERIAL_WAIT, period);
  }
}
