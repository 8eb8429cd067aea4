package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.Milestone;
import org.steward.project.ProjectManagement;

/** The escalation to the joint-meeting office was caught: recorded, the office (group joint-office) told. */
@Component
class RecordMilestoneEscalationDelegate implements JavaDelegate {

  private final ProjectManagement projects;

  RecordMilestoneEscalationDelegate(ProjectManagement projects) {
    this.projects = projects;
  }

  @Override
  public void execute(DelegateExecution execution) {
    projects.escalate(execution.getBusinessKey(), milestone(execution));
  }

  private static Milestone milestone(DelegateExecution execution) {
    return Milestone.valueOf((String) execution.getVariable(MILESTONE));
  }
}
