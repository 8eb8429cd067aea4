package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.LIGHT;
import static org.steward.handling.process.DepartmentHandlingProcess.UNIT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.handling.HandlingManagement;

/** The yellow timer fired: the unit's deadline is near (黄灯预警). */
@Component
class MarkDeadlineNearDelegate implements JavaDelegate {

  private final HandlingManagement handling;

  MarkDeadlineNearDelegate(HandlingManagement handling) {
    this.handling = handling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(LIGHT, handling.markNear(((Number) execution.getVariable(UNIT_ID)).longValue()).name());
  }
}
