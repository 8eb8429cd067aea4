package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.ANSWER;
import static org.steward.request.process.EnterpriseRequestProcess.COMPLETED_BY;
import static org.steward.request.process.EnterpriseRequestProcess.REPLY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.request.RequestManagement;

/** 即时解决: the officer's answer is the reply to the enterprise. */
@Component
class ResolveDirectlyDelegate implements JavaDelegate {

  private final RequestManagement requests;

  ResolveDirectlyDelegate(RequestManagement requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.resolveDirectly(execution.getProcessBusinessKey(), (String) execution.getVariable(ANSWER),
        (String) execution.getVariable(COMPLETED_BY));
    execution.setVariable(REPLY, execution.getVariable(ANSWER));
  }
}
