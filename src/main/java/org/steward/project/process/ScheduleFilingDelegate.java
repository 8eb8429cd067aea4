package org.steward.project.process;

import static org.steward.project.process.ProjectMilestonesProcess.*;

import java.util.Date;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.project.FilingPeriod;
import org.steward.project.ProjectFilings;

/** Sets the next month to file for and when it opens (its first day, 00:00 Asia/Shanghai). */
@Component
@RequiredArgsConstructor
class ScheduleFilingDelegate implements JavaDelegate {

  private final ProjectFilings filings;

  @Override
  public void execute(DelegateExecution execution) {
    FilingPeriod next = filings.nextFilingPeriod(execution.getBusinessKey());
    execution.setVariable(FILING_PERIOD, next.period());
    execution.setVariable(FILING_OPENS_AT, Date.from(next.opensAt()));
  }
}
