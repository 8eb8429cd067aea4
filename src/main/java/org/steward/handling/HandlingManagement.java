package org.steward.handling;

import static org.steward.shared.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.deadline.Deadline;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Deadlines;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.directory.Department;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/**
 * Department handling's API: hands a case over to its units, and records every step of a unit (sign for, feedback,
 * extension, return, lights, supervision) in Steward's tables, the case timeline and notifications, in the caller's
 * transaction (usually the engine command of the {@code department-handling} step that calls it).
 */
@Service
@Transactional
public class HandlingManagement {

  /** The id of the BPMN process that runs one unit ({@code processes/department-handling.bpmn}). */
  public static final String PROCESS_ID = "department-handling";

  /** The shortest and the longest time limit of a handover, in working days. */
  public static final int MIN_TIME_LIMIT = 1;
  public static final int MAX_TIME_LIMIT = 60;

  static final int MAX_FEEDBACK = Violations.MAX_VARIABLE_TEXT;
  static final int MAX_REASON = 2000;

  private static final Logger log = LoggerFactory.getLogger(HandlingManagement.class);

  private static final String UNIT_SELECT = """
      select id, case_number, round, position, department_code, role, due_date, state, light, rating, feedback,
             return_reason, signed_at, finished_at
      from handling_unit
      """;

  private final JdbcClient jdbc;
  private final DirectoryManagement directory;
  private final WorkingDayCalendar calendar;
  private final Deadlines deadlines;
  private final Timeline timeline;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;
  private final HandlingProperties properties;

  HandlingManagement(JdbcClient jdbc, DirectoryManagement directory, WorkingDayCalendar calendar, Deadlines deadlines,
      Timeline timeline, Notifications notifications, ApplicationEventPublisher events, HandlingProperties properties) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.timeline = timeline;
    this.notifications = notifications;
    this.events = events;
    this.properties = properties;
  }

  // --- handover --------------------------------------------------------------------------------------------------

  /**
   * Opens the next round of the case: one unit per department (the lead first, then the cooperating ones in the given
   * order), each due {@code timeLimitWorkingDays} working days after today; answers the unit ids in that order.
   *
   * @throws InvalidInput naming {@code leadDepartment}, {@code cooperatingDepartments[i]} or {@code timeLimit}
   */
  public List<Long> handOver(String caseNumber, String leadDepartment, List<String> cooperatingDepartments,
      int timeLimitWorkingDays, String byUser) {
    if (caseNumber == null || caseNumber.isBlank()) {
      throw new InvalidInput("caseNumber", "NotBlank");
    }
    Map<String, Department> departments = checkedDepartments(leadDepartment, cooperatingDepartments,
        timeLimitWorkingDays);
    int round = currentRound(caseNumber) + 1;
    Instant now = StewardClock.now();
    LocalDate dueDate = calendar.addWorkingDays(StewardClock.today(), timeLimitWorkingDays);
    List<String> codes = new ArrayList<>(departments.keySet());
    List<Long> ids = new ArrayList<>();
    for (int position = 0; position < codes.size(); position++) {
      KeyHolder key = new GeneratedKeyHolder();
      jdbc.sql("""
          insert into handling_unit (case_number, round, position, department_code, role, time_limit, handed_over_at,
                                     handed_over_by, due_date, state, light)
          values (:caseNumber, :round, :position, :department, :role, :timeLimit, :now, :by, :dueDate, :state, :light)
          """)
          .param("caseNumber", caseNumber).param("round", round).param("position", position)
          .param("department", codes.get(position))
          .param("role", (position == 0 ? UnitRole.LEAD : UnitRole.COOPERATING).name())
          .param("timeLimit", timeLimitWorkingDays).param("now", Timestamp.from(now)).param("by", actor(byUser))
          .param("dueDate", dueDate).param("state", UnitState.ASSIGNED.name()).param("light", Light.GREEN.name())
          .update(key, "id");
      ids.add(key.getKeyAs(Number.class).longValue());
    }
    String lead = departments.get(codes.get(0)).name();
    String cooperating = codes.stream().skip(1).map(c -> departments.get(c).name()).collect(Collectors.joining("、"));
    timeline.record(caseNumber, "HANDED_OVER", actor(byUser), shorten("交办" + lead + "牵头办理"
            + (cooperating.isEmpty() ? "" : "，" + cooperating + "配合") + "，" + dueDate + "前办结"),
        "第" + round + "轮交办；牵头部门：" + lead + "；配合部门：" + (cooperating.isEmpty() ? "无" : cooperating)
            + "；时限 " + timeLimitWorkingDays + " 个工作日，至 " + dueDate + "（含）");
    for (int position = 0; position < codes.size(); position++) {
      notifications.notifyGroup(StewardGroups.department(codes.get(position)), "HANDED_OVER", caseNumber,
          "诉求 " + caseNumber + " 已交办贵单位" + (position == 0 ? "牵头" : "配合") + "办理，请于一个工作日内签收，"
              + dueDate + "前办结反馈。");
    }
    log.info("Case {} handed over (round {}) to {} due {}", caseNumber, round, codes, dueDate);
    return ids;
  }

  /** One handover item (交办事项) of a joint meeting: the department, what it must do, and its own time limit. */
  public record HandoverItem(String department, String task, int timeLimit) {
  }

  /** The longest text of one handover item's task. */
  public static final int MAX_ITEM_TASK = 500;
  /** The most handover items one dispatch may open. */
  public static final int MAX_ITEMS = 20;

  /**
   * Opens the next round of the case with one unit per handover item (a department may get several items), each due
   * its own time limit in working days after today; the first item's unit leads, the others cooperate. Answers the unit
   * ids in the items' order. Used by the joint-meeting office, whose decision hands work to several departments at once.
   *
   * @throws InvalidInput naming {@code items} (none or more than {@link #MAX_ITEMS}), {@code items[i].department},
   *     {@code items[i].task} or {@code items[i].timeLimit}; nothing is stored then
   */
  public List<Long> dispatch(String caseNumber, List<HandoverItem> items, String byUser) {
    Violations violations = new Violations();
    if (caseNumber == null || caseNumber.isBlank()) {
      violations.add("caseNumber", "NotBlank");
    }
    List<HandoverItem> given = items == null ? List.of() : items;
    if (given.isEmpty() || given.size() > MAX_ITEMS) {
      violations.add("items", "handling.items.count", 1, MAX_ITEMS);
    }
    Map<String, String> names = directory.departments().stream()
        .collect(Collectors.toMap(Department::code, Department::name));
    List<String> tasks = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      HandoverItem item = given.get(i);
      String field = "items[" + i + "]";
      if (item == null) {
        violations.add(field, "NotBlank");
        tasks.add(null);
        continue;
      }
      if (item.department() == null || item.department().isBlank()) {
        violations.add(field + ".department", "NotBlank");
      } else if (!names.containsKey(item.department())) {
        violations.add(field + ".department", "handling.department.unknown", item.department());
      }
      tasks.add(violations.line(field + ".task", item.task(), MAX_ITEM_TASK));
      if (item.timeLimit() < MIN_TIME_LIMIT || item.timeLimit() > MAX_TIME_LIMIT) {
        violations.add(field + ".timeLimit", "handling.time-limit.range", MIN_TIME_LIMIT, MAX_TIME_LIMIT);
      }
    }
    violations.throwIfAny();
    int round = currentRound(caseNumber) + 1;
    Instant now = StewardClock.now();
    List<Long> ids = new ArrayList<>();
    StringBuilder detail = new StringBuilder("第" + round + "轮交办（联席会议交办事项）");
    for (int position = 0; position < given.size(); position++) {
      HandoverItem item = given.get(position);
      LocalDate dueDate = calendar.addWorkingDays(StewardClock.today(), item.timeLimit());
      KeyHolder key = new GeneratedKeyHolder();
      jdbc.sql("""
          insert into handling_unit (case_number, round, position, department_code, role, time_limit, handed_over_at,
                                     handed_over_by, due_date, state, light)
          values (:caseNumber, :round, :position, :department, :role, :timeLimit, :now, :by, :dueDate, :state, :light)
          """)
          .param("caseNumber", caseNumber).param("round", round).param("position", position)
          .param("department", item.department())
          .param("role", (position == 0 ? UnitRole.LEAD : UnitRole.COOPERATING).name())
          .param("timeLimit", item.timeLimit()).param("now", Timestamp.from(now)).param("by", actor(byUser))
          .param("dueDate", dueDate).param("state", UnitState.ASSIGNED.name()).param("light", Light.GREEN.name())
          .update(key, "id");
      ids.add(key.getKeyAs(Number.class).longValue());
      String name = names.get(item.department());
      detail.append("\n").append(position + 1).append(". ").append(name).append("：").append(tasks.get(position))
          .append("（").append(item.timeLimit()).append(" 个工作日，至 ").append(dueDate).append("）");
      notifications.notifyGroup(StewardGroups.department(item.department()), "HANDED_OVER", caseNumber,
          Texts.shorten(caseNumber + " 联席会议交办贵单位：" + tasks.get(position) + "。请于一个工作日内签收，" + dueDate
              + "前办结反馈。", 500));
    }
    timeline.record(caseNumber, "HANDED_OVER", actor(byUser), "联席会议交办 " + given.size() + " 项事项",
        Texts.shorten(detail.toString(), 5000));
    log.info("Case {} dispatched (round {}) as {} handover items", caseNumber, round, ids.size());
    return ids;
  }

  /** Checks a handover as {@link #handOver} does, without writing anything. */
  @Transactional(readOnly = true)
  public void checkHandover(String leadDepartment, List<String> cooperatingDepartments, int timeLimitWorkingDays) {
    checkedDepartments(leadDepartment, cooperatingDepartments, timeLimitWorkingDays);
  }

  /** Every unit of the case, every round, oldest first, with live light and rating. */
  @Transactional(readOnly = true)
  public List<HandlingUnit> unitsOf(String caseNumber) {
    List<UnitRow> rows = jdbc.sql(UNIT_SELECT + " where case_number = :caseNumber order by round, position")
        .param("caseNumber", caseNumber).query(HandlingManagement::unitRow).list();
    return toUnits(rows);
  }

  /** One unit with live light and rating; {@link NotFound} ({@code handling-unit}) if there is none. */
  @Transactional(readOnly = true)
  public HandlingUnit unit(long unitId) {
    return toUnits(List.of(row(unitId))).get(0);
  }

  /** The unit with the instants its yellow and red timers fire at. */
  @Transactional(readOnly = true)
  public UnitClock clock(long unitId) {
    HandlingUnit unit = unit(unitId);
    return new UnitClock(unit, warnAt(unit.dueDate()), dueAt(unit.dueDate()));
  }

  /** Whether any unit of that round returned the matter (退单). */
  @Transactional(readOnly = true)
  public boolean anyReturned(String caseNumber, int round) {
    return jdbc.sql("select count(*) from handling_unit where case_number = :caseNumber and round = :round and state = :state")
        .param("caseNumber", caseNumber).param("round", round).param("state", UnitState.RETURNED.name())
        .query(Long.class).single() > 0;
  }

  /** The latest handover round of the case; 0 before the first handover. */
  @Transactional(readOnly = true)
  public int currentRound(String caseNumber) {
    Integer round = jdbc.sql("select max(round) from handling_unit where case_number = :caseNumber")
        .param("caseNumber", caseNumber).query(Integer.class).optional().orElse(null);
    return round == null ? 0 : round;
  }

  /**
   * The feedback of every unit of the round, one Chinese line per unit (lead first), for the lead's consolidation; at
   * most what a process variable holds.
   */
  @Transactional(readOnly = true)
  public String feedbackSummary(String caseNumber, int round) {
    return Texts.shorten(unitsOf(caseNumber).stream().filter(u -> u.round() == round)
        .map(u -> "【" + u.role().label() + "】" + u.departmentName() + "：" + switch (u.state()) {
          case FEEDBACK_GIVEN -> u.feedback();
          case RETURNED -> "（已退单）" + u.returnReason();
          default -> "（尚未反馈）";
        })
        .collect(Collectors.joining("\n")), Violations.MAX_VARIABLE_TEXT);
  }

  // --- steps of a unit -------------------------------------------------------------------------------------------

  /** The unit signs for the matter (签收); signing a signed unit again changes nothing. */
  public void sign(long unitId, String byUser) {
    UnitRow unit = openRow(unitId);
    if (unit.state() != UnitState.ASSIGNED) {
      return;
    }
    jdbc.sql("update handling_unit set state = :state, signed_at = :now, signed_by = :by where id = :id")
        .param("state", UnitState.SIGNED.name()).param("now", Timestamp.from(StewardClock.now()))
        .param("by", actor(byUser)).param("id", unitId).update();
    timeline.record(unit.caseNumber(), "UNIT_SIGNED", actor(byUser), departmentName(unit) + "已签收交办事项", null);
  }

  /** Reminds the department to sign for a matter it has not signed for after one working day. */
  public void remindSignFor(long unitId) {
    UnitRow unit = row(unitId);
    if (unit.state() != UnitState.ASSIGNED) {
      return;
    }
    notifications.notifyGroup(StewardGroups.department(unit.departmentCode()), "SIGN_FOR_REMINDER", unit.caseNumber(),
        "诉求 " + unit.caseNumber() + " 交办已满一个工作日仍未签收，请尽快签收。");
    timeline.record(unit.caseNumber(), "SIGN_FOR_REMINDED", Timeline.SYSTEM,
        departmentName(unit) + "超过一个工作日未签收，已提醒", null);
  }

  /**
   * Checks what a unit reports from its handling task before the task completes: {@code action} one of
   * {@link HandlingAction}; FEEDBACK needs {@code feedback}; EXTENSION a {@code requestedDueDate} (yyyy-MM-dd, a
   * working day after the current due date) and a {@code reason}; RETURN a {@code reason}.
   *
   * @throws InvalidInput naming each bad field; {@link UnitNotOpen} when the unit is finished
   */
  @Transactional(readOnly = true)
  public void checkReport(long unitId, String action, String feedback, String requestedDueDate, String reason) {
    UnitRow unit = openRow(unitId);
    Violations violations = new Violations();
    HandlingAction parsed = parseAction(violations, action);
    if (parsed == HandlingAction.FEEDBACK) {
      violations.text("feedback", feedback, MAX_FEEDBACK);
    } else if (parsed == HandlingAction.RETURN) {
      violations.text("reason", reason, MAX_REASON);
    } else if (parsed == HandlingAction.EXTENSION) {
      checkRequestedDueDate(violations, unit, requestedDueDate);
      violations.text("reason", reason, MAX_REASON);
    }
    violations.throwIfAny();
  }

  /** The unit reports its result (办理反馈): it is finished, rated DONE if in time, SLOW if late; answers the rating. */
  public Rating giveFeedback(long unitId, String feedback, String byUser) {
    UnitRow unit = openRow(unitId);
    Violations violations = new Violations();
    String text = violations.text("feedback", feedback, MAX_FEEDBACK);
    violations.throwIfAny();
    Instant now = StewardClock.now();
    Rating rating = now.isBefore(dueAt(unit.dueDate())) ? Rating.DONE : Rating.SLOW;
    jdbc.sql("""
        update handling_unit set state = :state, feedback = :feedback, finished_at = :now, finished_by = :by,
               rating = :rating, light = :light
        where id = :id""")
        .param("state", UnitState.FEEDBACK_GIVEN.name()).param("feedback", text).param("now", Timestamp.from(now))
        .param("by", actor(byUser)).param("rating", rating.name())
        .param("light", deadline(unit.dueDate()).lightAt(now).name()).param("id", unitId).update();
    events.publishEvent(new UnitFinished(unitId, unit.caseNumber(), actor(byUser), "单位已反馈办理结果，督办随之结束"));
    timeline.record(unit.caseNumber(), "FEEDBACK_GIVEN", actor(byUser),
        departmentName(unit) + "已反馈办理结果（" + (rating == Rating.DONE ? "按期完成" : "逾期完成") + "）", text);
    return rating;
  }

  /**
   * The unit returns the matter as not its business (退单) with a reason; the officer of the case (a user id, or null:
   * then group {@code officers}) is notified.
   */
  public void returnMatter(long unitId, String reason, String byUser, String officer) {
    UnitRow unit = openRow(unitId);
    Violations violations = new Violations();
    String text = violations.text("reason", reason, MAX_REASON);
    violations.throwIfAny();
    Instant now = StewardClock.now();
    jdbc.sql("""
        update handling_unit set state = :state, return_reason = :reason, finished_at = :now, finished_by = :by,
               light = :light
        where id = :id""")
        .param("state", UnitState.RETURNED.name()).param("reason", text).param("now", Timestamp.from(now))
        .param("by", actor(byUser)).param("light", deadline(unit.dueDate()).lightAt(now).name()).param("id", unitId).update();
    events.publishEvent(new UnitFinished(unitId, unit.caseNumber(), actor(byUser), "单位已退单，督办随之结束"));
    String message = Texts.shorten("诉求 " + unit.caseNumber() + " 被" + departmentName(unit) + "退单，理由：" + text, 500);
    if (officer == null || officer.isBlank()) {
      notifications.notifyGroup(StewardGroups.OFFICERS, "MATTER_RETURNED", unit.caseNumber(), message);
    } else {
      notifications.notifyUser(officer, "MATTER_RETURNED", unit.caseNumber(), message);
    }
    timeline.record(unit.caseNumber(), "MATTER_RETURNED", actor(byUser), departmentName(unit) + "退单", text);
  }

  /** The unit asks for a later due date (延期申请); the supervisors are told and decide. */
  public void requestExtension(long unitId, LocalDate requestedDueDate, String reason, String byUser) {
    UnitRow unit = openRow(unitId);
    if (unit.state() == UnitState.EXTENSION_REQUESTED) {
      throw new InvalidInput("requestedDueDate", "handling.extension.pending");
    }
    Violations violations = new Violations();
    checkRequestedDueDate(violations, unit, requestedDueDate == null ? null : requestedDueDate.toString());
    String text = violations.text("reason", reason, MAX_REASON);
    violations.throwIfAny();
    jdbc.sql("""
        insert into handling_extension (unit_id, requested_due_date, reason, requested_by, requested_at, previous_due_date)
        values (:unitId, :requested, :reason, :by, :now, :previous)""")
        .param("unitId", unitId).param("requested", requestedDueDate).param("reason", text).param("by", actor(byUser))
        .param("now", Timestamp.from(StewardClock.now())).param("previous", unit.dueDate()).update();
    setState(unitId, UnitState.EXTENSION_REQUESTED);
    notifications.notifyGroup(StewardGroups.SUPERVISORS, "EXTENSION_REQUESTED", unit.caseNumber(),
        departmentName(unit) + "申请将诉求 " + unit.caseNumber() + " 的办理时限由 " + unit.dueDate() + " 延至 "
            + requestedDueDate + "，请审批。");
    timeline.record(unit.caseNumber(), "EXTENSION_REQUESTED", actor(byUser),
        departmentName(unit) + "申请延期至 " + requestedDueDate, text);
  }

  /** Checks a supervisor's decision on an extension: {@code decision} APPROVED or REJECTED, note at most 2,000. */
  public void checkExtensionDecision(String decision, String note) {
    Violations violations = new Violations();
    if (!"APPROVED".equals(decision) && !"REJECTED".equals(decision)) {
      violations.add("extensionDecision", "handling.extension.decision");
    }
    violations.optionalText("decisionNote", note, MAX_REASON);
    violations.throwIfAny();
  }

  /**
   * The supervisor decides the pending extension: approved moves the unit's due date (the old one stays in the
   * extension's history), rejected keeps it; the unit goes back to handling either way.
   *
   * @throws NoPendingExtension when no request waits for a decision
   */
  public void decideExtension(long unitId, boolean approved, String byUser, String note) {
    UnitRow unit = openRow(unitId);
    Violations violations = new Violations();
    String cleanNote = violations.optionalText("decisionNote", note, MAX_REASON);
    violations.throwIfAny();
    Long extensionId = jdbc.sql("""
        select id from handling_extension where unit_id = :unitId and approved is null order by requested_at desc, id desc
        """).param("unitId", unitId).query(Long.class).list().stream().findFirst().orElse(null);
    if (unit.state() != UnitState.EXTENSION_REQUESTED || extensionId == null) {
      throw new NoPendingExtension(unitId);
    }
    LocalDate requested = jdbc.sql("select requested_due_date from handling_extension where id = :id")
        .param("id", extensionId).query(LocalDate.class).single();
    jdbc.sql("""
        update handling_extension set approved = :approved, decided_by = :by, decided_at = :now, decision_note = :note
        where id = :id""")
        .param("approved", approved).param("by", actor(byUser)).param("now", Timestamp.from(StewardClock.now()))
        .param("note", cleanNote).param("id", extensionId).update();
    if (approved) {
      jdbc.sql("update handling_unit set state = :state, due_date = :due, light = :light where id = :id")
          .param("state", UnitState.SIGNED.name()).param("due", requested)
          .param("light", deadline(requested).lightAt(StewardClock.now()).name()).param("id", unitId).update();
    } else {
      setState(unitId, UnitState.SIGNED);
    }
    String text = approved
        ? "同意" + departmentName(unit) + "延期，办理时限由 " + unit.dueDate() + " 延至 " + requested
        : "不同意" + departmentName(unit) + "延期，办理时限仍为 " + unit.dueDate();
    notifications.notifyGroup(StewardGroups.department(unit.departmentCode()), "EXTENSION_DECIDED", unit.caseNumber(),
        "诉求 " + unit.caseNumber() + "：" + text + "。");
    timeline.record(unit.caseNumber(), approved ? "EXTENSION_APPROVED" : "EXTENSION_REJECTED", actor(byUser), text,
        cleanNote);
  }

  /** A department's unit as a deadline subject ({@code unit}), found by its instance. */
  @Bean
  DeadlineSubject unitSubject(UnitInstances units) {
    return new DeadlineSubject("unit", false,
        execution -> Long.toString(units.of(execution.getProcessInstanceId())),
        id -> deadlineState(Long.parseLong(id)), (id, light) -> storeLight(Long.parseLong(id), light));
  }

  /**
   * A unit's light changed: yellow tells the department; red opens a supervision item (UNIT_OVERDUE, unless one is
   * open) and tells the department and the supervisors.
   */
  @EventListener(condition = "#event.concerns('unit')")
  void on(LightChanged event) {
    HandlingUnit unit = unit(Long.parseLong(event.subjectId()));
    String department = StewardGroups.department(unit.departmentCode());
    if (event.to() == Light.YELLOW) {
      notifications.notifyGroup(department, "UNIT_YELLOW", unit.caseNumber(),
          "黄灯预警：诉求 " + unit.caseNumber() + " 的办理时限 " + unit.dueDate() + " 将至，请抓紧办理。");
      timeline.record(unit.caseNumber(), "UNIT_YELLOW", Timeline.SYSTEM,
          unit.departmentName() + "办理时限将至（" + unit.dueDate() + "），亮黄灯", null);
      return;
    }
    String text = "红灯督办：诉求 " + unit.caseNumber() + " 已超过" + unit.departmentName() + "的办理时限 " + unit.dueDate()
        + "，请立即办理。";
    notifications.notifyGroup(department, "UNIT_RED", unit.caseNumber(), text);
    notifications.notifyGroup(StewardGroups.SUPERVISORS, "UNIT_RED", unit.caseNumber(), text);
    timeline.record(unit.caseNumber(), "UNIT_RED", Timeline.SYSTEM,
        unit.departmentName() + "超过办理时限（" + unit.dueDate() + "），亮红灯并督办", null);
  }

  /** The unit as its timers see it: its case, the light they last signalled, whether open, its deadline. */
  @Transactional(readOnly = true)
  DeadlineSubject.State deadlineState(long unitId) {
    UnitRow unit = row(unitId);
    return new DeadlineSubject.State(unit.caseNumber(), unit.light(), unit.state().isOpen(), deadline(unit.dueDate()));
  }

  /** Stores the light a timer signalled ({@link #unitSubject}). */
  void storeLight(long unitId, Light light) {
    jdbc.sql("update handling_unit set light = :light where id = :id").param("light", light.name())
        .param("id", unitId).update();
  }

  /** Checks the supervisor's note of a 督办 task: required, at most 2,000 characters. */
  public void checkSupervisionNote(String note) {
    Violations violations = new Violations();
    violations.text("supervisionNote", note, MAX_REASON);
    violations.throwIfAny();
  }

  /** The supervisor completed the 督办 task: the unit's open supervision items close with the note. */
  public void closeSupervision(long unitId, String byUser, String note) {
    UnitRow unit = row(unitId);
    Violations violations = new Violations();
    String text = violations.text("supervisionNote", note, MAX_REASON);
    violations.throwIfAny();
    events.publishEvent(new UnitSupervised(unitId, unit.caseNumber(), actor(byUser), text));
    timeline.record(unit.caseNumber(), "UNIT_SUPERVISED", actor(byUser), "督办" + departmentName(unit), text);
  }

  /**
   * The case goes to the joint-meeting office (联席会议办公室): every open unit of the case is withdrawn, rated SLOW if
   * it was overdue, and its open supervision items close. Answers the withdrawn units as they were before.
   */
  public List<HandlingUnit> withdrawOpenUnits(String caseNumber, String byUser) {
    List<HandlingUnit> open = unitsOf(caseNumber).stream().filter(u -> u.state().isOpen()).toList();
    Instant now = StewardClock.now();
    for (HandlingUnit unit : open) {
      jdbc.sql("""
              update handling_unit set state = :state, rating = :rating, finished_at = :now, finished_by = :by
              where id = :id""")
          .param("state", UnitState.WITHDRAWN.name())
          .param("rating", unit.light() == Light.RED ? Rating.SLOW.name() : null)
          .param("now", Timestamp.from(now)).param("by", actor(byUser)).param("id", unit.id()).update();
    }
    open.forEach(unit -> events.publishEvent(new UnitFinished(unit.id(), caseNumber, actor(byUser),
        "事项已提交联席会议办公室，督办随之结束")));
    if (!open.isEmpty()) {
      timeline.record(caseNumber, "UNITS_WITHDRAWN", actor(byUser), "撤回未办结的部门办理",
          open.stream().map(u -> u.departmentName() + "（" + u.role().label() + "）").collect(Collectors.joining("、")));
    }
    return open;
  }

  // --- lights and ratings ----------------------------------------------------------------------------------------

  /**
   * A unit's deadline: yellow from the start of the day {@code yellowWorkingDays - 1} working days before the due date,
   * red from the start of the day after it. Opinions, positions and monthly filings keep the same.
   */
  public Deadline deadline(LocalDate dueDate) {
    return deadlines.of(dueDate, properties.yellowWorkingDays() - 1);
  }

  /** When the light turns yellow ({@link #deadline}). */
  public Instant warnAt(LocalDate dueDate) {
    return deadline(dueDate).warnAt();
  }

  /** When the light turns red ({@link #deadline}). */
  public Instant dueAt(LocalDate dueDate) {
    return deadline(dueDate).dueAt();
  }

  /**
   * When a unit that is still red goes to the joint-meeting office: the start of the day after
   * {@code joint-office-after-working-days} working days past the due date.
   */
  public Instant escalateAt(LocalDate dueDate) {
    return dueAt(calendar.addWorkingDays(dueDate, properties.jointOfficeAfterWorkingDays()));
  }

  /**
   * Whether the unit is still open and has been red for the configured working days by its current due date: an
   * approved extension since the red light moves the due date and so the moment it goes to the joint-meeting office.
   */
  @Transactional(readOnly = true)
  public boolean redTooLong(long unitId) {
    UnitRow unit = row(unitId);
    return unit.state().isOpen() && !StewardClock.now().isBefore(escalateAt(unit.dueDate()));
  }

  private Rating ratingOf(UnitRow unit) {
    return switch (unit.state()) {
      case RETURNED -> null;
      case WITHDRAWN -> unit.rating();
      case FEEDBACK_GIVEN -> unit.rating();
      default -> StewardClock.now().isBefore(dueAt(unit.dueDate())) ? Rating.ON_TRACK : Rating.SLOW;
    };
  }

  // --- internals -------------------------------------------------------------------------------------------------

  private Map<String, Department> checkedDepartments(String leadDepartment, List<String> cooperatingDepartments,
      int timeLimitWorkingDays) {
    Violations violations = new Violations();
    Map<String, Department> known = directory.departments().stream()
        .collect(Collectors.toMap(Department::code, Function.identity()));
    Map<String, Department> chosen = new LinkedHashMap<>();
    if (leadDepartment == null || leadDepartment.isBlank()) {
      violations.add("leadDepartment", "NotBlank");
    } else if (!known.containsKey(leadDepartment)) {
      violations.add("leadDepartment", "handling.department.unknown", leadDepartment);
    } else {
      chosen.put(leadDepartment, known.get(leadDepartment));
    }
    List<String> cooperating = cooperatingDepartments == null ? List.of() : cooperatingDepartments;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < cooperating.size(); i++) {
      String code = cooperating.get(i);
      String field = "cooperatingDepartments[" + i + "]";
      if (code == null || code.isBlank()) {
        violations.add(field, "NotBlank");
      } else if (!known.containsKey(code)) {
        violations.add(field, "handling.department.unknown", code);
      } else if (code.equals(leadDepartment)) {
        violations.add(field, "handling.department.lead-also-cooperating", code);
      } else if (!seen.add(code)) {
        violations.add(field, "handling.department.duplicate", code);
      } else {
        chosen.put(code, known.get(code));
      }
    }
    if (timeLimitWorkingDays < MIN_TIME_LIMIT || timeLimitWorkingDays > MAX_TIME_LIMIT) {
      violations.add("timeLimit", "handling.time-limit.range", MIN_TIME_LIMIT, MAX_TIME_LIMIT);
    }
    violations.throwIfAny();
    return chosen;
  }

  private static HandlingAction parseAction(Violations violations, String action) {
    if (action == null || action.isBlank()) {
      violations.add("action", "NotBlank");
      return null;
    }
    try {
      return HandlingAction.valueOf(action);
    } catch (IllegalArgumentException e) {
      violations.add("action", "handling.action.unknown");
      return null;
    }
  }

  private void checkRequestedDueDate(Violations violations, UnitRow unit, String requestedDueDate) {
    if (requestedDueDate == null || requestedDueDate.isBlank()) {
      violations.add("requestedDueDate", "NotBlank");
      return;
    }
    LocalDate requested;
    try {
      requested = LocalDate.parse(requestedDueDate.strip());
    } catch (DateTimeParseException e) {
      violations.add("requestedDueDate", "typeMismatch");
      return;
    }
    if (!requested.isAfter(unit.dueDate())) {
      violations.add("requestedDueDate", "handling.extension.not-later", unit.dueDate().toString());
    } else if (calendar.workingDaysBetween(unit.dueDate(), requested) > MAX_TIME_LIMIT) {
      violations.add("requestedDueDate", "handling.extension.too-far", MAX_TIME_LIMIT);
    } else if (!calendar.isWorkingDay(requested)) {
      violations.add("requestedDueDate", "handling.extension.not-working-day");
    }
  }

  private void setState(long unitId, UnitState state) {
    jdbc.sql("update handling_unit set state = :state where id = :id").param("state", state.name())
        .param("id", unitId).update();
  }

  private UnitRow row(long unitId) {
    return jdbc.sql(UNIT_SELECT + " where id = :id").param("id", unitId).query(HandlingManagement::unitRow).optional()
        .orElseThrow(() -> new NotFound("handling-unit", unitId));
  }

  private UnitRow openRow(long unitId) {
    UnitRow unit = row(unitId);
    if (!unit.state().isOpen()) {
      throw new UnitNotOpen(unitId, unit.state());
    }
    return unit;
  }

  private String departmentName(UnitRow unit) {
    return directory.department(unit.departmentCode()).map(Department::name).orElse(unit.departmentCode());
  }

  private List<HandlingUnit> toUnits(List<UnitRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, String> names = directory.departments().stream()
        .collect(Collectors.toMap(Department::code, Department::name));
    Map<Long, List<Extension>> extensions = new LinkedHashMap<>();
    jdbc.sql("""
        select unit_id, requested_due_date, reason, requested_by, requested_at, approved, decided_by, decided_at,
               previous_due_date
        from handling_extension where unit_id in (:ids) order by requested_at, id""")
        .param("ids", rows.stream().map(UnitRow::id).toList())
        .query((rs, n) -> {
          boolean approved = rs.getBoolean("approved");
          Boolean decision = rs.wasNull() ? null : approved;
          extensions.computeIfAbsent(rs.getLong("unit_id"), k -> new ArrayList<>()).add(new Extension(
              rs.getObject("requested_due_date", LocalDate.class), rs.getString("reason"), rs.getString("requested_by"),
              instant(rs, "requested_at"), decision, rs.getString("decided_by"), instant(rs, "decided_at"),
              rs.getObject("previous_due_date", LocalDate.class)));
          return null;
        }).list();
    Instant now = StewardClock.now();
    return rows.stream().map(row -> new HandlingUnit(row.id(), row.caseNumber(), row.round(), row.departmentCode(),
        names.getOrDefault(row.departmentCode(), row.departmentCode()), row.role(), row.dueDate(), row.state(),
        deadline(row.dueDate()).lightAt(row.state().isOpen() ? now : row.finishedAt()), ratingOf(row), row.feedback(),
        row.returnReason(), row.signedAt(), row.finishedAt(), List.copyOf(extensions.getOrDefault(row.id(), List.of()))))
        .toList();
  }

  private static String actor(String byUser) {
    return byUser == null || byUser.isBlank() ? Timeline.SYSTEM : byUser;
  }

  private static String shorten(String text) {
    return Texts.shorten(text, 200);
  }

  private static UnitRow unitRow(ResultSet rs, int n) throws SQLException {
    String rating = rs.getString("rating");
    return new UnitRow(rs.getLong("id"), rs.getString("case_number"), rs.getInt("round"),
        rs.getString("department_code"), UnitRole.valueOf(rs.getString("role")),
        rs.getObject("due_date", LocalDate.class), UnitState.valueOf(rs.getString("state")),
        Light.valueOf(rs.getString("light")), rating == null ? null : Rating.valueOf(rating), rs.getString("feedback"),
        rs.getString("return_reason"), instant(rs, "signed_at"), instant(rs, "finished_at"));
  }

  /** A row of handling_unit as stored. */
  private record UnitRow(long id, String caseNumber, int round, String departmentCode, UnitRole role,
      LocalDate dueDate, UnitState state, Light light, Rating rating, String feedback, String returnReason,
      Instant signedAt, Instant finishedAt) {
  }
}
