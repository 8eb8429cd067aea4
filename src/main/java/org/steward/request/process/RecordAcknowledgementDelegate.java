package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.COMPLETED_BY;
import static org.steward.request.process.EnterpriseRequestProcess.FIRST_ANSWER;
import static org.steward.request.process.EnterpriseRequestProcess.LIGHT;
import static org.steward.request.process.EnterpriseRequestProcess.OFFICER;
import static org.steward.request.process.EnterpriseRequestProcess.SUPERVISOR;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.deadline.Light;
import org.steward.request.RequestManagement;

/** 记录签收: the case is signed for; a case from the queue now has the signer as officer. */
@Component
class RecordAcknowledgementDelegate implements JavaDelegate {

  private final RequestManagement requests;

  RecordAcknowledgementDelegate(RequestManagement requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequestManagement.Acknowledgement result = requests.acknowledge(execution.getProcessBusinessKey(),
        (String) execution.getVariable(COMPLETED_BY), (String) execution.getVariable(FIRST_ANSWER));
    execution.setVariable(OFFICER, result.officer());
    execution.setVariable(SUPERVISOR, result.supervisor());
    execution.setVariable(LIGHT, Light.GREEN.name());
  }
}
