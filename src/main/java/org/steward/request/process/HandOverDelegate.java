package org.steward.request.process;

import static org.steward.request.process.EnterpriseRequestProcess.COOPERATING_DEPARTMENTS;
import static org.steward.request.process.EnterpriseRequestProcess.LEAD_DEPARTMENT;
import static org.steward.request.process.EnterpriseRequestProcess.RESOLUTION_DUE;
import static org.steward.request.process.EnterpriseRequestProcess.RESOLUTION_DUE_AT;
import static org.steward.request.process.EnterpriseRequestProcess.RETURN_REASONS;
import static org.steward.request.process.EnterpriseRequestProcess.ROUND;
import static org.steward.request.process.EnterpriseRequestProcess.TIME_LIMIT;
import static org.steward.request.process.EnterpriseRequestProcess.UNIT_IDS;

import java.util.ArrayList;
import java.util.Date;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.request.RequestHandOver;
import org.steward.workflow.Choices;
import org.steward.workflow.ProcessValues;

/** 交办: creates the handling units of a new round, which the call activity then runs in parallel. */
@Component
@RequiredArgsConstructor
class HandOverDelegate implements JavaDelegate {

  private final RequestHandOver requests;

  @Override
  public void execute(DelegateExecution execution) {
    RequestHandOver.HandOver result = requests.handOver(execution.getProcessBusinessKey(),
        ProcessValues.text(execution, LEAD_DEPARTMENT), Choices.codesOf(execution.getVariable(COOPERATING_DEPARTMENTS)),
        execution.getVariable(TIME_LIMIT), ProcessValues.completer(execution));
    // transient: the multi-instance call activity right after reads it; a stored list would be a serialized blob
    execution.setVariable(UNIT_IDS, Variables.untypedValue(new ArrayList<>(result.unitIds()), true));
    execution.setVariable(ROUND, result.round());
    execution.setVariable(RESOLUTION_DUE, result.resolutionDue().toString());
    execution.setVariable(RESOLUTION_DUE_AT, Date.from(result.resolutionDueAt()));
    execution.setVariable(RETURN_REASONS, null);
  }
}
