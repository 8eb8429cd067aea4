package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.FOLLOW_UP_NOTE;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.request.MaterialSupply;
import org.steward.workflow.ProcessValues;

/** 按未补充材料关闭: the case ends as NO_RESPONSE. */
@Component
@RequiredArgsConstructor
class CloseNoResponseDelegate implements JavaDelegate {

  private final MaterialSupply material;

  @Override
  public void execute(DelegateExecution execution) {
    material.closeForNoResponse(execution.getProcessBusinessKey(), ProcessValues.text(execution, FOLLOW_UP_NOTE),
        ProcessValues.completer(execution));
  }
}
