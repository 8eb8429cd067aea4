package org.steward.jointoffice.process;

import org.steward.jointoffice.JointOffice;

/** Ids and variable names of {@code processes/weekly-agenda.bpmn}: the office's weekly meeting (周例会). */
public final class WeeklyAgendaProcess {

  public static final String ID = JointOffice.WEEKLY_PROCESS_ID;
  public static final String RESOURCE = "processes/weekly-agenda.bpmn";

  public static final String MONDAY_MORNING = "StartEvent_MondayMorning";
  public static final String PLAN_MEETING = "ServiceTask_PlanMeeting";
  public static final String WORKING_DAY = "Gateway_WorkingDay";
  public static final String MEETING_DAY_REACHED = "Event_MeetingDayReached";
  public static final String MEETING_DUE = "Gateway_MeetingDue";
  public static final String PREPARE_AGENDA = "ServiceTask_PrepareAgenda";
  public static final String HOLD_MEETING = "UserTask_HoldWeeklyMeeting";
  public static final String RECORD_NOTES = "ServiceTask_RecordWeeklyNotes";
  public static final String MEETING_HELD = "EndEvent_WeeklyMeetingHeld";

  public static final String MEETING_DAY = "meetingDay";
  public static final String MEETING_AT = "meetingAt";
  public static final String IS_WORKING_DAY = "isWorkingDay";
  public static final String AGENDA = "agenda";
  public static final String NOTES = "notes";

  private WeeklyAgendaProcess() {
  }
}
