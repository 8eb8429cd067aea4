package org.steward.jointoffice;

import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/**
 * The joint-meeting office (联席会议办公室) at a glance: its processes' ids and text limits, and where each use case lives:
 * {@link EscalationIntake} records an escalation, {@link EscalationAnalysis} carries out the office's analysis,
 * {@link MeetingPositions} takes the departments' positions, {@link JointMeetings} convenes, minutes and concludes a
 * joint meeting, {@link CommonIssues} answers many cases at once, {@link WeeklyMeeting} prepares the weekly agenda and
 * {@link Escalations} reads them. Each runs in the caller's transaction (usually the engine command of the
 * {@code joint-meeting} or {@code weekly-agenda} step that calls it).
 */
public final class JointOffice {

  /** The id of the BPMN process that runs one escalation ({@code processes/joint-meeting.bpmn}). */
  public static final String PROCESS_ID = "joint-meeting";
  /** The id of the weekly meeting's process ({@code processes/weekly-agenda.bpmn}). */
  public static final String WEEKLY_PROCESS_ID = "weekly-agenda";
  /** The longest String a Camunda variable holds (its text column). */
  public static final int MAX_VARIABLE = Violations.MAX_VARIABLE_TEXT;

  static final int MAX_REASON = 2000;
  static final int MAX_TEXT_COLUMN = 10000;

  private JointOffice() {
  }

  /** Who a step is recorded as: the user, or the system when there is none. */
  static String actor(String byUser) {
    return byUser == null || byUser.isBlank() ? Timeline.SYSTEM : byUser;
  }

  /** The constant named by {@code value}, or null with a violation of {@code field} (blank, or {@code code}). */
  static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String code, Violations violations) {
    if (value == null || value.isBlank()) {
      violations.add(field, "NotBlank");
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      violations.add(field, code);
      return null;
    }
  }
}
