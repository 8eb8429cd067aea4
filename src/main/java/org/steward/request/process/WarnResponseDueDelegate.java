package org.steward.request.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.request.RequestManagement;

/** 提醒即将超时: four of the 24 hours are left and the request is not signed for yet. */
@Component
class WarnResponseDueDelegate implements JavaDelegate {

  private final RequestManagement requests;

  WarnResponseDueDelegate(RequestManagement requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.warnOfficer(execution.getProcessBusinessKey());
  }
}
