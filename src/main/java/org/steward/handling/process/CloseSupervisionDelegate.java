package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.SUPERVISION_NOTE;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.handling.SupervisionNotes;
import org.steward.handling.UnitInstances;
import org.steward.workflow.ProcessValues;

/** The supervisor completed the 督办 task: the unit's supervision item closes with the supervisor's note. */
@Component
@RequiredArgsConstructor
class CloseSupervisionDelegate implements JavaDelegate {

  private final SupervisionNotes notes;
  private final UnitInstances units;

  @Override
  public void execute(DelegateExecution execution) {
    notes.closeSupervision(units.of(execution.getProcessInstanceId()),
        ProcessValues.completer(execution), ProcessValues.text(execution, SUPERVISION_NOTE));
  }
}
