package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.request.HandlingDecision;
import org.steward.request.MaterialSupply;
import org.steward.request.RequestManagement;
import org.steward.workflow.Choices;
import org.steward.workflow.TaskRefusals;

/**
 * Refuses to complete 决定办理方式 with a decision the capabilities would not accept (unknown departments, no reason, a
 * convening CONVENING would refuse).
 */
@Component
class HandlingDecisionTaskListener implements TaskListener {

  private final RequestManagement requests;
  private final MaterialSupply material;
  private final TaskRefusals problems;

  HandlingDecisionTaskListener(RequestManagement requests, MaterialSupply material, TaskRefusals problems) {
    this.requests = requests;
    this.material = material;
    this.problems = problems;
  }

  @Override
  public void notify(DelegateTask task) {
    problems.check("request.field", () -> {
      requests.checkDecision((String) task.getVariable(DECISION), (String) task.getVariable(ANSWER),
          (String) task.getVariable(LEAD_DEPARTMENT), Choices.codesOf(task.getVariable(COOPERATING_DEPARTMENTS)),
          task.getVariable(TIME_LIMIT), (String) task.getVariable(ESCALATION_REASON));
      if (HandlingDecision.REQUEST_MATERIAL.name().equals(task.getVariable(DECISION))) {
        material.checkAsk((String) task.getVariable(MATERIAL_ASK));
      }
      if (HandlingDecision.CONVENE.name().equals(task.getVariable(DECISION))) {
        requests.checkConvening(task.getExecution().getProcessBusinessKey(),
            (String) task.getVariable(CONVENING_QUESTION), Choices.codesOf(task.getVariable(CONVENING_OFFICERS)),
            task.getVariable(CONVENING_TIME_LIMIT), (String) task.getVariable(COMPLETED_BY));
      }
    });
  }
}
