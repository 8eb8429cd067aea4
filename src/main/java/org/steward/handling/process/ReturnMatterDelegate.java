package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.handling.UnitInstances;
import org.steward.handling.UnitReturns;
import org.steward.workflow.ProcessValues;

/** The department returned the matter (退单) with a reason: the unit is finished and the case's officer is told. */
@Component
@RequiredArgsConstructor
class ReturnMatterDelegate implements JavaDelegate {

  private final UnitReturns returns;
  private final UnitInstances units;

  @Override
  public void execute(DelegateExecution execution) {
    long unitId = units.of(execution.getProcessInstanceId());
    returns.returnMatter(unitId, ProcessValues.text(execution, REASON),
        ProcessValues.completer(execution), ProcessValues.text(execution, OFFICER));
    execution.setVariable(OUTCOME, Variables.stringValue(OUTCOME_RETURNED, true)); // read by the gateway right after
  }
}
