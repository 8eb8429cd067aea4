package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.STILL_OVERDUE;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.handling.HandlingManagement;
import org.steward.handling.UnitInstances;

/** 核对是否仍超期: the unit has stayed red for the configured working days (transient: read by the next gateway). */
@Component
@RequiredArgsConstructor
class CheckStillOverdueDelegate implements JavaDelegate {

  private final HandlingManagement handling;
  private final UnitInstances units;

  @Override
  public void execute(DelegateExecution execution) {
    boolean stillOverdue = handling.redTooLong(units.of(execution.getProcessInstanceId()));
    execution.setVariable(STILL_OVERDUE, Variables.booleanValue(stillOverdue, true));
  }
}
