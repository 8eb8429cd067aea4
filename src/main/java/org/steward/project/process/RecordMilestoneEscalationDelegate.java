package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.ProjectManagement;
import org.steward.project.ProjectRecords;

/** The escalation to the joint-meeting office was caught: recorded, the office (group joint-office) told. */
@Component
class RecordMilestoneEscalationDelegate implements JavaDelegate {

  private final ProjectManagement projects;
  private final ProjectRecords records;

  RecordMilestoneEscalationDelegate(ProjectManagement projects, ProjectRecords records) {
    this.projects = projects;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = execution.getBusinessKey();
    projects.escalate(code, records.currentMilestone(code));
  }

}
