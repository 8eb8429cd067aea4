package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.request.HandlingDecision;
import org.steward.request.MaterialSupply;
import org.steward.request.RequestConvening;
import org.steward.request.RequestHandOver;
import org.steward.workflow.Choices;
import org.steward.workflow.ProcessValues;
import org.steward.workflow.TaskRefusals;

/**
 * Refuses to complete 决定办理方式 with a decision the capabilities would not accept (unknown departments, no reason, a
 * convening CONVENING would refuse).
 */
@Component
@RequiredArgsConstructor
class HandlingDecisionTaskListener implements TaskListener {

  private final RequestHandOver handOver;
  private final RequestConvening convening;
  private final MaterialSupply material;
  private final TaskRefusals problems;

  @Override
  public void notify(DelegateTask task) {
    problems.check("request.field", () -> {
      handOver.checkDecision(ProcessValues.text(task, DECISION), ProcessValues.text(task, ANSWER),
          ProcessValues.text(task, LEAD_DEPARTMENT), Choices.codesOf(task.getVariable(COOPERATING_DEPARTMENTS)),
          task.getVariable(TIME_LIMIT), ProcessValues.text(task, ESCALATION_REASON));
      if (HandlingDecision.REQUEST_MATERIAL.name().equals(task.getVariable(DECISION))) {
        material.checkAsk(ProcessValues.text(task, MATERIAL_ASK));
      }
      if (HandlingDecision.CONVENE.name().equals(task.getVariable(DECISION))) {
        convening.checkConvening(task.getExecution().getProcessBusinessKey(),
            ProcessValues.text(task, CONVENING_QUESTION), Choices.codesOf(task.getVariable(CONVENING_OFFICERS)),
            task.getVariable(CONVENING_TIME_LIMIT), ProcessValues.completer(task));
      }
    });
  }
}
