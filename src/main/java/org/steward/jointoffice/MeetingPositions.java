package org.steward.jointoffice;

import static org.steward.jointoffice.JointOffice.actor;
import static org.steward.shared.Rows.instant;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.directory.Department;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.handling.HandlingManagement;
import org.steward.jointoffice.JointMeetings.Meeting;
import org.steward.jointoffice.process.JointMeetingProcess;
import org.steward.notification.Notifications;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;
import org.steward.workflow.ProcessValues;

/**
 * The departments' positions (意见) in a joint meeting: given by each convened department within its time limit, with
 * yellow and red lights while owed, and summed up for the office's minutes.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class MeetingPositions {

  // a position is bound to the form's field: at most what the engine stores in a process variable
  static final int MAX_POSITION = Violations.MAX_VARIABLE_TEXT;

  private final JdbcClient jdbc;
  private final JointMeetings meetings;
  private final HandlingManagement handling;
  private final DirectoryManagement directory;
  private final Timeline timeline;
  private final Notifications notifications;

  /** One department's position (意见) in a joint meeting; {@code position} null while not given. */
  record Position(String department, Light light, String position, Instant givenAt, String givenBy) {
  }

  /** The department gives its position for the meeting. */
  public void givePosition(long meetingId, String department, String position, String byUser) {
    Meeting meeting = meetings.open(meetingId);
    Violations violations = new Violations();
    String text = violations.text("position", position, MAX_POSITION);
    violations.throwIfAny();
    int updated = jdbc.sql("""
        update joint_meeting_position set position = :position, given_at = :now, given_by = :by
        where meeting_id = :meeting and department_code = :department""")
        .param("position", text).param("now", Timestamp.from(StewardClock.now())).param("by", actor(byUser))
        .param("meeting", meetingId).param("department", department).update();
    if (updated == 0) {
      throw new NotFound("meeting-position", meetingId + "/" + department);
    }
    timeline.record(meeting.caseNumber(), "POSITION_GIVEN", actor(byUser), departmentName(department) + "已提出联席会议意见",
        text);
  }

  /** A department's position for a joint meeting as a deadline subject ({@code position}), several in an instance. */
  @Bean
  DeadlineSubject positionSubject(EscalationInstances escalations) {
    return new DeadlineSubject("position", true, execution -> Long.toString(positionId(
        escalations.meetingOf(execution.getProcessInstanceId()),
        ProcessValues.text(execution, JointMeetingProcess.DEPARTMENT))),
        id -> positionState(Long.parseLong(id)), (id, light) -> storePositionLight(Long.parseLong(id), light));
  }

  @EventListener(condition = "#event.concerns('position')")
  void on(LightChanged event) {
    announcePosition(Long.parseLong(event.subjectId()), event.to());
  }

  /** The position the department owes in the meeting. */
  @Transactional(readOnly = true)
  long positionId(long meetingId, String department) {
    return jdbc.sql("""
        select id from joint_meeting_position where meeting_id = :meeting and department_code = :department""")
        .param("meeting", meetingId).param("department", department).query(Long.class).optional()
        .orElseThrow(() -> new NotFound("joint-meeting-position", meetingId + "/" + department));
  }

  /** The position as its timers see it: the case, the light they last signalled, whether still owed, its deadline. */
  @Transactional(readOnly = true)
  DeadlineSubject.State positionState(long positionId) {
    return jdbc.sql("""
        select m.case_number, m.due_date, m.concluded_at, e.state, p.light, p.given_at
        from joint_meeting_position p join joint_meeting m on m.id = p.meeting_id
          join escalation e on e.id = m.escalation_id
        where p.id = :id""")
        .param("id", positionId)
        .query((rs, n) -> new DeadlineSubject.State(rs.getString("case_number"), Light.valueOf(rs.getString("light")),
            rs.getObject("given_at") == null && rs.getObject("concluded_at") == null
                && EscalationState.MEETING.name().equals(rs.getString("state")),
            handling.deadline(rs.getObject("due_date", LocalDate.class))))
        .optional().orElseThrow(() -> new NotFound("joint-meeting-position", positionId));
  }

  /** Stores the light a timer signalled ({@link #positionSubject}). */
  void storePositionLight(long positionId, Light light) {
    jdbc.sql("update joint_meeting_position set light = :light where id = :id").param("light", light.name())
        .param("id", positionId).update();
  }

  /** Yellow tells the department; red tells the department and the joint-meeting office. */
  void announcePosition(long positionId, Light light) {
    record Owed(long meetingId, String department) {
    }
    Owed owed = jdbc.sql("select meeting_id, department_code from joint_meeting_position where id = :id")
        .param("id", positionId).query((rs, n) -> new Owed(rs.getLong(1), rs.getString(2))).single();
    Meeting meeting = meetings.open(owed.meetingId());
    String department = owed.department();
    if (light == Light.YELLOW) {
      notifications.notifyGroup(StewardGroups.department(department), "POSITION_YELLOW", meeting.caseNumber(),
          "黄灯预警：" + meeting.caseNumber() + " 联席会议意见须于 " + meeting.dueDate() + " 前提出。");
      timeline.record(meeting.caseNumber(), "POSITION_YELLOW", Timeline.SYSTEM,
          departmentName(department) + "提出意见的时限将至（" + meeting.dueDate() + "），亮黄灯", null);
      return;
    }
    String text = "红灯：" + departmentName(department) + "未在 " + meeting.dueDate() + " 前提出 " + meeting.caseNumber()
        + " 的联席会议意见。";
    notifications.notifyGroup(StewardGroups.department(department), "POSITION_RED", meeting.caseNumber(), text);
    notifications.notifyGroup(StewardGroups.JOINT_OFFICE, "POSITION_RED", meeting.caseNumber(), text);
    timeline.record(meeting.caseNumber(), "POSITION_RED", Timeline.SYSTEM,
        departmentName(department) + "超过提出意见的时限（" + meeting.dueDate() + "），亮红灯", null);
  }

  /** Every department's position, one Chinese paragraph each, for the minutes. */
  @Transactional(readOnly = true)
  public String positionsSummary(long meetingId) {
    return PositionsSummary.of(positions(meetingId), directory.departments().stream()
        .collect(Collectors.toMap(Department::code, Department::name)));
  }

  /** The positions of a meeting, in the order the departments were convened. */
  @Transactional(readOnly = true)
  List<Position> positions(long meetingId) {
    return jdbc.sql("""
        select department_code, light, position, given_at, given_by from joint_meeting_position
        where meeting_id = :meeting order by id""")
        .param("meeting", meetingId)
        .query((rs, n) -> new Position(rs.getString("department_code"), Light.valueOf(rs.getString("light")),
            rs.getString("position"), instant(rs, "given_at"), rs.getString("given_by")))
        .list();
  }

  private String departmentName(String code) {
    return directory.department(code).map(Department::name).orElse(code);
  }
}
