package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.*;

import java.util.Date;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.handling.HandlingManagement;
import org.steward.handling.HandlingUnit;
import org.steward.handling.UnitClock;
import org.steward.handling.UnitInstances;
import org.steward.workflow.ProcessValues;

/**
 * Claims the unit for this instance on the first run, then reads the unit and its deadline into the variables the
 * tasks, forms, timers and Tasklist filters use; again after an approved extension, which re-arms the timers.
 */
@Component
@RequiredArgsConstructor
class LoadUnitDelegate implements JavaDelegate {

  private final HandlingManagement handling;
  private final UnitInstances units;

  @Override
  public void execute(DelegateExecution execution) {
    // the first run claims the unit the caller passed in (refused unless it waits for its instance); a reload after an
    // extension finds the claimed unit, whatever a task holder may have written into unitId since
    String instance = execution.getProcessInstanceId();
    long unitId = units.linked(instance)
        .orElseGet(() -> units.claim(ProcessValues.number(execution, UNIT_ID), instance));
    UnitClock clock = handling.clock(unitId);
    HandlingUnit unit = clock.unit();
    execution.setVariable(DEPARTMENT, unit.departmentCode());
    execution.setVariable(DEPARTMENT_NAME, unit.departmentName());
    execution.setVariable(ROLE, unit.role().name());
    execution.setVariable(DUE_DATE, unit.dueDate().toString());
    execution.setVariable(LIGHT, unit.light().name());
    execution.setVariable(WARN_AT, Date.from(clock.deadline().warnAt()));
    execution.setVariable(DUE_AT, Date.from(clock.deadline().dueAt()));
    execution.setVariable(ESCALATE_AT, Date.from(handling.escalateAt(unit.dueDate())));
  }
}
