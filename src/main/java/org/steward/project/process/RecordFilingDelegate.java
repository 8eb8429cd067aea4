package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.ProjectManagement;

/** Records the officer's monthly progress filing. */
@Component
class RecordFilingDelegate implements JavaDelegate {

  private final ProjectManagement projects;

  RecordFilingDelegate(ProjectManagement projects) {
    this.projects = projects;
  }

  @Override
  public void execute(DelegateExecution execution) {
    projects.fileProgress(((Number) execution.getVariable(FILING_ID)).longValue(), execution.getVariable(PERCENT),
        (String) execution.getVariable(PROGRESS_NOTES), Actors.current(execution.getProcessEngineServices()));
  }
}
