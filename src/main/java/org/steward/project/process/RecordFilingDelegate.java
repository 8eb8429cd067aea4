package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.ProjectManagement;
import org.steward.project.ProjectRecords;
import org.steward.workflow.Actors;

/** Records the officer's monthly progress filing. */
@Component
class RecordFilingDelegate implements JavaDelegate {

  private final ProjectManagement projects;
  private final ProjectRecords records;

  RecordFilingDelegate(ProjectManagement projects, ProjectRecords records) {
    this.projects = projects;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    projects.fileProgress(records.openFiling(execution.getBusinessKey()), execution.getVariable(PERCENT),
        (String) execution.getVariable(PROGRESS_NOTES), Actors.current(execution.getProcessEngineServices()));
  }
}
