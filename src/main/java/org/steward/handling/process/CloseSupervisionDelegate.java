package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.SUPERVISION_NOTE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.handling.SupervisionNotes;
import org.steward.handling.UnitInstances;
import org.steward.workflow.Actors;

/** The supervisor completed the 督办 task: the unit's supervision item closes with the supervisor's note. */
@Component
class CloseSupervisionDelegate implements JavaDelegate {

  private final SupervisionNotes notes;
  private final UnitInstances units;

  CloseSupervisionDelegate(SupervisionNotes notes, UnitInstances units) {
    this.notes = notes;
    this.units = units;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notes.closeSupervision(units.of(execution.getProcessInstanceId()),
        Actors.current(execution.getProcessEngineServices()), (String) execution.getVariable(SUPERVISION_NOTE));
  }
}
