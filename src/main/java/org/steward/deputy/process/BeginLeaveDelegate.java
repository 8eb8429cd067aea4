package org.steward.deputy.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.deputy.Leaves;
import org.steward.workflow.ProcessValues;

/** 移交在办任务: the leave begins; the officer's open tasks go to the deputy. */
@Component
@RequiredArgsConstructor
class BeginLeaveDelegate implements JavaDelegate {

  private final Leaves leaves;

  @Override
  public void execute(DelegateExecution execution) {
    leaves.begin(ProcessValues.number(execution, DeputyLeaveProcess.LEAVE_ID));
  }
}
