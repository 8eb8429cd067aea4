package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.ProjectManagement;

/** The monthly filing is due today (yellow). */
@Component
class MarkFilingNearDelegate implements JavaDelegate {

  private final ProjectManagement projects;

  MarkFilingNearDelegate(ProjectManagement projects) {
    this.projects = projects;
  }

  @Override
  public void execute(DelegateExecution execution) {
    projects.markFilingNear(((Number) execution.getVariable(FILING_ID)).longValue());
  }
}
