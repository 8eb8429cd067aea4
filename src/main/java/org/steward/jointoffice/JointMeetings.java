package org.steward.jointoffice;

import static org.steward.jointoffice.JointOffice.actor;
import static org.steward.shared.Rows.instant;
import static org.steward.shared.Texts.shorten;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.deadline.Deadline;
import org.steward.deadline.Light;
import org.steward.directory.Department;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.handling.HandlingManagement;
import org.steward.handling.HandoverItem;
import org.steward.handling.Handovers;
import org.steward.handling.HandlingUnit;
import org.steward.notification.Notifications;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.timeline.Timeline;

/**
 * A joint meeting (联席会议) from convening to conclusion: the departments are convened for their positions, the office
 * records the minutes and the decision and dispatches the handover items as handling units, and once all are handled
 * the meeting concludes with the decision and each item's result as the escalation's resolution.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class JointMeetings {

  private final JdbcClient jdbc;
  private final Escalations escalations;
  private final OfficeTransitions transitions;
  private final HandlingManagement handling;
  private final Handovers handovers;
  private final DirectoryManagement directory;
  private final Timeline timeline;
  private final Notifications notifications;

  /**
   * One handover item as the 记录会议纪要 form lists it: the department's code, the task and its time limit in working
   * days; any may be missing.
   */
  public record ItemInput(String department, String task, Integer timeLimit) {
  }

  /** A joint meeting that still takes positions and minutes, with its escalation's state. */
  record Meeting(long id, long escalationId, String caseNumber, LocalDate dueDate, String decision,
      boolean concluded, EscalationState state) {
  }

  /**
   * Convenes the checked departments of the analysis: each owes a position within {@code positionTimeLimit} working
   * days and is told; the escalation goes into the meeting.
   */
  Analysis convene(Escalation escalation, List<String> departments, int positionTimeLimit, String byUser) {
    Deadline deadline = handling.deadlineIn(positionTimeLimit);
    LocalDate dueDate = deadline.dueDate();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into joint_meeting (escalation_id, case_number, convened_at, convened_by, due_date)
        values (:escalation, :caseNumber, :now, :by, :due)""")
        .param("escalation", escalation.id()).param("caseNumber", escalation.caseNumber())
        .param("now", Timestamp.from(StewardClock.now())).param("by", actor(byUser)).param("due", dueDate)
        .update(key, "id");
    long meetingId = key.getKeyAs(Number.class).longValue();
    for (String department : departments) {
      jdbc.sql("""
          insert into joint_meeting_position (meeting_id, department_code, light)
          values (:meeting, :department, :green)""")
          .param("meeting", meetingId).param("department", department).param("green", Light.GREEN.name()).update();
      notifications.notifyGroup(StewardGroups.department(department), "JOINT_MEETING_CONVENED",
          escalation.caseNumber(), shorten("联席会议：请于 " + dueDate + " 前就 " + escalation.caseNumber() + "（"
              + escalation.title() + "）提出贵单位意见。", 500));
    }
    transitions.make(escalation.id(), EscalationTransition.CONVENE_MEETING,
        Map.of("action", AnalysisAction.JOINT_MEETING.name()));
    Map<String, String> names = departmentNames();
    timeline.record(escalation.caseNumber(), "JOINT_MEETING_CONVENED", actor(byUser),
        shorten("召开联席会议：" + departments.stream().map(names::get).collect(Collectors.joining("、"))
            + "于 " + dueDate + " 前提出意见", 200), null);
    return new Analysis(AnalysisAction.JOINT_MEETING, null, null, null, null, null, null, meetingId, departments,
        dueDate, deadline.warnAt(), deadline.dueAt());
  }

  /**
   * Checks the minutes as {@link #recordMinutes} would: {@code minutes} (≤ 4,000) and {@code decision} (≤ 2,000)
   * required; 1–20 handover items, each naming a department, a task (≤ 500) and 1–60 working days (field
   * {@code handoverItems[i]}).
   */
  @Transactional(readOnly = true)
  public void checkMinutes(long meetingId, String minutes, String decision, List<ItemInput> handoverItems) {
    open(meetingId);
    Minutes.checked(minutes, decision, handoverItems, departmentNames().keySet());
  }

  /**
   * Records minutes and decision and dispatches the handover items as handling units of the case (each with its own
   * time limit); answers the unit ids in the items' order.
   */
  public List<Long> recordMinutes(long meetingId, String minutes, String decision, List<ItemInput> handoverItems,
      String byUser) {
    Meeting meeting = open(meetingId);
    Minutes checked = Minutes.checked(minutes, decision, handoverItems, departmentNames().keySet());
    jdbc.sql("""
        update joint_meeting set minutes = :minutes, decision = :decision, recorded_at = :now, recorded_by = :by
        where id = :id""")
        .param("minutes", checked.minutes()).param("decision", checked.decision())
        .param("now", Timestamp.from(StewardClock.now())).param("by", actor(byUser)).param("id", meetingId).update();
    timeline.record(meeting.caseNumber(), "MEETING_MINUTES_RECORDED", actor(byUser),
        shorten("联席会议纪要已记录：" + checked.decision(), 200), shorten(checked.minutes(), 5000));
    List<Long> unitIds = handovers.dispatch(meeting.caseNumber(), checked.items(), byUser);
    for (int i = 0; i < unitIds.size(); i++) {
      HandoverItem item = checked.items().get(i);
      jdbc.sql("""
          insert into joint_meeting_item (meeting_id, position, department_code, task, time_limit, unit_id)
          values (:meeting, :position, :department, :task, :timeLimit, :unit)""")
          .param("meeting", meetingId).param("position", i).param("department", item.department())
          .param("task", item.task()).param("timeLimit", item.timeLimit()).param("unit", unitIds.get(i)).update();
    }
    return unitIds;
  }

  /** The task of the handover item that runs as this handling unit (shown as its title to the department). */
  @Transactional(readOnly = true)
  public String itemTask(long unitId) {
    return jdbc.sql("select task from joint_meeting_item where unit_id = :unit").param("unit", unitId)
        .query(String.class).optional().orElseThrow(() -> new NotFound("handling-unit", unitId));
  }

  /**
   * Every handover item has been handled: the meeting is concluded and the escalation resolved with the decision and
   * each item's feedback (a common issue's meeting also resolves the issue and every case linked to it). Answers the
   * resolution as the process variable holds it.
   */
  public String concludeMeeting(long meetingId, String byUser) {
    Meeting meeting = open(meetingId);
    Map<Long, HandlingUnit> units = handling.unitsOf(meeting.caseNumber()).stream()
        .collect(Collectors.toMap(HandlingUnit::id, Function.identity()));
    record ItemRow(String department, String task, long unitId) {
    }
    List<MeetingResolution.Item> items = jdbc.sql("""
        select department_code, task, unit_id from joint_meeting_item where meeting_id = :meeting order by position""")
        .param("meeting", meetingId)
        .query((rs, n) -> new ItemRow(rs.getString("department_code"), rs.getString("task"), rs.getLong("unit_id")))
        .list().stream()
        .map(item -> new MeetingResolution.Item(departmentName(item.department()), item.task(),
            MeetingResolution.result(units.get(item.unitId()))))
        .toList();
    String text = MeetingResolution.text(meeting.decision(), items);
    jdbc.sql("update joint_meeting set concluded_at = :now where id = :id")
        .param("now", Timestamp.from(StewardClock.now())).param("id", meetingId).update();
    String resolution = escalations.resolve(escalations.escalation(meeting.escalationId()),
        EscalationTransition.CONCLUDE_MEETING, AnalysisAction.JOINT_MEETING, text, byUser);
    timeline.record(meeting.caseNumber(), "JOINT_MEETING_CONCLUDED", actor(byUser), "联席会议交办事项均已办理，会议办结",
        shorten(text, 5000));
    return resolution;
  }

  /**
   * The meeting, while it takes positions and minutes; {@link NotFound} ({@code joint-meeting}) if there is none,
   * {@link EscalationClosed} once concluded or its escalation left the meeting.
   */
  Meeting open(long meetingId) {
    Meeting meeting = jdbc.sql("""
        select m.id, m.escalation_id, m.case_number, m.due_date, m.decision, m.concluded_at, e.state
        from joint_meeting m join escalation e on e.id = m.escalation_id where m.id = :id""")
        .param("id", meetingId)
        .query((rs, n) -> new Meeting(rs.getLong("id"), rs.getLong("escalation_id"), rs.getString("case_number"),
            rs.getObject("due_date", LocalDate.class), rs.getString("decision"), instant(rs, "concluded_at") != null,
            EscalationState.valueOf(rs.getString("state"))))
        .optional().orElseThrow(() -> new NotFound("joint-meeting", meetingId));
    if (meeting.concluded() || meeting.state() != EscalationState.MEETING) {
      throw new EscalationClosed(meeting.escalationId(), meeting.state());
    }
    return meeting;
  }

  private Map<String, String> departmentNames() {
    return directory.departments().stream().collect(Collectors.toMap(Department::code, Department::name));
  }

  private String departmentName(String code) {
    return directory.department(code).map(Department::name).orElse(code);
  }
}
