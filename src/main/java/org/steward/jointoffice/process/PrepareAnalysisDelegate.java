package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.JointOffice;

/** 准备研判: the department list and the open common issues the analysis form shows, fresh at each analysis. */
@Component
class PrepareAnalysisDelegate implements JavaDelegate {

  private final JointOffice office;

  PrepareAnalysisDelegate(JointOffice office) {
    this.office = office;
  }

  @Override
  public void execute(DelegateExecution execution) {
    JointOffice.AnalysisContext context = office.analysisContext(((Number) execution.getVariable(ESCALATION_ID)).longValue());
    execution.setVariable(DEPARTMENT_OPTIONS, context.departmentOptions());
    execution.setVariable(OPEN_COMMON_ISSUES, context.openCommonIssues());
  }
}
