package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.WeeklyAgendaProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.JointOffice;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 周例会议程 without the meeting's notes. */
@Component
class CheckWeeklyNotesTaskListener implements TaskListener {

  private final JointOffice office;
  private final TaskRefusals texts;

  CheckWeeklyNotesTaskListener(JointOffice office, TaskRefusals texts) {
    this.office = office;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    texts.check("jointoffice.field", () -> office.checkWeeklyNotes((String) task.getVariable(NOTES)));
  }
}
