package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.handling.HandlingManagement;
import org.steward.handling.HandlingUnit;
import org.steward.handling.UnitClock;

/** Reads the unit and its deadline into the variables the tasks, forms, timers and Tasklist filters use. */
@Component
class LoadUnitDelegate implements JavaDelegate {

  private final HandlingManagement handling;

  LoadUnitDelegate(HandlingManagement handling) {
    this.handling = handling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long unitId = ((Number) execution.getVariable(UNIT_ID)).longValue();
    UnitClock clock = handling.clock(unitId);
    HandlingUnit unit = clock.unit();
    execution.setVariable(DEPARTMENT, unit.departmentCode());
    execution.setVariable(DEPARTMENT_NAME, unit.departmentName());
    execution.setVariable(ROLE, unit.role().name());
    execution.setVariable(DUE_DATE, unit.dueDate().toString());
    execution.setVariable(WARN_AT, Date.from(clock.warnAt()));
    execution.setVariable(DUE_AT, Date.from(clock.dueAt()));
    execution.setVariable(LIGHT, unit.light().name());
    execution.setVariable(SIGNED, unit.signedAt() != null);
  }
}
