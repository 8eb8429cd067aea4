package org.steward.request.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.steward.timeline.Timeline;

/**
 * Remembers who completed a user task ({@code completedBy}): the logged-in user, else the assignee, else
 * {@code system} (a task completed by Steward itself); the next service task records it as the actor.
 */
@Component
class CompleterTaskListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String who = current != null && current.getUserId() != null ? current.getUserId()
        : task.getAssignee() != null ? task.getAssignee() : Timeline.SYSTEM;
    task.getExecution().setVariable(EnterpriseRequestProcess.COMPLETED_BY, who);
  }
}
