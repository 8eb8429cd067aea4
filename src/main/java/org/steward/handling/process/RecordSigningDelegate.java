package org.steward.handling.process;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.handling.HandlingManagement;
import org.steward.handling.UnitInstances;

/** The department signed for the matter (签收): the unit records who and when. */
@Component
class RecordSigningDelegate implements JavaDelegate {

  private final HandlingManagement handling;
  private final UnitInstances units;

  RecordSigningDelegate(HandlingManagement handling, UnitInstances units) {
    this.handling = handling;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handling.sign(units.of(execution.getProcessInstanceId()), Actors.current(execution.getProcessEngineServices()));
  }
}
