package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.Milestone;
import org.steward.project.ProjectManagement;

/** Records the officer's re-plan request (改期); the leader decides next. */
@Component
class RequestReplanDelegate implements JavaDelegate {

  private final ProjectManagement projects;

  RequestReplanDelegate(ProjectManagement projects) {
    this.projects = projects;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long replanId = projects.requestReplan(execution.getBusinessKey(), milestone(execution),
        (String) execution.getVariable(REQUESTED_DATE), (String) execution.getVariable(REPLAN_REASON),
        Actors.current(execution.getProcessEngineServices()));
    execution.setVariable(REPLAN_ID, replanId);
  }

  private static Milestone milestone(DelegateExecution execution) {
    return Milestone.valueOf((String) execution.getVariable(MILESTONE));
  }
}
