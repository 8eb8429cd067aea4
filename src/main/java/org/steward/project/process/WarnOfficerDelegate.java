package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.Milestone;
import org.steward.handling.Light;
import org.steward.project.ProjectManagement;

/** The warning timer fired: the officer is told the milestone's planned date is near (yellow). */
@Component
class WarnOfficerDelegate implements JavaDelegate {

  private final ProjectManagement projects;

  WarnOfficerDelegate(ProjectManagement projects) {
    this.projects = projects;
  }

  @Override
  public void execute(DelegateExecution execution) {
    projects.warnMilestone(execution.getBusinessKey(), milestone(execution));
    execution.setVariable(LIGHT, Light.YELLOW.name());
  }

  private static Milestone milestone(DelegateExecution execution) {
    return Milestone.valueOf((String) execution.getVariable(MILESTONE));
  }
}
