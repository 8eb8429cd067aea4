package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.ANSWER;
import static org.steward.request.process.EnterpriseRequestProcess.COOPERATING_DEPARTMENTS;
import static org.steward.request.process.EnterpriseRequestProcess.DECISION;
import static org.steward.request.process.EnterpriseRequestProcess.ESCALATION_REASON;
import static org.steward.request.process.EnterpriseRequestProcess.LEAD_DEPARTMENT;
import static org.steward.request.process.EnterpriseRequestProcess.TIME_LIMIT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.request.RequestManagement;
import org.steward.shared.InvalidInput;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 决定办理方式 with a decision the capability would not accept (unknown departments, no reason). */
@Component
class HandlingDecisionTaskListener implements TaskListener {

  private final RequestManagement requests;
  private final TaskRefusals problems;

  HandlingDecisionTaskListener(RequestManagement requests, TaskRefusals problems) {
    this.requests = requests;
    this.problems = problems;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      requests.checkDecision((String) task.getVariable(DECISION), (String) task.getVariable(ANSWER),
          (String) task.getVariable(LEAD_DEPARTMENT), (String) task.getVariable(COOPERATING_DEPARTMENTS),
          task.getVariable(TIME_LIMIT), (String) task.getVariable(ESCALATION_REASON));
    } catch (InvalidInput e) {
      throw problems.refusal(e, "request.field");
    }
  }
}
