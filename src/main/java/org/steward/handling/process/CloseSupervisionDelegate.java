package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.SUPERVISION_NOTE;
import static org.steward.handling.process.DepartmentHandlingProcess.UNIT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.handling.HandlingManagement;

/** The supervisor completed the 督办 task: the unit's supervision item closes with the supervisor's note. */
@Component
class CloseSupervisionDelegate implements JavaDelegate {

  private final HandlingManagement handling;

  CloseSupervisionDelegate(HandlingManagement handling) {
    this.handling = handling;
  }

  @Override
  public void execute(DelegateExecution execution) {
    handling.closeSupervision(((Number) execution.getVariable(UNIT_ID)).longValue(),
        Actors.current(execution.getProcessEngineServices()), (String) execution.getVariable(SUPERVISION_NOTE));
  }
}
