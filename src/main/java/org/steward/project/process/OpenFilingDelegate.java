package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import java.util.Date;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.FilingClock;
import org.steward.project.ProjectFilings;
import org.steward.workflow.ProcessValues;

/** The month opened: records its filing and sets the due date and the yellow/red times of the filing task. */
@Component
@RequiredArgsConstructor
class OpenFilingDelegate implements JavaDelegate {

  private final ProjectFilings filings;

  @Override
  public void execute(DelegateExecution execution) {
    FilingClock clock = filings.openFiling(execution.getBusinessKey(), ProcessValues.text(execution, FILING_PERIOD));
    execution.setVariable(FILING_ID, clock.filingId());
    execution.setVariable(FILING_DUE_DATE, clock.deadline().dueDate().toString());
    execution.setVariable(FILING_WARN_AT, Date.from(clock.deadline().warnAt()));
    execution.setVariable(FILING_DUE_AT, Date.from(clock.deadline().dueAt()));
    execution.setVariable(PERCENT, null);
    execution.setVariable(PROGRESS_NOTES, null);
  }
}
