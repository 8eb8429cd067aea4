package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.ProjectFilings;
import org.steward.project.ProjectRecords;
import org.steward.workflow.ProcessValues;

/** Records the officer's monthly progress filing. */
@Component
@RequiredArgsConstructor
class RecordFilingDelegate implements JavaDelegate {

  private final ProjectFilings filings;
  private final ProjectRecords records;

  @Override
  public void execute(DelegateExecution execution) {
    filings.fileProgress(records.openFiling(execution.getBusinessKey()), execution.getVariable(PERCENT),
        ProcessValues.text(execution, PROGRESS_NOTES), ProcessValues.completer(execution));
  }
}
