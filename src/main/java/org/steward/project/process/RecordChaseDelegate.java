package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.Milestone;
import org.steward.project.ProjectManagement;

/** Records the leader's 督促 of an overdue milestone. */
@Component
class RecordChaseDelegate implements JavaDelegate {

  private final ProjectManagement projects;

  RecordChaseDelegate(ProjectManagement projects) {
    this.projects = projects;
  }

  @Override
  public void execute(DelegateExecution execution) {
    projects.recordChase(execution.getBusinessKey(), milestone(execution), (String) execution.getVariable(CHASE_NOTE),
        Actors.current(execution.getProcessEngineServices()));
    execution.setVariable(CHASE_NOTE, null);
  }

  private static Milestone milestone(DelegateExecution execution) {
    return Milestone.valueOf((String) execution.getVariable(MILESTONE));
  }
}
