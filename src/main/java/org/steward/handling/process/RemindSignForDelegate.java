package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.UNIT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.handling.HandlingManagement;

/** One working day without signing for: the department is reminded. */
@Component
class RemindSignForDelegate implements JavaDelegate {

  private final HandlingManagement handling;

  RemindSignForDelegate(HandlingManagement handling) {
    this.handling = handling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handling.remindSignFor(((Number) execution.getVariable(UNIT_ID)).longValue());
  }
}
