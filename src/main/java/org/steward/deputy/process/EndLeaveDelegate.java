package org.steward.deputy.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.deputy.Leaves;
import org.steward.workflow.ProcessValues;

/** 交回未办任务: the leave ends; the tasks the deputy still holds go back to the officer. */
@Component
@RequiredArgsConstructor
class EndLeaveDelegate implements JavaDelegate {

  private final Leaves leaves;

  @Override
  public void execute(DelegateExecution execution) {
    leaves.end(ProcessValues.number(execution, DeputyLeaveProcess.LEAVE_ID));
  }
}
