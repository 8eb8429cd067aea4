package org.steward.workreport.process;

import java.util.ArrayList;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.shared.StewardClock;
import org.steward.workreport.WorkReports;

/** 起草各官员季报: drafts the quarter's reports; each officer writes its summary next. */
@Component
@RequiredArgsConstructor
class DraftWorkReportsDelegate implements JavaDelegate {

  private final WorkReports reports;

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(OfficerWorkReportProcess.REPORTS, new ArrayList<>(reports.draft(StewardClock.today())));
  }
}
