package org.steward.request.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Offers 签收诉求 to the officers' queue only when the enterprise has no officer: a case with an officer is that officer's
 * alone, so no other officer may read, claim or complete its signing task (the engine grants candidates TASK_WORK).
 */
@Component
class OfficersQueueTaskListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    // the assignee expression ${officer} has been applied before the create event
    if (task.getAssignee() == null) {
      task.addCandidateGroup(EnterpriseRequestProcess.OFFICERS);
    }
  }
}
