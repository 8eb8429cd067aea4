package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.EscalationInstances;
import org.steward.jointoffice.JointOffice;
import org.steward.workflow.Choices;

/**
 * 准备研判: the departments and the open common issues the analysis form chooses from, fresh at each analysis; the
 * departments serve the minutes' handover items too.
 */
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
    execution.setVariable(DEPARTMENT_OPTIONS, Choices.options(context.departments()));
    execution.setVariable(COMMON_ISSUE_OPTIONS, Choices.options(context.openCommonIssues()));
  }
}
