package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.ProjectManagement;

/** The monthly filing is overdue (red): the officer and the leader are told. */
@Component
class MarkFilingOverdueDelegate implements JavaDelegate {

  private final ProjectManagement projects;

  MarkFilingOverdueDelegate(ProjectManagement projects) {
    this.projects = projects;
  }

  @Override
  public void execute(DelegateExecution execution) {
    projects.markFilingOverdue(((Number) execution.getVariable(FILING_ID)).longValue());
  }
}
