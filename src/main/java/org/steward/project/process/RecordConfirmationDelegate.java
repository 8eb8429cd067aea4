package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.Milestone;
import org.steward.project.ProjectManagement;

/** The officer confirmed the milestone; sets {@code finished} when it was 投产. */
@Component
class RecordConfirmationDelegate implements JavaDelegate {

  private final ProjectManagement projects;

  RecordConfirmationDelegate(ProjectManagement projects) {
    this.projects = projects;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean finished = projects.confirmMilestone(execution.getBusinessKey(), milestone(execution),
        (String) execution.getVariable(ACTUAL_DATE), (String) execution.getVariable(NOTE),
        (String) execution.getVariable(OVERRIDE_REASON), Actors.current(execution.getProcessEngineServices()));
    execution.setVariable(FINISHED, finished);
  }

  private static Milestone milestone(DelegateExecution execution) {
    return Milestone.valueOf((String) execution.getVariable(MILESTONE));
  }
}
