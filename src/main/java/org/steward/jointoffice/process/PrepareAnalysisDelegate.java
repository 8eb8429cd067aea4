package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.EscalationAnalysis;
import org.steward.jointoffice.EscalationAnalysis.AnalysisContext;
import org.steward.jointoffice.EscalationInstances;
import org.steward.workflow.Choices;

/**
 * 准备研判: the departments and the open common issues the analysis form chooses from, fresh at each analysis; the
 * departments serve the minutes' handover items too.
 */
@Component
@RequiredArgsConstructor
class PrepareAnalysisDelegate implements JavaDelegate {

  private final EscalationAnalysis analysis;
  private final EscalationInstances escalations;

  @Override
  public void execute(DelegateExecution execution) {
    AnalysisContext context = analysis.analysisContext(escalations.of(execution.getProcessInstanceId()));
    execution.setVariable(DEPARTMENT_OPTIONS, Choices.options(context.departments()));
    execution.setVariable(COMMON_ISSUE_OPTIONS, Choices.options(context.openCommonIssues()));
  }
}
