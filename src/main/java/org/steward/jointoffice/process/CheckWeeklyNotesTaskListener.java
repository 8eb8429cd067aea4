package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.WeeklyAgendaProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.WeeklyMeeting;
import org.steward.workflow.TaskRefusals;

/** Refuses to complete 周例会议程 without the meeting's notes. */
@Component
class CheckWeeklyNotesTaskListener implements TaskListener {

  private final WeeklyMeeting weekly;
  private final TaskRefusals texts;

  CheckWeeklyNotesTaskListener(WeeklyMeeting weekly, TaskRefusals texts) {
    this.weekly = weekly;
    this.texts = texts;
  }

  @Override
  public void notify(DelegateTask task) {
    texts.check("jointoffice.field", () -> weekly.checkWeeklyNotes((String) task.getVariable(NOTES)));
  }
}
