package org.steward.handling.process;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.handling.HandlingManagement;
import org.steward.handling.UnitInstances;

/** One working day without signing for: the department is reminded. */
@Component
class RemindSignForDelegate implements JavaDelegate {

  private final HandlingManagement handling;
  private final UnitInstances units;

  RemindSignForDelegate(HandlingManagement handling, UnitInstances units) {
    this.handling = handling;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handling.remindSignFor(units.of(execution.getProcessInstanceId()));
  }
}
