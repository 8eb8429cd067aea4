package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.deadline.Light;
import org.steward.project.ProjectManagement;
import org.steward.project.ProjectRecords;

/** The warning timer fired: the officer is told the milestone's planned date is near (yellow). */
@Component
class WarnOfficerDelegate implements JavaDelegate {

  private final ProjectManagement projects;
  private final ProjectRecords records;

  WarnOfficerDelegate(ProjectManagement projects, ProjectRecords records) {
    this.projects = projects;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String code = execution.getBusinessKey();
    projects.warnMilestone(code, records.currentMilestone(code));
    execution.setVariable(LIGHT, Light.YELLOW.name());
  }

}
