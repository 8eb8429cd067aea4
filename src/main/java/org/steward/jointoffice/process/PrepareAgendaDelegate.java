package org.steward.jointoffice.process;

import static org.steward.jointoffice.process.WeeklyAgendaProcess.*;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.steward.jointoffice.JointOffice;
import org.steward.jointoffice.WeeklyMeeting;
import org.steward.shared.Texts;

/** 准备例会议程: the open escalations and common issues, oldest first, as the agenda the office's task shows. */
@Component
@RequiredArgsConstructor
class PrepareAgendaDelegate implements JavaDelegate {

  private final WeeklyMeeting weekly;

  @Override
  public void execute(DelegateExecution execution) {
    String agenda = weekly.weeklyAgenda();
    execution.setVariable(AGENDA, Texts.shorten(agenda, JointOffice.MAX_VARIABLE));
  }
}
