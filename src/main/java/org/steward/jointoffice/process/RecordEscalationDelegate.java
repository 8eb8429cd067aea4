package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.JointMeetingProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.Escalation;
import org.steward.jointoffice.EscalationIntake;
import org.steward.workflow.Actors;
import org.steward.workflow.ProcessValues;

/** 登记提交事项: records the escalation of the case (or of a common issue) that this instance runs. */
@Component
@RequiredArgsConstructor
class RecordEscalationDelegate implements JavaDelegate {

  private final EscalationIntake intake;

  @Override
  public void execute(DelegateExecution execution) {
    Object issue = execution.getVariable(COMMON_ISSUE_ID);
    Escalation escalation = intake.open(ProcessValues.text(execution, CASE_NUMBER),
        ProcessValues.text(execution, ESCALATION_SOURCE), ProcessValues.text(execution, ESCALATION_REASON),
        issue == null ? null : ((Number) issue).longValue(), execution.getProcessInstanceId(),
        escalatedBy(execution));
    execution.setVariable(ESCALATION_ID, escalation.id());
    execution.setVariable(SUBJECT_KIND, escalation.subjectKind());
    execution.setVariable(CASE_TITLE, escalation.title());
    execution.setVariable(ESCALATION_SOURCE_LABEL, escalation.source().label());
  }

  /** Who sent the matter: the caller passes it in; otherwise whoever is logged in. */
  private static String escalatedBy(DelegateExecution execution) {
    String passed = ProcessValues.text(execution, ESCALATED_BY);
    return passed != null ? passed : Actors.current(execution.getProcessEngineServices());
  }
}
