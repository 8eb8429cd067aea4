package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.COMPLETED_BY;
import static org.steward.request.process.EnterpriseRequestProcess.REPLY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.request.RequestManagement;

/** 记录答复: the officer replied to the enterprise; the return visit follows. */
@Component
class RecordReplyDelegate implements JavaDelegate {

  private final RequestManagement requests;

  RecordReplyDelegate(RequestManagement requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    requests.recordReply(execution.getProcessBusinessKey(), (String) execution.getVariable(REPLY),
        (String) execution.getVariable(COMPLETED_BY));
  }
}
