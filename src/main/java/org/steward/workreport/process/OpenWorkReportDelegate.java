package org.steward.workreport.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.workflow.ProcessValues;
import org.steward.workreport.WorkReports;

/** 打开季报: the report's officer, its reviewer and its figures, for the tasks; the scope of their answers. */
@Component
@RequiredArgsConstructor
class OpenWorkReportDelegate implements JavaDelegate {

  private final WorkReports reports;

  @Override
  public void execute(DelegateExecution execution) {
    WorkReports.Opened opened = reports.open(ProcessValues.number(execution, OfficerWorkReportProcess.REPORT_ID));
    execution.setVariableLocal(OfficerWorkReportProcess.OFFICER, opened.officer());
    execution.setVariableLocal(OfficerWorkReportProcess.SUPERVISOR, opened.supervisor());
    execution.setVariableLocal(OfficerWorkReportProcess.QUARTER, opened.quarter());
    execution.setVariableLocal(OfficerWorkReportProcess.FIGURES, opened.figures());
    // the tasks' answers land here, in this report's scope, not in the quarter's instance shared by every report
    execution.setVariableLocal(OfficerWorkReportProcess.SUMMARY, null);
    execution.setVariableLocal(OfficerWorkReportProcess.DECISION, null);
    execution.setVariableLocal(OfficerWorkReportProcess.NOTE, null);
  }
}
