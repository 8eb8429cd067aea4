package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.UNIT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.handling.HandlingManagement;

/** The department signed for the matter (签收): the unit records who and when. */
@Component
class RecordSigningDelegate implements JavaDelegate {

  private final HandlingManagement handling;

  RecordSigningDelegate(HandlingManagement handling) {
    this.handling = handling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handling.sign(((Number) execution.getVariable(UNIT_ID)).longValue(), Actors.current(execution.getProcessEngineServices()));
  }
}
