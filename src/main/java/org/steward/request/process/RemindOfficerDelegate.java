package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.LIGHT;
import static org.steward.request.process.EnterpriseRequestProcess.RESPONSE_SUPERVISION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.deadline.Light;
import org.steward.request.RequestManagement;

/** 提醒首席服务官: the 24 hours passed; the case turns red and goes under supervision. */
@Component
class RemindOfficerDelegate implements JavaDelegate {

  private final RequestManagement requests;

  RemindOfficerDelegate(RequestManagement requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long item = requests.remindOfficer(execution.getProcessBusinessKey());
    execution.setVariable(RESPONSE_SUPERVISION_ID, item);
    execution.setVariable(LIGHT, Light.RED.name());
  }
}
