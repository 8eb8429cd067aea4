package org.steward.request.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.timeline.Timeline;

/**
 * Remembers who completed a user task ({@code completedBy}, a transient variable): the logged-in user, else the
 * assignee, else {@code system} (a task completed by Steward itself); the next service task records it as the actor.
 */
@Component
class CompleterTaskListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String who = current != null && current.getUserId() != null ? current.getUserId()
        : task.getAssignee() != null ? task.getAssignee() : Timeline.SYSTEM;
    // transient: the service task right after reads it in the same transaction; nothing to keep in the engine
    task.getExecution().setVariable(EnterpriseRequestProcess.COMPLETED_BY, Variables.stringValue(who, true));
  }
}
