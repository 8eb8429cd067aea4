package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.*;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.deadline.Light;
import org.steward.handling.HandlingManagement;
import org.steward.handling.UnitInstances;

/**
 * The red timer fired: the unit is overdue (红灯), under supervision, the supervisors get a 督办 task next, and the
 * unit goes to the joint-meeting office at {@code escalateAt} if it is still red then.
 */
@Component
class MarkOverdueDelegate implements JavaDelegate {

  private final HandlingManagement handling;
  private final UnitInstances units;

  MarkOverdueDelegate(HandlingManagement handling, UnitInstances units) {
    this.handling = handling;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long unitId = units.of(execution.getProcessInstanceId());
    long itemId = handling.markOverdue(unitId);
    LocalDate dueDate = LocalDate.parse((String) execution.getVariable(DUE_DATE));
    execution.setVariable(ESCALATE_AT, Date.from(handling.escalateAt(dueDate)));
    execution.setVariable(LIGHT, Light.RED.name());
    execution.setVariable(SUPERVISION_ITEM_ID, itemId);
    execution.setVariable(SUPERVISION_NOTE, null);
  }
}
