package org.steward.workreport.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.workflow.ProcessValues;
import org.steward.workreport.WorkReports;

/** 提交季报: the officer's summary, checked here (a refusal keeps the task open). */
@Component
@RequiredArgsConstructor
class SubmitWorkReportDelegate implements JavaDelegate {

  private final WorkReports reports;

  @Override
  public void execute(DelegateExecution execution) {
    reports.submit(ProcessValues.number(execution, OfficerWorkReportProcess.REPORT_ID),
        ProcessValues.text(execution, OfficerWorkReportProcess.SUMMARY), ProcessValues.completer(execution));
    // a review starts afresh, also after a report was sent back
    execution.setVariable(OfficerWorkReportProcess.DECISION, null);
    execution.setVariable(OfficerWorkReportProcess.NOTE, null);
  }
}
