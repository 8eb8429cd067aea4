package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.deadline.Light;
import org.steward.project.ProjectManagement;
import org.steward.project.ProjectRecords;

/** The planned date passed unconfirmed: red; the leader gets a task to chase it next. */
@Component
class MarkMilestoneOverdueDelegate implements JavaDelegate {

  private final ProjectManagement projects;
  private final ProjectRecords records;

  MarkMilestoneOverdueDelegate(ProjectManagement projects, ProjectRecords records) {
    this.projects = projects;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = execution.getBusinessKey();
    projects.markMilestoneOverdue(code, records.currentMilestone(code));
    execution.setVariable(LIGHT, Light.RED.name());
  }

}
