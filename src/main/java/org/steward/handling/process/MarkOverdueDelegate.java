package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.handling.HandlingManagement;
import org.steward.handling.Light;

/** The red timer fired: the unit is overdue (红灯), under supervision, and the supervisors get a 督办 task next. */
@Component
class MarkOverdueDelegate implements JavaDelegate {

  private final HandlingManagement handling;

  MarkOverdueDelegate(HandlingManagement handling) {
    this.handling = handling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long itemId = handling.markOverdue(((Number) execution.getVariable(UNIT_ID)).longValue());
    execution.setVariable(LIGHT, Light.RED.name());
    execution.setVariable(SUPERVISION_ITEM_ID, itemId);
    execution.setVariable(SUPERVISION_NOTE, null);
  }
}
