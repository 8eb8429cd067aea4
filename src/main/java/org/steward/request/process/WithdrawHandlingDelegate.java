package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.request.RequestEscalations;
import org.steward.workflow.ProcessValues;

/**
 * 撤回部门办理并登记升级: the caught escalation's code becomes the source the joint-meeting office receives, with the
 * reason (the officer's, the supervisor's, or the overdue units).
 */
@Component
@RequiredArgsConstructor
class WithdrawHandlingDelegate implements JavaDelegate {

  private final RequestEscalations escalations;

  @Override
  public void execute(DelegateExecution execution) {
    RequestEscalations.Escalation escalation = escalations.escalate(execution.getProcessBusinessKey(),
        ProcessValues.text(execution, ESCALATION_SOURCE), ProcessValues.text(execution, ESCALATION_REASON),
        execution.getVariable(RETURN_REASONS) != null, ProcessValues.text(execution, ESCALATED_BY));
    execution.setVariable(ESCALATION_SOURCE, escalation.source().name());
    execution.setVariable(ESCALATION_REASON, escalation.reason());
    execution.setVariable(ESCALATED_BY, escalation.actor());
  }
}
