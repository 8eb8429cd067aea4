package org.steward.workflow;

/** Ids of {@code processes/calendar-check.bpmn}, the administrator's check that working-day durations resolve. */
public final class CalendarCheckProcess {

  public static final String ID = "calendar-check";
  public static final String RESOURCE = "processes/calendar-check.bpmn";

  public static final String START_EVENT = "StartEvent_CalendarCheckRequested";
  public static final String CONFIRM_CALENDAR = "UserTask_ConfirmCalendar";
  public static final String REMINDER_DUE = "BoundaryEvent_ReminderDue";
  public static final String CALENDAR_CONFIRMED = "EndEvent_CalendarConfirmed";
  public static final String CHECK_OVERDUE = "EndEvent_CheckOverdue";

  /** The candidate group of {@link #CONFIRM_CALENDAR}. */
  public static final String ADMINISTRATORS = "camunda-admin";

  private CalendarCheckProcess() {
  }
}
