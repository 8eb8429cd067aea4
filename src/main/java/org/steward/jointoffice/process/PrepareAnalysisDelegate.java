package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.EscalationInstances;
import org.steward.jointoffice.JointOffice;

/** 准备研判: the department list and the open common issues the analysis form shows, fresh at each analysis. */
@Component
class PrepareAnalysisDelegate implements JavaDelegate {

  private final JointOffice office;
  private final EscalationInstances escalations;

  PrepareAnalysisDelegate(JointOffice office, EscalationInstances escalations) {
    this.office = office;
    this.escalations = escalations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    JointOffice.AnalysisContext context = office.analysisContext(escalations.of(execution.getProcessInstanceId()));
    execution.setVariable(DEPARTMENT_OPTIONS, context.departmentOptions());
    execution.setVariable(OPEN_COMMON_ISSUES, context.openCommonIssues());
  }
}
