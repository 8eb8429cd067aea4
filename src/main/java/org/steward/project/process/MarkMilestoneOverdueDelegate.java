package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.Milestone;
import org.steward.handling.Light;
import org.steward.project.ProjectManagement;

/** The planned date passed unconfirmed: red; the leader gets a task to chase it next. */
@Component
class MarkMilestoneOverdueDelegate implements JavaDelegate {

  private final ProjectManagement projects;

  MarkMilestoneOverdueDelegate(ProjectManagement projects) {
    this.projects = projects;
  }

  @Override
  public void execute(DelegateExecution execution) {
    projects.markMilestoneOverdue(execution.getBusinessKey(), milestone(execution));
    execution.setVariable(LIGHT, Light.RED.name());
  }

  private static Milestone milestone(DelegateExecution execution) {
    return Milestone.valueOf((String) execution.getVariable(MILESTONE));
  }
}
