package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.CONSOLIDATED_ANSWER;
import static org.steward.request.process.EnterpriseRequestProcess.REPLY;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.request.RequestHandOver;
import org.steward.workflow.ProcessValues;

/** 记录汇总意见: the consolidated answer becomes the officer's draft reply. */
@Component
@RequiredArgsConstructor
class RecordConsolidationDelegate implements JavaDelegate {

  private final RequestHandOver requests;

  @Override
  public void execute(DelegateExecution execution) {
    requests.recordConsolidation(execution.getProcessBusinessKey(), ProcessValues.text(execution, CONSOLIDATED_ANSWER),
        ProcessValues.completer(execution));
    execution.setVariable(REPLY, execution.getVariable(CONSOLIDATED_ANSWER));
  }
}
