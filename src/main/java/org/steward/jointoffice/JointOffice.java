package org.steward.jointoffice;

import static org.steward.shared.Rows.instant;
import static org.steward.shared.Texts.shorten;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.directory.Department;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.handling.HandlingManagement;
import org.steward.handling.HandlingUnit;
import org.steward.handling.HandoverItem;
import org.steward.handling.Handovers;
import org.steward.jointoffice.process.JointMeetingProcess;
import org.steward.notification.Notifications;
import org.steward.shared.CaseLookup;
import org.steward.shared.CaseSummary;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/**
 * The joint-meeting office's API: records escalations, checks and carries out the office's analysis (arbitrate, common
 * issue, joint meeting, decide), the departments' positions, the minutes with their handover items and the meeting's
 * conclusion, and prepares the weekly meeting's agenda; all in the caller's transaction (usually the engine command of
 * the {@code joint-meeting} or {@code weekly-agenda} step that calls it).
 */
@Service
@Transactional
public class JointOffice {

  /** The id of the BPMN process that runs one escalation ({@code processes/joint-meeting.bpmn}). */
  public static final String PROCESS_ID = "joint-meeting";
  /** The id of the weekly meeting's process ({@code processes/weekly-agenda.bpmn}). */
  public static final String WEEKLY_PROCESS_ID = "weekly-agenda";

  public static final int MIN_MEETING_DEPARTMENTS = 2;
  public static final int MAX_MEETING_DEPARTMENTS = 20;
  public static final int MAX_POSITION_TIME_LIMIT = 30;
  /** The weekly meeting starts at 09:00 (Asia/Shanghai) on its day. */
  public static final LocalTime WEEKLY_MEETING_TIME = LocalTime.of(9, 0);

  static final int MAX_REASON = 2000;
  // texts bound to the forms' fields are process variables: at most what the engine stores in one
  static final int MAX_RESOLUTION = Violations.MAX_VARIABLE_TEXT;
  static final int MAX_POSITION = Violations.MAX_VARIABLE_TEXT;
  static final int MAX_MINUTES = Violations.MAX_VARIABLE_TEXT;
  static final int MAX_DECISION = 2000;
  static final int MAX_NOTES = Violations.MAX_VARIABLE_TEXT;
  static final int MAX_TEXT_COLUMN = 10000;
  /** The longest String a Camunda variable holds (its text column). */
  public static final int MAX_VARIABLE = Violations.MAX_VARIABLE_TEXT;

  private static final Logger log = LoggerFactory.getLogger(JointOffice.class);

  private static final String ESCALATION_SELECT = """
      select id, case_number, subject_kind, source, reason, title, enterprise_name, common_issue_id, state, action,
             opened_at, closed_at, outcome, lead_department, cooperating_departments, time_limit, resolution,
             process_instance_id
      from escalation
      """;

  private final JdbcClient jdbc;
  private final List<CaseLookup> cases;
  private final CommonIssues issues;
  private final HandlingManagement handling;
  private final Handovers handovers;
  private final DirectoryManagement directory;
  private final WorkingDayCalendar calendar;
  private final Timeline timeline;
  private final Notifications notifications;

  JointOffice(JdbcClient jdbc, List<CaseLookup> cases, CommonIssues issues, HandlingManagement handling,
      Handovers handovers, DirectoryManagement directory, WorkingDayCalendar calendar, Timeline timeline,
      Notifications notifications) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.issues = issues;
    this.handling = handling;
    this.handovers = handovers;
    this.directory = directory;
    this.calendar = calendar;
    this.timeline = timeline;
    this.notifications = notifications;
  }

  // --- escalations -----------------------------------------------------------------------------------------------

  /**
   * Records an escalation run by the joint-meeting instance {@code processInstanceId}: of the case {@code caseNumber}
   * (any capability's, found through {@link CaseLookup}), or, when {@code commonIssueId} is given, of that common issue
   * (then {@code caseNumber} is its number). The office is told.
   *
   * @throws InvalidInput naming {@code escalationSource} or {@code escalationReason}; {@link NotFound} for an unknown
   *     case or common issue
   */
  public Escalation open(String caseNumber, String source, String reason, Long commonIssueId, String processInstanceId,
      String byUser) {
    Violations violations = new Violations();
    EscalationSource parsed = parse(EscalationSource.class, source, "escalationSource", "jointoffice.source.unknown",
        violations);
    String text = violations.optionalText("escalationReason", reason, MAX_REASON);
    violations.throwIfAny();
    String kind;
    String title;
    String enterprise;
    String subject;
    if (commonIssueId != null) {
      CommonIssueView issue = issues.issue(commonIssueId);
      kind = Escalation.COMMON_ISSUE;
      subject = issue.number();
      title = issue.title();
      enterprise = null;
    } else {
      CaseSummary found = findCase(caseNumber).orElseThrow(() -> new NotFound("case", caseNumber));
      kind = Escalation.CASE;
      subject = caseNumber;
      title = found.title();
      enterprise = found.enterpriseName();
    }
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into escalation (case_number, subject_kind, source, reason, title, enterprise_name, process_instance_id,
                                common_issue_id, state, opened_at)
        values (:caseNumber, :kind, :source, :reason, :title, :enterprise, :instance, :issue, :state, :now)""")
        .param("caseNumber", subject).param("kind", kind).param("source", parsed.name()).param("reason", text)
        .param("title", shorten(title, 200)).param("enterprise", shorten(enterprise, 200))
        .param("instance", processInstanceId).param("issue", commonIssueId)
        .param("state", EscalationState.ANALYSING.name()).param("now", Timestamp.from(StewardClock.now()))
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    timeline.record(subject, "ESCALATED", actor(byUser), "提交联席会议办公室（" + parsed.label() + "）", text);
    notifications.notifyGroup(StewardGroups.JOINT_OFFICE, "ESCALATED", subject,
        shorten(subject + "（" + title + "）已提交联席会议办公室（" + parsed.label() + "），请分析研判。", 500));
    log.info("Escalation {} opened for {} ({}, {})", id, subject, kind, parsed);
    return escalation(id);
  }

  /**
   * What the analysis form chooses from besides the case: every department (code to name) and the open common issues
   * (number to "number title（已关联 n 件）"), in the directory's and the issues' order.
   */
  public record AnalysisContext(Escalation escalation, Map<String, String> departments,
      Map<String, String> openCommonIssues) {
  }

  /** The escalation with the departments and the open common issues, for the office's analysis. */
  @Transactional(readOnly = true)
  public AnalysisContext analysisContext(long escalationId) {
    Map<String, String> departments = new LinkedHashMap<>();
    directory.departments().forEach(d -> departments.put(d.code(), d.name()));
    Map<String, String> open = new LinkedHashMap<>();
    issues.open().forEach(i -> open.put(i.number(), i.number() + " " + i.title() + "（已关联 " + i.linkedCases() + " 件）"));
    return new AnalysisContext(escalation(escalationId), departments, open);
  }

  /**
   * Checks the office's analysis as {@link #analyse} would, without writing anything.
   *
   * @throws InvalidInput naming each bad field of {@link AnalysisInput}; {@link EscalationClosed} when the escalation
   *     is not at analysis
   */
  @Transactional(readOnly = true)
  public void checkAnalysis(long escalationId, AnalysisInput input) {
    checked(escalation(escalationId), input);
  }

  /**
   * Carries out the office's analysis: ARBITRATE and DECIDE close the escalation (a common issue's DECIDE also resolves
   * the issue and every case linked to it), COMMON_ISSUE links the case to an open or a new common issue and leaves it
   * waiting, JOINT_MEETING convenes the departments for their positions.
   */
  public Analysis analyse(long escalationId, AnalysisInput input, String byUser) {
    Escalation escalation = escalation(escalationId);
    Checked checked = checked(escalation, input);
    Instant now = StewardClock.now();
    return switch (checked.action()) {
      case ARBITRATE -> {
        String cooperating = String.join(",", checked.cooperating());
        jdbc.sql("""
            update escalation set state = :state, action = :action, outcome = :outcome, lead_department = :lead,
                   cooperating_departments = :cooperating, time_limit = :timeLimit, closed_at = :now, closed_by = :by
            where id = :id""")
            .param("state", EscalationState.CLOSED.name()).param("action", checked.action().name())
            .param("outcome", Escalation.ARBITRATED).param("lead", checked.lead()).param("cooperating", cooperating)
            .param("timeLimit", checked.timeLimit()).param("now", Timestamp.from(now)).param("by", actor(byUser))
            .param("id", escalationId).update();
        Map<String, String> names = departmentNames();
        String others = checked.cooperating().stream().map(names::get).collect(Collectors.joining("、"));
        timeline.record(escalation.caseNumber(), "ARBITRATED", actor(byUser), shorten("联席会议办公室仲裁：" + names.get(
            checked.lead()) + "牵头" + (others.isEmpty() ? "" : "，" + others + "配合") + "，时限 " + checked.timeLimit()
            + " 个工作日", 200), null);
        yield new Analysis(checked.action(), Escalation.ARBITRATED, checked.lead(), cooperating, checked.timeLimit(),
            null, null, null, null, null, null, null);
      }
      case DECIDE -> {
        String resolution = closeResolved(escalation, AnalysisAction.DECIDE, checked.resolution(), byUser);
        timeline.record(escalation.caseNumber(), "JOINT_OFFICE_DECIDED", actor(byUser), "联席会议办公室作出决定",
            checked.resolution());
        yield new Analysis(checked.action(), Escalation.RESOLVED, null, null, null, resolution, null, null, null, null,
            null, null);
      }
      case COMMON_ISSUE -> {
        String number = issues.link(escalation, checked.issueNumber(), checked.newTitle(), checked.newDescription(),
            byUser);
        yield new Analysis(checked.action(), null, null, null, null, null, number, null, null, null, null, null);
      }
      case JOINT_MEETING -> convene(escalation, checked, byUser);
    };
  }

  /** The escalation; {@link NotFound} ({@code escalation}) if there is none. */
  @Transactional(readOnly = true)
  public Escalation escalation(long id) {
    return jdbc.sql(ESCALATION_SELECT + " where id = :id").param("id", id).query(JointOffice::escalationRow)
        .optional().orElseThrow(() -> new NotFound("escalation", id));
  }

  /** Every escalation of a case (or of a common issue, by its number), oldest first. */
  @Transactional(readOnly = true)
  public List<Escalation> ofCase(String caseNumber) {
    return jdbc.sql(ESCALATION_SELECT + " where case_number = :caseNumber order by opened_at, id")
        .param("caseNumber", caseNumber).query(JointOffice::escalationRow).list();
  }

  // --- joint meeting ---------------------------------------------------------------------------------------------

  /** Checks a department's position (意见): required, at most 4,000 characters (a process variable). */
  public void checkPosition(String position) {
    Violations violations = new Violations();
    violations.text("position", position, MAX_POSITION);
    violations.throwIfAny();
  }

  /** The department gives its position for the meeting. */
  public void givePosition(long meetingId, String department, String position, String byUser) {
    Meeting meeting = openMeeting(meetingId);
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
        (String) execution.getVariable(JointMeetingProcess.DEPARTMENT))),
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
    Meeting meeting = openMeeting(owed.meetingId());
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
    Map<String, String> names = departmentNames();
    String summary = positions(meetingId).stream()
        .map(p -> "【" + names.getOrDefault(p.department(), p.department()) + "】"
            + (p.position() == null ? "（未提出意见）" : p.position()))
        .collect(Collectors.joining("\n"));
    return shorten(summary, MAX_VARIABLE);
  }

  /** The positions of a meeting, in the order the departments were convened. */
  @Transactional(readOnly = true)
  public List<Position> positions(long meetingId) {
    return jdbc.sql("""
        select department_code, light, position, given_at, given_by from joint_meeting_position
        where meeting_id = :meeting order by id""")
        .param("meeting", meetingId)
        .query((rs, n) -> new Position(rs.getString("department_code"), rs.getString("light"),
            rs.getString("position"), instant(rs, "given_at"), rs.getString("given_by")))
        .list();
  }

  /** One department's position (意见) in a joint meeting; {@code position} null while not given. */
  public record Position(String department, String light, String position, Instant givenAt, String givenBy) {
  }

  /**
   * Checks the minutes as {@link #recordMinutes} would: {@code minutes} (≤ 4,000) and {@code decision} (≤ 2,000)
   * required; 1–20 handover items, each naming a department, a task (≤ 500) and 1–60 working days (field
   * {@code handoverItems[i]}).
   */
  @Transactional(readOnly = true)
  public void checkMinutes(long meetingId, String minutes, String decision, List<ItemInput> handoverItems) {
    openMeeting(meetingId);
    checkedMinutes(minutes, decision, handoverItems);
  }

  /**
   * Records minutes and decision and dispatches the handover items as handling units of the case (each with its own
   * time limit); answers the unit ids in the items' order.
   */
  public List<Long> recordMinutes(long meetingId, String minutes, String decision, List<ItemInput> handoverItems,
      String byUser) {
    Meeting meeting = openMeeting(meetingId);
    Minutes checked = checkedMinutes(minutes, decision, handoverItems);
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
    Meeting meeting = openMeeting(meetingId);
    Map<Long, HandlingUnit> units = handling.unitsOf(meeting.caseNumber()).stream()
        .collect(Collectors.toMap(HandlingUnit::id, Function.identity()));
    StringBuilder text = new StringBuilder("联席会议决定：").append(meeting.decision()).append("\n交办事项办理情况：");
    List<ItemRow> items = jdbc.sql("""
        select department_code, task, unit_id from joint_meeting_item where meeting_id = :meeting order by position""")
        .param("meeting", meetingId)
        .query((rs, n) -> new ItemRow(rs.getString("department_code"), rs.getString("task"), rs.getLong("unit_id")))
        .list();
    for (int i = 0; i < items.size(); i++) {
      ItemRow item = items.get(i);
      HandlingUnit unit = units.get(item.unitId());
      String result = unit == null ? "（无办理记录）" : switch (unit.state()) {
        case FEEDBACK_GIVEN -> unit.feedback();
        case RETURNED -> "（已退单）" + unit.returnReason();
        default -> "（尚未反馈）";
      };
      text.append("\n").append(i + 1).append(". ").append(departmentName(item.department())).append("：")
          .append(item.task()).append(" —— ").append(result);
    }
    jdbc.sql("update joint_meeting set concluded_at = :now where id = :id")
        .param("now", Timestamp.from(StewardClock.now())).param("id", meetingId).update();
    Escalation escalation = escalation(meeting.escalationId());
    String resolution = closeResolved(escalation, AnalysisAction.JOINT_MEETING, text.toString(), byUser);
    timeline.record(meeting.caseNumber(), "JOINT_MEETING_CONCLUDED", actor(byUser), "联席会议交办事项均已办理，会议办结",
        shorten(text.toString(), 5000));
    return resolution;
  }

  // --- weekly meeting --------------------------------------------------------------------------------------------

  /** The day of this week's meeting: {@code monday} if it is a working day, else the next working day. */
  @Transactional(readOnly = true)
  public LocalDate weeklyMeetingDay(LocalDate monday) {
    LocalDate day = monday;
    while (!calendar.isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** When the weekly meeting of that day starts: 09:00 Asia/Shanghai. */
  public Instant weeklyMeetingAt(LocalDate day) {
    return day.atTime(WEEKLY_MEETING_TIME).atZone(StewardClock.ZONE).toInstant();
  }

  /**
   * The weekly meeting's agenda (周例会议程), in Chinese: the open escalations of cases, then the open common issues,
   * each oldest first, with when they came and where they stand.
   */
  @Transactional(readOnly = true)
  public String weeklyAgenda() {
    List<Escalation> open = jdbc.sql(ESCALATION_SELECT + " " + """
         where state <> 'CLOSED' and subject_kind = 'CASE' order by opened_at, id""")
        .query(JointOffice::escalationRow).list();
    List<CommonIssue> openIssues = issues.open();
    StringBuilder agenda = new StringBuilder("一、未办结的提交事项（").append(open.size()).append(" 件，按提交先后）");
    for (int i = 0; i < open.size(); i++) {
      Escalation e = open.get(i);
      agenda.append("\n").append(i + 1).append(". ").append(day(e.openedAt())).append(" ").append(e.caseNumber())
          .append(" ").append(e.enterpriseName() == null ? "" : e.enterpriseName() + " ").append(e.title())
          .append("（").append(e.source().label()).append("；").append(e.state().label()).append("）");
    }
    agenda.append("\n二、未解决的共性问题（").append(openIssues.size()).append(" 个，按提出先后）");
    for (int i = 0; i < openIssues.size(); i++) {
      CommonIssue issue = openIssues.get(i);
      agenda.append("\n").append(i + 1).append(". ").append(day(issue.createdAt())).append(" ").append(issue.number())
          .append(" ").append(issue.title()).append("（关联诉求 ").append(issue.linkedCases()).append(" 件）");
    }
    return agenda.toString();
  }

  /** Checks the weekly meeting's notes: required, at most 4,000 characters (a process variable). */
  public void checkWeeklyNotes(String notes) {
    Violations violations = new Violations();
    violations.text("notes", notes, MAX_NOTES);
    violations.throwIfAny();
  }

  /** Keeps the weekly meeting's agenda and the office's notes. */
  public void recordWeeklyMeeting(LocalDate heldOn, String agenda, String notes, String byUser) {
    Violations violations = new Violations();
    String text = violations.text("notes", notes, MAX_NOTES);
    violations.throwIfAny();
    jdbc.sql("""
        insert into weekly_meeting (held_on, agenda, notes, recorded_at, recorded_by)
        values (:day, :agenda, :notes, :now, :by)""")
        .param("day", heldOn).param("agenda", shorten(agenda == null ? "" : agenda, MAX_TEXT_COLUMN))
        .param("notes", text).param("now", Timestamp.from(StewardClock.now())).param("by", actor(byUser)).update();
  }

  // --- internals -------------------------------------------------------------------------------------------------

  private Analysis convene(Escalation escalation, Checked checked, String byUser) {
    Instant now = StewardClock.now();
    LocalDate dueDate = calendar.addWorkingDays(StewardClock.today(), checked.positionTimeLimit());
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into joint_meeting (escalation_id, case_number, convened_at, convened_by, due_date)
        values (:escalation, :caseNumber, :now, :by, :due)""")
        .param("escalation", escalation.id()).param("caseNumber", escalation.caseNumber())
        .param("now", Timestamp.from(now)).param("by", actor(byUser)).param("due", dueDate).update(key, "id");
    long meetingId = key.getKeyAs(Number.class).longValue();
    for (String department : checked.meetingDepartments()) {
      jdbc.sql("""
          insert into joint_meeting_position (meeting_id, department_code, light)
          values (:meeting, :department, :green)""")
          .param("meeting", meetingId).param("department", department).param("green", Light.GREEN.name()).update();
      notifications.notifyGroup(StewardGroups.department(department), "JOINT_MEETING_CONVENED",
          escalation.caseNumber(), shorten("联席会议：请于 " + dueDate + " 前就 " + escalation.caseNumber() + "（"
              + escalation.title() + "）提出贵单位意见。", 500));
    }
    jdbc.sql("update escalation set state = :state, action = :action where id = :id")
        .param("state", EscalationState.MEETING.name()).param("action", AnalysisAction.JOINT_MEETING.name())
        .param("id", escalation.id()).update();
    Map<String, String> names = departmentNames();
    timeline.record(escalation.caseNumber(), "JOINT_MEETING_CONVENED", actor(byUser),
        shorten("召开联席会议：" + checked.meetingDepartments().stream().map(names::get).collect(Collectors.joining("、"))
            + "于 " + dueDate + " 前提出意见", 200), null);
    return new Analysis(AnalysisAction.JOINT_MEETING, null, null, null, null, null, null, meetingId,
        checked.meetingDepartments(), dueDate, handling.warnAt(dueDate), handling.dueAt(dueDate));
  }

  /** Closes the escalation as RESOLVED; a common issue's escalation resolves the issue too. Answers the variable text. */
  private String closeResolved(Escalation escalation, AnalysisAction action, String resolution, String byUser) {
    String stored = shorten(resolution, MAX_TEXT_COLUMN);
    jdbc.sql("""
        update escalation set state = :state, action = :action, outcome = :outcome, resolution = :resolution,
               closed_at = :now, closed_by = :by
        where id = :id""")
        .param("state", EscalationState.CLOSED.name()).param("action", action.name())
        .param("outcome", Escalation.RESOLVED).param("resolution", stored)
        .param("now", Timestamp.from(StewardClock.now())).param("by", actor(byUser)).param("id", escalation.id())
        .update();
    if (escalation.isCommonIssue()) {
      issues.resolve(escalation.commonIssueId(), stored, byUser);
    }
    return shorten(resolution, MAX_VARIABLE);
  }

  private Checked checked(Escalation escalation, AnalysisInput input) {
    if (escalation.state() != EscalationState.ANALYSING) {
      throw new EscalationClosed(escalation.id(), escalation.state());
    }
    Violations violations = new Violations();
    AnalysisAction action = parse(AnalysisAction.class, input.action(), "action", "jointoffice.action.unknown",
        violations);
    if (action == null) {
      violations.throwIfAny();
    }
    if (escalation.isCommonIssue() && (action == AnalysisAction.ARBITRATE || action == AnalysisAction.COMMON_ISSUE)) {
      violations.add("action", "jointoffice.action.cases-only");
      violations.throwIfAny();
    }
    Checked checked = switch (action) {
      case ARBITRATE -> {
        String lead = input.leadDepartment() == null ? null : input.leadDepartment().strip();
        List<String> cooperating = input.cooperatingDepartments();
        int timeLimit = input.timeLimit() == null ? 0 : input.timeLimit();
        try {
          handovers.checkHandover(lead, cooperating, timeLimit);
        } catch (InvalidInput invalid) {
          invalid.violations().forEach(v -> violations.add(v.field(), v.code(), v.args()));
        }
        yield new Checked(action, lead, cooperating, timeLimit, null, null, null, null, null, 0);
      }
      case DECIDE -> new Checked(action, null, null, null,
          violations.text("resolution", input.resolution(), MAX_RESOLUTION), null, null, null, null, 0);
      case COMMON_ISSUE -> checkedIssue(escalation, input, violations);
      case JOINT_MEETING -> checkedMeeting(input, violations);
    };
    violations.throwIfAny();
    return checked;
  }

  private Checked checkedIssue(Escalation escalation, AnalysisInput input, Violations violations) {
    String number = input.commonIssueNumber() == null ? "" : input.commonIssueNumber().strip();
    if (!number.isEmpty()) {
      Optional<CommonIssue> issue = issues.byNumber(number);
      if (issue.isEmpty()) {
        violations.add("commonIssueNumber", "jointoffice.common-issue.unknown", number);
      } else if (issue.get().state() != CommonIssueState.OPEN) {
        violations.add("commonIssueNumber", "jointoffice.common-issue.resolved", number);
      } else if (issues.isLinked(issue.get().id(), escalation.caseNumber())) {
        violations.add("commonIssueNumber", "jointoffice.common-issue.already-linked", number);
      }
      return new Checked(AnalysisAction.COMMON_ISSUE, null, null, null, null, number, null, null, null, 0);
    }
    String title = violations.line("newIssueTitle", input.newIssueTitle(), CommonIssues.MAX_TITLE);
    String description = violations.text("newIssueDescription", input.newIssueDescription(), MAX_VARIABLE);
    return new Checked(AnalysisAction.COMMON_ISSUE, null, null, null, null, null, title, description, null, 0);
  }

  private Checked checkedMeeting(AnalysisInput input, Violations violations) {
    List<String> codes = input.meetingDepartments();
    Set<String> known = departmentNames().keySet();
    if (codes.size() < MIN_MEETING_DEPARTMENTS || codes.size() > MAX_MEETING_DEPARTMENTS) {
      violations.add("meetingDepartments", "jointoffice.meeting.departments-count", MIN_MEETING_DEPARTMENTS,
          MAX_MEETING_DEPARTMENTS);
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      if (!known.contains(code)) {
        violations.add("meetingDepartments[" + i + "]", "handling.department.unknown", code);
      } else if (!seen.add(code)) {
        violations.add("meetingDepartments[" + i + "]", "handling.department.duplicate", code);
      }
    }
    Integer days = input.positionTimeLimit();
    if (days == null || days < 1 || days > MAX_POSITION_TIME_LIMIT) {
      violations.add("positionTimeLimit", "handling.time-limit.range", 1, MAX_POSITION_TIME_LIMIT);
    }
    return new Checked(AnalysisAction.JOINT_MEETING, null, null, null, null, null, null, null, List.copyOf(codes),
        days == null ? 0 : days);
  }

  private Minutes checkedMinutes(String minutes, String decision, List<ItemInput> handoverItems) {
    Violations violations = new Violations();
    String minutesText = violations.text("minutes", minutes, MAX_MINUTES);
    String decisionText = violations.text("decision", decision, MAX_DECISION);
    if (handoverItems.isEmpty() || handoverItems.size() > HandlingManagement.MAX_ITEMS) {
      violations.add("handoverItems", "handling.items.count", 1, HandlingManagement.MAX_ITEMS);
    }
    Set<String> known = departmentNames().keySet();
    List<HandoverItem> items = new ArrayList<>();
    for (int i = 0; i < handoverItems.size() && i < HandlingManagement.MAX_ITEMS; i++) {
      ItemInput item = handoverItems.get(i);
      String field = "handoverItems[" + i + "]";
      String department = item.department() == null ? "" : item.department().strip();
      if (department.isEmpty()) {
        violations.add(field, "jointoffice.item.department");
      } else if (!known.contains(department)) {
        violations.add(field, "handling.department.unknown", shorten(department, 50));
      }
      String task = null;
      if (item.task() == null || item.task().isBlank()) {
        violations.add(field, "jointoffice.item.task");
      } else {
        task = violations.line(field, item.task(), HandlingManagement.MAX_ITEM_TASK);
      }
      Integer days = item.timeLimit();
      if (days == null || days < HandlingManagement.MIN_TIME_LIMIT || days > HandlingManagement.MAX_TIME_LIMIT) {
        violations.add(field, "handling.time-limit.range", HandlingManagement.MIN_TIME_LIMIT,
            HandlingManagement.MAX_TIME_LIMIT);
      } else {
        items.add(new HandoverItem(department, task, days));
      }
    }
    violations.throwIfAny();
    return new Minutes(minutesText, decisionText, items);
  }

  private Meeting openMeeting(long meetingId) {
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

  private Optional<CaseSummary> findCase(String caseNumber) {
    if (caseNumber == null || caseNumber.isBlank()) {
      return Optional.empty();
    }
    return cases.stream().map(lookup -> lookup.find(caseNumber)).flatMap(Optional::stream).findFirst();
  }

  private Map<String, String> departmentNames() {
    return directory.departments().stream().collect(Collectors.toMap(Department::code, Department::name));
  }

  private String departmentName(String code) {
    return directory.department(code).map(Department::name).orElse(code);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String code,
      Violations violations) {
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

  static String actor(String byUser) {
    return byUser == null || byUser.isBlank() ? Timeline.SYSTEM : byUser;
  }

  private static String day(Instant instant) {
    return instant.atZone(StewardClock.ZONE).toLocalDate().toString();
  }

  private static Escalation escalationRow(ResultSet rs, int n) throws SQLException {
    String action = rs.getString("action");
    long issue = rs.getLong("common_issue_id");
    Long commonIssueId = rs.wasNull() ? null : issue;
    int limit = rs.getInt("time_limit");
    Integer timeLimit = rs.wasNull() ? null : limit;
    return new Escalation(rs.getLong("id"), rs.getString("case_number"), rs.getString("subject_kind"),
        EscalationSource.valueOf(rs.getString("source")), rs.getString("reason"), rs.getString("title"),
        rs.getString("enterprise_name"), commonIssueId, EscalationState.valueOf(rs.getString("state")),
        action == null ? null : AnalysisAction.valueOf(action), instant(rs, "opened_at"), instant(rs, "closed_at"),
        rs.getString("outcome"), rs.getString("lead_department"), rs.getString("cooperating_departments"), timeLimit,
        rs.getString("resolution"));
  }

  /** An analysis whose fields passed the rules. */
  private record Checked(AnalysisAction action, String lead, List<String> cooperating, Integer timeLimit,
      String resolution, String issueNumber, String newTitle, String newDescription, List<String> meetingDepartments,
      int positionTimeLimit) {
  }

  /**
   * One handover item as the 记录会议纪要 form lists it: the department's code, the task and its time limit in working
   * days; any may be missing.
   */
  public record ItemInput(String department, String task, Integer timeLimit) {
  }

  private record Minutes(String minutes, String decision, List<HandoverItem> items) {
  }

  private record Meeting(long id, long escalationId, String caseNumber, LocalDate dueDate, String decision,
      boolean concluded, EscalationState state) {
  }

  private record ItemRow(String department, String task, long unitId) {
  }
}
