package org.steward.workreport.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.workflow.ProcessValues;
import org.steward.workreport.WorkReports;

/** 记录审核意见: accepted, or sent back with a reason (checked here; a refusal keeps the task open). */
@Component
@RequiredArgsConstructor
class RecordWorkReviewDelegate implements JavaDelegate {

  private final WorkReports reports;

  @Override
  public void execute(DelegateExecution execution) {
    boolean accepted = reports.review(ProcessValues.number(execution, OfficerWorkReportProcess.REPORT_ID),
        ProcessValues.text(execution, OfficerWorkReportProcess.DECISION),
        ProcessValues.text(execution, OfficerWorkReportProcess.NOTE), ProcessValues.completer(execution));
    execution.setVariableLocal(OfficerWorkReportProcess.ACCEPTED, Variables.booleanValue(accepted, true));
  }
}
