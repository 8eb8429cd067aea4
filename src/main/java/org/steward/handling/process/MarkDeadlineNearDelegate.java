package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.LIGHT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.handling.HandlingManagement;
import org.steward.handling.UnitInstances;

/** The yellow timer fired: the unit's deadline is near (黄灯预警). */
@Component
class MarkDeadlineNearDelegate implements JavaDelegate {

  private final HandlingManagement handling;
  private final UnitInstances units;

  MarkDeadlineNearDelegate(HandlingManagement handling, UnitInstances units) {
    this.handling = handling;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(LIGHT, handling.markNear(units.of(execution.getProcessInstanceId())).name());
  }
}
