package org.steward.supervision;

import static org.steward.shared.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.access.CaseAccess;
import org.steward.access.CaseReader;
import org.steward.access.CaseScope;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.deadline.Deadline;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Deadlines;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.directory.Department;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Officer;
import org.steward.directory.StewardGroups;
import org.steward.handling.HandlingManagement;
import org.steward.handling.HandlingUnit;
import org.steward.notification.Notifications;
import org.steward.shared.CaseLookup;
import org.steward.shared.CaseSummary;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.StewardException;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.supervision.process.SupervisionOrderInstances;
import org.steward.supervision.process.SupervisionOrderProcess;
import org.steward.timeline.Timeline;
import org.steward.workflow.SystemContext;

/**
 * Supervision orders (督办单): a supervisor orders a department or the case's officer to act on a case by a working-day
 * deadline; the target signs for it and reports back, the issuer accepts the answer (closed) or sends it back. Every
 * step is recorded on {@code supervision_order}, the case timeline and notifications, in the caller's transaction
 * (usually the engine command of the {@code supervision-order} step that calls it). A refused call changes nothing.
 */
@Service
@Transactional
public class SupervisionOrders {

  /** The shortest and the longest time limit of an order, in working days. */
  public static final int MIN_TIME_LIMIT = 1;
  public static final int MAX_TIME_LIMIT = 30;
  public static final int MAX_REQUIREMENT = 2000;
  public static final int MAX_ANSWER = Violations.MAX_VARIABLE_TEXT;
  public static final int MAX_REVIEW_NOTE = 2000;

  static final String DEPARTMENT = "DEPARTMENT";
  static final String OFFICER = "OFFICER";

  private static final Logger log = LoggerFactory.getLogger(SupervisionOrders.class);

  private static final String SELECT = """
      select id, case_number, unit_id, target_kind, target, requirement, time_limit, issued_by, issued_at, due_date,
             state, light, signed_by, signed_at, answer, answered_by, answered_at, answer_count, review_note,
             reviewed_by, reviewed_at, closed_at
      from supervision_order
      """;

  private final JdbcClient jdbc;
  private final List<CaseLookup> cases;
  private final CaseAccess access;
  private final DirectoryManagement directory;
  private final WorkingDayCalendar calendar;
  private final Deadlines deadlines;
  private final Timeline timeline;
  private final Notifications notifications;
  private final SystemContext system;
  private final SupervisionOrderInstances instances;
  private final HandlingManagement handling;

  SupervisionOrders(JdbcClient jdbc, List<CaseLookup> cases, DirectoryManagement directory,
      WorkingDayCalendar calendar, Deadlines deadlines, Timeline timeline, Notifications notifications,
      SystemContext system, SupervisionOrderInstances instances, CaseAccess access, HandlingManagement handling) {
    this.jdbc = jdbc;
    this.access = access;
    this.cases = cases;
    this.directory = directory;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.timeline = timeline;
    this.notifications = notifications;
    this.system = system;
    this.instances = instances;
    this.handling = handling;
  }

  // --- issue -------------------------------------------------------------------------------------------------------

  /**
   * Issues a supervision order and starts its {@code supervision-order} process (business key = case number). The
   * target is the handling unit's department when {@code unitId} is given (it must be an open unit of the case), else
   * {@code department}, else the case's officer. Who may issue is checked by the caller (supervisors, the joint-meeting
   * office, administrators).
   *
   * @throws InvalidInput naming {@code caseNumber}, {@code unitId}, {@code department}, {@code requirement} or
   *     {@code timeLimit}; {@code case-closed} (409) for a closed case
   */
  public SupervisionOrder issue(NewSupervisionOrder order, String byUser) {
    Violations violations = new Violations();
    CaseSummary summary = null;
    if (order.caseNumber() == null || order.caseNumber().isBlank()) {
      violations.add("caseNumber", "NotBlank");
    } else {
      summary = find(order.caseNumber().strip()).orElse(null);
      if (summary == null) {
        violations.add("caseNumber", "supervision.case.unknown", order.caseNumber().strip());
      }
    }
    String targetKind = null;
    String target = null;
    if (order.unitId() != null) {
      if (order.department() != null && !order.department().isBlank()) {
        violations.add("department", "supervision.order.unit-and-department");
      }
      Optional<String> unitDepartment = summary == null ? Optional.empty()
          : openUnitDepartment(order.unitId(), summary.caseNumber());
      if (summary != null && unitDepartment.isEmpty()) {
        violations.add("unitId", "supervision.order.unit-unknown", order.unitId());
      }
      targetKind = DEPARTMENT;
      target = unitDepartment.orElse(null);
    } else if (order.department() != null && !order.department().isBlank()) {
      target = order.department().strip();
      targetKind = DEPARTMENT;
      if (directory.department(target).isEmpty()) {
        violations.add("department", "supervision.department.unknown", target);
      }
    } else if (summary != null) {
      targetKind = OFFICER;
      target = summary.officer();
      if (target == null) {
        violations.add("department", "supervision.order.no-officer");
      }
    }
    String requirement = violations.text("requirement", order.requirement(), MAX_REQUIREMENT);
    int timeLimit = order.timeLimit() == null ? 0 : order.timeLimit();
    if (timeLimit < MIN_TIME_LIMIT || timeLimit > MAX_TIME_LIMIT) {
      violations.add("timeLimit", "supervision.time-limit.range", MIN_TIME_LIMIT, MAX_TIME_LIMIT);
    }
    violations.throwIfAny();
    if (!summary.open()) {
      throw new StewardException(HttpStatus.CONFLICT, "case-closed", summary.caseNumber());
    }

    String caseNumber = summary.caseNumber();
    LocalDate dueDate = calendar.addWorkingDays(StewardClock.today(), timeLimit);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into supervision_order (case_number, unit_id, target_kind, target, requirement, time_limit, issued_by,
                                       issued_at, due_date, state, light)
        values (:caseNumber, :unitId, :targetKind, :target, :requirement, :timeLimit, :by, :now, :dueDate, :state,
                :light)""")
        .param("caseNumber", caseNumber).param("unitId", order.unitId()).param("targetKind", targetKind)
        .param("target", target).param("requirement", requirement).param("timeLimit", timeLimit)
        .param("by", byUser).param("now", Timestamp.from(StewardClock.now())).param("dueDate", dueDate)
        .param("state", SupervisionOrderState.ISSUED.name()).param("light", Light.GREEN.name())
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    String name = targetName(targetKind, target);
    timeline.record(caseNumber, "SUPERVISION_ORDER_ISSUED", byUser,
        Texts.shorten("向" + name + "下达督办单，" + dueDate + "前反馈", 200),
        "督办要求：" + requirement + "\n时限 " + timeLimit + " 个工作日，至 " + dueDate + "（含）");
    notifyTarget(targetKind, target, "SUPERVISION_ORDER_ISSUED", caseNumber, "督办单：案件 " + caseNumber
        + " 已向贵方下达督办单，请签收并于 " + dueDate + " 前反馈：" + requirement);
    String enterpriseName = summary.enterpriseName();
    system.run(() -> instances.start(id, caseNumber, enterpriseName));
    log.info("Supervision order {} on case {} issued by {} to {} {} due {}", id, caseNumber, byUser, targetKind,
        target, dueDate);
    return order(id);
  }

  // --- read --------------------------------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public SupervisionOrder order(long id) {
    return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::map).optional()
        .orElseThrow(() -> new NotFound("supervision-order", id));
  }

  /**
   * An order of a case the reader reads ({@link CaseAccess}); {@link NotFound} for anyone else, 403 for enterprises.
   */
  @Transactional(readOnly = true)
  public SupervisionOrder order(long id, CaseReader reader) {
    SupervisionOrder order = order(id);
    if (!reader.isStaff()) {
      throw new SupervisionOrderForbidden();
    }
    if (!access.mayRead(order.caseNumber(), reader)) {
      throw new NotFound("supervision-order", id);
    }
    return order;
  }

  /**
   * The orders of the cases the reader reads ({@link CaseAccess}) in that state and light (null: any), newest first.
   * 400 naming {@code state} or {@code light}, 403 for enterprises.
   */
  @Transactional(readOnly = true)
  public List<SupervisionOrder> orders(String state, String light, CaseReader reader) {
    if (!reader.isStaff()) {
      throw new SupervisionOrderForbidden();
    }
    Violations violations = new Violations();
    if (state != null && Arrays.stream(SupervisionOrderState.values()).noneMatch(s -> s.name().equals(state))) {
      violations.add("state", "supervision.order.state.unknown");
    }
    if (light != null && Arrays.stream(Light.values()).noneMatch(l -> l.name().equals(light))) {
      violations.add("light", "supervision.order.light.unknown");
    }
    violations.throwIfAny();
    List<String> conditions = new ArrayList<>();
    CaseScope scope = access.scope(reader);
    if (!scope.all()) {
      conditions.add(scope.sql("case_number"));
    }
    if (state != null) {
      conditions.add("state = :state");
    }
    if (light != null) {
      conditions.add("light = :light");
    }
    var query = jdbc.sql(SELECT + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
        + " order by issued_at desc, id desc").params(scope.params());
    if (state != null) {
      query = query.param("state", state);
    }
    if (light != null) {
      query = query.param("light", light);
    }
    return query.query(this::map).list();
  }

  // --- the target's and the issuer's steps over REST (the same tasks as in Tasklist) --------------------------------

  /**
   * The caller signs for the order by completing its 签收督办单 task; the caller must be in the target department's
   * queue or be the target officer ({@link SupervisionOrderForbidden}); 409 unless the order waits to be signed.
   */
  public SupervisionOrder signFor(long id, String byUser, Set<String> callerGroups) {
    SupervisionOrder order = order(id);
    checkTarget(order, byUser, callerGroups);
    completeTask(order, SupervisionOrderState.ISSUED, SupervisionOrderProcess.SIGN_FOR_ORDER, byUser, Map.of());
    return order(id);
  }

  /** The caller reports back (反馈督办情况) as {@link #signFor} signs; 400 naming {@code answer}. */
  public SupervisionOrder reportBack(long id, String answer, String byUser, Set<String> callerGroups) {
    SupervisionOrder order = order(id);
    checkTarget(order, byUser, callerGroups);
    checkAnswer(answer);
    completeTask(order, SupervisionOrderState.SIGNED, SupervisionOrderProcess.REPORT_BACK, byUser,
        Map.of(SupervisionOrderProcess.ANSWER, answer));
    return order(id);
  }

  /** The issuer reviews the answer (审核督办反馈); only the issuer; 400 naming {@code reviewResult}/{@code reviewNote}. */
  public SupervisionOrder reviewAnswer(long id, String result, String note, String byUser) {
    SupervisionOrder order = order(id);
    if (byUser == null || !byUser.equals(order.issuedBy())) {
      throw new SupervisionOrderForbidden();
    }
    checkReview(result, note);
    Map<String, Object> variables = new HashMap<>();
    variables.put(SupervisionOrderProcess.REVIEW_RESULT, result);
    variables.put(SupervisionOrderProcess.REVIEW_NOTE, note);
    completeTask(order, SupervisionOrderState.ANSWERED, SupervisionOrderProcess.REVIEW_ANSWER, byUser, variables);
    return order(id);
  }

  private void checkTarget(SupervisionOrder order, String byUser, Set<String> callerGroups) {
    boolean target = DEPARTMENT.equals(order.targetKind())
        ? callerGroups.contains(StewardGroups.department(order.target()))
        : order.target().equals(byUser);
    if (!target) {
      throw new SupervisionOrderForbidden();
    }
  }

  private void completeTask(SupervisionOrder order, SupervisionOrderState expected, String taskKey, String byUser,
      Map<String, Object> variables) {
    if (order.state() != expected || !instances.complete(order.id(), taskKey, byUser, variables)) {
      throw new SupervisionOrderNotOpen(order.id(), order.state());
    }
  }

  // --- steps of the process ----------------------------------------------------------------------------------------

  /** The target signs for the order (签收); signing a signed order again changes nothing. */
  public void sign(long id, String byUser) {
    SupervisionOrder order = order(id);
    if (order.state() != SupervisionOrderState.ISSUED) {
      return;
    }
    jdbc.sql("update supervision_order set state = :state, signed_by = :by, signed_at = :now where id = :id")
        .param("state", SupervisionOrderState.SIGNED.name()).param("by", actor(byUser))
        .param("now", Timestamp.from(StewardClock.now())).param("id", id).update();
    timeline.record(order.caseNumber(), "SUPERVISION_ORDER_SIGNED", actor(byUser), order.targetName() + "已签收督办单",
        null);
  }

  /** Checks an answer before its task completes: required, at most 4,000 characters (a process variable). */
  public void checkAnswer(String answer) {
    Violations violations = new Violations();
    violations.text("answer", answer, MAX_ANSWER);
    violations.throwIfAny();
  }

  /** The target reports back (反馈督办情况); the issuer is told and reviews it. */
  public void answer(long id, String answer, String byUser) {
    SupervisionOrder order = order(id);
    if (order.state() != SupervisionOrderState.SIGNED) {
      throw new SupervisionOrderNotOpen(id, order.state());
    }
    Violations violations = new Violations();
    String text = violations.text("answer", answer, MAX_ANSWER);
    violations.throwIfAny();
    jdbc.sql("""
        update supervision_order set state = :state, answer = :answer, answered_by = :by, answered_at = :now,
                                     answer_count = answer_count + 1
        where id = :id""")
        .param("state", SupervisionOrderState.ANSWERED.name()).param("answer", text).param("by", actor(byUser))
        .param("now", Timestamp.from(StewardClock.now())).param("id", id).update();
    timeline.record(order.caseNumber(), "SUPERVISION_ORDER_ANSWERED", actor(byUser),
        order.targetName() + "反馈督办情况", text);
    notifications.notifyUser(order.issuedBy(), "SUPERVISION_ORDER_ANSWERED", order.caseNumber(),
        Texts.shorten("督办单反馈：案件 " + order.caseNumber() + "，" + order.targetName() + "：" + text, 500));
  }

  /** Checks a review before its task completes: a result ACCEPTED or REJECTED; a note (≤ 2,000) when rejected. */
  public void checkReview(String result, String note) {
    review(new Violations(), result, note);
  }

  /**
   * The issuer reviews the answer (审核督办反馈): accepted closes the order; rejected sends it back to the target with the
   * note, to answer again. Answers whether it was accepted.
   */
  public boolean review(long id, String result, String note, String byUser) {
    SupervisionOrder order = order(id);
    if (order.state() != SupervisionOrderState.ANSWERED) {
      throw new SupervisionOrderNotOpen(id, order.state());
    }
    Review review = review(new Violations(), result, note);
    Instant now = StewardClock.now();
    jdbc.sql("""
        update supervision_order set state = :state, review_note = :note, reviewed_by = :by, reviewed_at = :now,
                                     closed_at = :closedAt
        where id = :id""")
        .param("state", (review.accepted() ? SupervisionOrderState.CLOSED : SupervisionOrderState.SIGNED).name())
        .param("note", review.note()).param("by", actor(byUser)).param("now", Timestamp.from(now))
        .param("closedAt", review.accepted() ? Timestamp.from(now) : null).param("id", id).update();
    if (review.accepted()) {
      timeline.record(order.caseNumber(), "SUPERVISION_ORDER_CLOSED", actor(byUser),
          "督办单反馈已通过审核，督办单办结", review.note());
      notifyTarget(order.targetKind(), order.target(), "SUPERVISION_ORDER_CLOSED", order.caseNumber(),
          "督办单：案件 " + order.caseNumber() + " 的督办反馈已通过审核，督办单办结。");
    } else {
      timeline.record(order.caseNumber(), "SUPERVISION_ORDER_REJECTED", actor(byUser),
          "督办单反馈未通过审核，退回" + order.targetName() + "重新反馈", review.note());
      notifyTarget(order.targetKind(), order.target(), "SUPERVISION_ORDER_REJECTED", order.caseNumber(),
          Texts.shorten("督办单：案件 " + order.caseNumber() + " 的督办反馈未通过审核，请重新反馈：" + review.note(), 500));
    }
    return review.accepted();
  }

  /** A supervision order as a deadline subject ({@code order}) while it awaits its answer. */
  @Bean
  DeadlineSubject orderSubject(OrderInstances instances) {
    return new DeadlineSubject("order", false,
        execution -> Long.toString(instances.of(execution.getProcessInstanceId())),
        id -> deadlineState(Long.parseLong(id)), (id, light) -> setLight(Long.parseLong(id), light));
  }

  @EventListener(condition = "#event.concerns('order')")
  void on(LightChanged event) {
    announce(Long.parseLong(event.subjectId()), event.to());
  }

  /** The order as its timers see it: its case, the light they last signalled, whether it awaits an answer, deadline. */
  @Transactional(readOnly = true)
  DeadlineSubject.State deadlineState(long id) {
    SupervisionOrder order = order(id);
    return new DeadlineSubject.State(order.caseNumber(), order.light(), order.state().awaitsAnswer(),
        deadline(order.dueDate()));
  }

  /** Yellow tells the target; red tells the target and the issuer. */
  void announce(long id, Light light) {
    SupervisionOrder order = order(id);
    if (light == Light.YELLOW) {
      notifyTarget(order.targetKind(), order.target(), "SUPERVISION_ORDER_YELLOW", order.caseNumber(),
          "黄灯预警：案件 " + order.caseNumber() + " 的督办单今日（" + order.dueDate() + "）到期，请尽快反馈。");
      timeline.record(order.caseNumber(), "SUPERVISION_ORDER_YELLOW", Timeline.SYSTEM,
          "督办单反馈时限将至（" + order.dueDate() + "），亮黄灯", null);
      return;
    }
    String text = "红灯：案件 " + order.caseNumber() + " 的督办单已超过反馈时限 " + order.dueDate() + "，"
        + order.targetName() + "尚未反馈。";
    notifyTarget(order.targetKind(), order.target(), "SUPERVISION_ORDER_RED", order.caseNumber(), text);
    notifications.notifyUser(order.issuedBy(), "SUPERVISION_ORDER_RED", order.caseNumber(), text);
    timeline.record(order.caseNumber(), "SUPERVISION_ORDER_RED", Timeline.SYSTEM,
        order.targetName() + "超过督办单反馈时限（" + order.dueDate() + "），亮红灯", null);
  }

  /** An order's deadline: yellow from the start of its due date, red from the start of the day after. */
  public Deadline deadline(LocalDate dueDate) {
    return deadlines.of(dueDate, 0);
  }

  /** When an order turns yellow ({@link #deadline}). */
  public Instant warnAt(LocalDate dueDate) {
    return deadline(dueDate).warnAt();
  }

  /** When an order turns red ({@link #deadline}). */
  public Instant dueAt(LocalDate dueDate) {
    return deadline(dueDate).dueAt();
  }

  // --- internals ---------------------------------------------------------------------------------------------------

  private record Review(boolean accepted, String note) {
  }

  private static Review review(Violations violations, String result, String note) {
    boolean accepted = "ACCEPTED".equals(result);
    if (result == null || result.isBlank()) {
      violations.add("reviewResult", "NotBlank");
    } else if (!accepted && !"REJECTED".equals(result)) {
      violations.add("reviewResult", "supervision.review.unknown");
    }
    String text = accepted || violations.has("reviewResult")
        ? violations.optionalText("reviewNote", note, MAX_REVIEW_NOTE)
        : violations.text("reviewNote", note, MAX_REVIEW_NOTE);
    violations.throwIfAny();
    return new Review(accepted, text);
  }

  private Optional<CaseSummary> find(String caseNumber) {
    return cases.stream().map(lookup -> lookup.find(caseNumber)).flatMap(Optional::stream).findFirst();
  }

  private Optional<String> openUnitDepartment(long unitId, String caseNumber) {
    return handling.unitsOf(caseNumber).stream().filter(unit -> unit.id() == unitId && unit.isOpen())
        .map(HandlingUnit::departmentCode).findFirst();
  }

  private void notifyTarget(String targetKind, String target, String kind, String caseNumber, String text) {
    String shortText = Texts.shorten(text, 500);
    if (DEPARTMENT.equals(targetKind)) {
      notifications.notifyGroup(StewardGroups.department(target), kind, caseNumber, shortText);
    } else {
      notifications.notifyUser(target, kind, caseNumber, shortText);
    }
  }

  /** The issuer's name as people read it (the issuer may not be an officer). */
  public String issuerName(SupervisionOrder order) {
    return system.call(() -> directory.userName(order.issuedBy()));
  }

  private String targetName(String targetKind, String target) {
    return DEPARTMENT.equals(targetKind)
        ? directory.department(target).map(Department::name).orElse(target)
        : directory.officer(target).map(Officer::name).orElse(target);
  }

  /** Stores the light a timer signalled ({@link #orderSubject}). */
  void setLight(long id, Light light) {
    jdbc.sql("update supervision_order set light = :light where id = :id").param("light", light.name())
        .param("id", id).update();
  }

  private static String actor(String byUser) {
    return byUser == null || byUser.isBlank() ? Timeline.SYSTEM : byUser;
  }

  private SupervisionOrder map(ResultSet rs, int row) throws SQLException {
    long unit = rs.getLong("unit_id");
    Long unitId = rs.wasNull() ? null : unit;
    String targetKind = rs.getString("target_kind");
    String target = rs.getString("target");
    return new SupervisionOrder(rs.getLong("id"), rs.getString("case_number"), unitId, targetKind, target,
        targetName(targetKind, target), rs.getString("requirement"), rs.getInt("time_limit"),
        rs.getString("issued_by"), instant(rs, "issued_at"), rs.getObject("due_date", LocalDate.class),
        SupervisionOrderState.valueOf(rs.getString("state")), Light.valueOf(rs.getString("light")),
        rs.getString("signed_by"), instant(rs, "signed_at"), rs.getString("answer"), rs.getString("answered_by"),
        instant(rs, "answered_at"), rs.getInt("answer_count"), rs.getString("review_note"),
        rs.getString("reviewed_by"), instant(rs, "reviewed_at"), instant(rs, "closed_at"));
  }
}
