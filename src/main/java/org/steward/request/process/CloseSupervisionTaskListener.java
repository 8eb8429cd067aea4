package org.steward.request.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.request.RequestManagement;

/**
 * Closes the supervision item behind a 督办 task with the supervisor's note when the task completes: the 24-hour item
 * for 督促首次响应, the reopening item for 督办重办事项.
 */
@Component
class CloseSupervisionTaskListener implements TaskListener {

  private final RequestManagement requests;

  CloseSupervisionTaskListener(RequestManagement requests) {
    this.requests = requests;
  }

  @Override
  public void notify(DelegateTask task) {
    String itemVariable = EnterpriseRequestProcess.SUPERVISE_RESPONSE.equals(task.getTaskDefinitionKey())
        ? EnterpriseRequestProcess.RESPONSE_SUPERVISION_ID : EnterpriseRequestProcess.REOPEN_SUPERVISION_ID;
    Object item = task.getVariable(itemVariable);
    if (item instanceof Number id) {
      // CompleterTaskListener runs first on the same task, so completedBy names this task's completer
      String by = (String) task.getVariable(EnterpriseRequestProcess.COMPLETED_BY);
      requests.closeSupervision(id.longValue(), by, (String) task.getVariable(EnterpriseRequestProcess.SUPERVISION_NOTE));
    }
  }
}
