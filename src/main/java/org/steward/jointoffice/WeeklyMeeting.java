package org.steward.jointoffice;

import static org.steward.jointoffice.JointOffice.actor;
import static org.steward.shared.Texts.shorten;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;

/**
 * The office's weekly meeting (周例会): its day and hour, its agenda of what is still open, and the office's notes kept
 * with the agenda as shown.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class WeeklyMeeting {

  /** The weekly meeting starts at 09:00 (Asia/Shanghai) on its day. */
  public static final LocalTime MEETING_TIME = LocalTime.of(9, 0);

  // the notes are bound to the form's field: at most what the engine stores in a process variable
  static final int MAX_NOTES = Violations.MAX_VARIABLE_TEXT;

  private final JdbcClient jdbc;
  private final Escalations escalations;
  private final CommonIssues issues;
  private final WorkingDayCalendar calendar;

  /** The day of this week's meeting: {@code monday} if it is a working day, else the next working day. */
  @Transactional(readOnly = true)
  public LocalDate weeklyMeetingDay(LocalDate monday) {
    return WeeklyAgenda.meetingDay(monday, calendar::isWorkingDay);
  }

  /** When the weekly meeting of that day starts: 09:00 Asia/Shanghai. */
  public Instant weeklyMeetingAt(LocalDate day) {
    return day.atTime(MEETING_TIME).atZone(StewardClock.ZONE).toInstant();
  }

  /**
   * The weekly meeting's agenda (周例会议程), in Chinese: the open escalations of cases, then the open common issues,
   * each oldest first, with when they came and where they stand.
   */
  @Transactional(readOnly = true)
  public String weeklyAgenda() {
    return WeeklyAgenda.text(escalations.openOfCases(), issues.open());
  }

  /** Keeps the weekly meeting's agenda and the office's notes. */
  public void recordWeeklyMeeting(LocalDate heldOn, String agenda, String notes, String byUser) {
    Violations violations = new Violations();
    String text = violations.text("notes", notes, MAX_NOTES);
    violations.throwIfAny();
    jdbc.sql("""
        insert into weekly_meeting (held_on, agenda, notes, recorded_at, recorded_by)
        values (:day, :agenda, :notes, :now, :by)""")
        .param("day", heldOn).param("agenda", shorten(agenda == null ? "" : agenda, JointOffice.MAX_TEXT_COLUMN))
        .param("notes", text).param("now", Timestamp.from(StewardClock.now())).param("by", actor(byUser)).update();
  }
}
