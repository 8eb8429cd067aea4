package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.handling.HandlingManagement;
import org.steward.handling.UnitInstances;
import org.steward.workflow.Actors;

/** The department returned the matter (退单) with a reason: the unit is finished and the case's officer is told. */
@Component
class ReturnMatterDelegate implements JavaDelegate {

  private final HandlingManagement handling;
  private final UnitInstances units;

  ReturnMatterDelegate(HandlingManagement handling, UnitInstances units) {
    this.handling = handling;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long unitId = units.of(execution.getProcessInstanceId());
    handling.returnMatter(unitId, (String) execution.getVariable(REASON),
        Actors.current(execution.getProcessEngineServices()), (String) execution.getVariable(OFFICER));
    execution.setVariable(OUTCOME, Variables.stringValue(OUTCOME_RETURNED, true)); // read by the gateway right after
  }
}
