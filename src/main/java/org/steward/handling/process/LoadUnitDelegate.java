package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.handling.HandlingManagement;
import org.steward.handling.HandlingUnit;

/**
 * Reads the unit and its deadline into the variables the tasks, forms, timers and Tasklist filters use; the timers' and
 * the handling task's instants come from {@link UnitDeadlines} over {@code dueDate}.
 */
@Component
class LoadUnitDelegate implements JavaDelegate {

  private final HandlingManagement handling;

  LoadUnitDelegate(HandlingManagement handling) {
    this.handling = handling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long unitId = ((Number) execution.getVariable(UNIT_ID)).longValue();
    HandlingUnit unit = handling.unit(unitId);
    execution.setVariable(DEPARTMENT, unit.departmentCode());
    execution.setVariable(DEPARTMENT_NAME, unit.departmentName());
    execution.setVariable(ROLE, unit.role().name());
    execution.setVariable(DUE_DATE, unit.dueDate().toString());
    execution.setVariable(LIGHT, unit.light().name());
    // transient: only the gateway right after reads it, in this transaction; the unit's row knows who signed and when
    execution.setVariable(SIGNED, Variables.booleanValue(unit.signedAt() != null, true));
  }
}
