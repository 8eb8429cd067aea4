package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.ProjectManagement;
import org.steward.project.ProjectRecords;

/** The monthly filing is overdue (red): the officer and the leader are told. */
@Component
class MarkFilingOverdueDelegate implements JavaDelegate {

  private final ProjectManagement projects;
  private final ProjectRecords records;

  MarkFilingOverdueDelegate(ProjectManagement projects, ProjectRecords records) {
    this.projects = projects;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    projects.markFilingOverdue(records.openFiling(execution.getBusinessKey()));
  }
}
