package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.COMPLETED_BY;
import static org.steward.request.process.EnterpriseRequestProcess.CONSOLIDATED_ANSWER;
import static org.steward.request.process.EnterpriseRequestProcess.REPLY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.request.RequestManagement;

/** 记录汇总意见: the consolidated answer becomes the officer's draft reply. */
@Component
class RecordConsolidationDelegate implements JavaDelegate {

  private final RequestManagement requests;

  RecordConsolidationDelegate(RequestManagement requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.recordConsolidation(execution.getProcessBusinessKey(), (String) execution.getVariable(CONSOLIDATED_ANSWER),
        (String) execution.getVariable(COMPLETED_BY));
    execution.setVariable(REPLY, execution.getVariable(CONSOLIDATED_ANSWER));
  }
}
