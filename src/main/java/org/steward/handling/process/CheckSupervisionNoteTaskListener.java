package org.steward.handling.process;

import static org.steward.handling.process.DepartmentHandlingProcess.SUPERVISION_NOTE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.handling.SupervisionNotes;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 督办逾期事项 without the supervisor's note (what was done to chase the unit). */
@Component
class CheckSupervisionNoteTaskListener implements TaskListener {

  private final SupervisionNotes notes;
  private final TaskRefusals texts;

  CheckSupervisionNoteTaskListener(SupervisionNotes notes, TaskRefusals texts) {
    this.notes = notes;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    texts.check("handling.field", () -> notes.checkSupervisionNote((String) task.getVariable(SUPERVISION_NOTE)));
  }
}
