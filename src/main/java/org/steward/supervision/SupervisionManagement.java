package org.steward.supervision;

import static org.steward.shared.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.access.CaseAccess;
import org.steward.access.CaseReader;
import org.steward.directory.Department;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.shared.Cases;
import org.steward.shared.CaseSummary;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.supervision.process.CaseTasks;
import org.steward.supervision.process.CaseTasks.HeldTask;
import org.steward.timeline.Timeline;
import org.steward.workflow.SystemContext;

/**
 * Supervision's API: opens and closes supervision items (the 督办 tasks in Tasklist are the process side of the same
 * items), and urges (催办) whoever holds a case's open tasks. Supervision orders (督办单) are {@link SupervisionOrders}.
 */
@Service
@Transactional
public class SupervisionManagement {

  /** The longest urge message. */
  public static final int MAX_URGE_MESSAGE = 500;
  static final int MAX_TASK_ID = 64;
  /** The same holder of a case is urged at most once in this interval; repeats within it are skipped. */
  public static final Duration URGE_INTERVAL = Duration.ofHours(1);

  static final String USER = "USER";
  static final String GROUP = "GROUP";

  private static final Logger log = LoggerFactory.getLogger(SupervisionManagement.class);

  private static final String SELECT = """
      select id, case_number, unit_id, reason, target, opened_at, closed_at, closed_by, note from supervision_item
      """;
  private static final String URGE_SELECT = """
      select id, case_number, task_id, target_kind, target, urged_by, urged_at, message from urge
      """;

  private final JdbcClient jdbc;
  private final Cases cases;
  private final CaseAccess access;
  private final DirectoryManagement directory;
  private final Timeline timeline;
  private final Notifications notifications;
  private final SystemContext system;
  private final CaseTasks caseTasks;

  SupervisionManagement(JdbcClient jdbc, Cases cases, DirectoryManagement directory, Timeline timeline,
      Notifications notifications, SystemContext system, CaseTasks caseTasks, CaseAccess access) {
    this.jdbc = jdbc;
    this.access = access;
    this.cases = cases;
    this.directory = directory;
    this.timeline = timeline;
    this.notifications = notifications;
    this.system = system;
    this.caseTasks = caseTasks;
  }

  // --- urges (催办) ---------------------------------------------------------------------------------------------------

  /**
   * Urges the holders of the case's open tasks (all of them, or the one {@code taskId}): each task's assignee, or,
   * unassigned, its candidate groups (and candidate users), but never the caller. One {@code urge} row and one
   * notification per holder, one timeline entry per call. A holder urged on this case within {@link #URGE_INTERVAL} is
   * skipped.
   *
   * @throws NotFound ({@code case}) for an unknown case; {@link UrgeForbidden} unless {@code callerGroups} holds
   *     supervisors, the joint-meeting office or administrators, or {@code byUser} is the case's officer;
   *     {@code InvalidInput} naming {@code message} or {@code taskId}; {@link NothingToUrge} for a closed case or one
   *     without open tasks; {@link UrgedTooOften} when every holder was urged within the interval
   */
  public List<Urge> urge(String caseNumber, String taskId, String message, String byUser, Set<String> callerGroups) {
    CaseSummary summary = knownCase(caseNumber);
    checkMayUrge(summary, byUser, callerGroups);
    Violations violations = new Violations();
    String text = violations.text("message", message, MAX_URGE_MESSAGE);
    String cleanTaskId = violations.optionalLine("taskId", taskId, MAX_TASK_ID);
    List<HeldTask> open = summary.open() ? system.call(() -> caseTasks.open(caseNumber)) : List.of();
    if (cleanTaskId != null && summary.open()) {
      open = open.stream().filter(task -> task.id().equals(cleanTaskId)).toList();
      if (open.isEmpty()) {
        violations.add("taskId", "supervision.urge.task-unknown", cleanTaskId);
      }
    }
    violations.throwIfAny();

    Map<Target, HeldTask> held = new LinkedHashMap<>();
    Target caller = new Target(USER, byUser);
    open.forEach(task -> holders(task).stream().filter(target -> !target.equals(caller))
        .forEach(target -> held.putIfAbsent(target, task)));
    if (held.isEmpty()) {
      throw new NothingToUrge(caseNumber);
    }
    Instant now = StewardClock.now();
    Set<Target> recent = recentlyUrged(caseNumber, now.minus(URGE_INTERVAL));
    List<Target> targets = held.keySet().stream().filter(target -> !recent.contains(target)).toList();
    if (targets.isEmpty()) {
      throw new UrgedTooOften(caseNumber, names(held.keySet()), URGE_INTERVAL.toMinutes());
    }
    List<Long> ids = new ArrayList<>();
    for (Target target : targets) {
      HeldTask task = held.get(target);
      KeyHolder key = new GeneratedKeyHolder();
      jdbc.sql("""
          insert into urge (case_number, task_id, target_kind, target, urged_by, urged_at, message)
          values (:caseNumber, :taskId, :targetKind, :target, :by, :now, :message)""")
          .param("caseNumber", caseNumber).param("taskId", task.id()).param("targetKind", target.kind())
          .param("target", target.id()).param("by", byUser).param("now", Timestamp.from(now))
          .param("message", text).update(key, "id");
      ids.add(key.getKeyAs(Number.class).longValue());
      String notice = Texts.shorten("催办：案件 " + caseNumber + " 的“" + task.name() + "”请尽快办理。" + text, 500);
      if (USER.equals(target.kind())) {
        notifications.notifyUser(target.id(), "URGE", caseNumber, notice);
      } else {
        notifications.notifyGroup(target.id(), "URGE", caseNumber, notice);
      }
    }
    String comment = directory.userName(byUser) + "催办：" + text;
    system.run(() -> targets.stream().map(held::get).map(HeldTask::id).distinct()
        .forEach(id -> caseTasks.markUrged(id, comment)));
    String tasks = targets.stream().map(held::get).map(HeldTask::name).distinct().collect(Collectors.joining("、"));
    timeline.record(caseNumber, "URGED", byUser, Texts.shorten("催办" + names(targets) + "（" + tasks + "）", 200), text);
    log.info("Case {} urged by {}: {} holder(s)", caseNumber, byUser, targets.size());
    return urgesOf(caseNumber).urges().stream().filter(urge -> ids.contains(urge.id())).toList();
  }

  /**
   * The urges of a case for a reader of its case scope ({@link CaseAccess}); {@link NotFound} ({@code case}) for an
   * unknown case and for anyone else.
   */
  @Transactional(readOnly = true)
  public CaseUrges urgesOf(String caseNumber, String byUser, Set<String> callerGroups) {
    knownCase(caseNumber);
    access.checkRead(caseNumber, new CaseReader(byUser, callerGroups));
    return urgesOf(caseNumber);
  }

  /** The urges of a case, oldest first, with their count; {@link NotFound} ({@code case}) for an unknown case. */
  @Transactional(readOnly = true)
  public CaseUrges urgesOf(String caseNumber) {
    knownCase(caseNumber);
    List<Urge> urges = jdbc.sql(URGE_SELECT + " where case_number = :caseNumber order by urged_at, id")
        .param("caseNumber", caseNumber)
        .query((rs, n) -> new Urge(rs.getLong("id"), rs.getString("case_number"), rs.getString("task_id"),
            rs.getString("target_kind"), rs.getString("target"), rs.getString("urged_by"), instant(rs, "urged_at"),
            rs.getString("message")))
        .list();
    return new CaseUrges(caseNumber, urges.size(), urges);
  }

  private record Target(String kind, String id) {
  }

  private static void checkMayUrge(CaseSummary summary, String byUser, Set<String> callerGroups) {
    boolean staff = callerGroups.contains(StewardGroups.SUPERVISORS) || callerGroups.contains(StewardGroups.ADMIN)
        || callerGroups.contains(StewardGroups.JOINT_OFFICE);
    if (!staff && (byUser == null || !byUser.equals(summary.officer()))) {
      throw new UrgeForbidden();
    }
  }

  private CaseSummary knownCase(String caseNumber) {
    return cases.find(caseNumber).orElseThrow(() -> new NotFound("case", caseNumber));
  }

  private static List<Target> holders(HeldTask task) {
    if (task.assignee() != null) {
      return List.of(new Target(USER, task.assignee()));
    }
    List<Target> targets = new ArrayList<>();
    task.candidateGroups().forEach(group -> targets.add(new Target(GROUP, group)));
    task.candidateUsers().forEach(user -> targets.add(new Target(USER, user)));
    return targets;
  }

  private Set<Target> recentlyUrged(String caseNumber, Instant since) {
    return new HashSet<>(jdbc.sql("select target_kind, target from urge"
            + " where case_number = :caseNumber and urged_at > :since")
        .param("caseNumber", caseNumber).param("since", Timestamp.from(since))
        .query((rs, n) -> new Target(rs.getString("target_kind"), rs.getString("target"))).list());
  }

  private String names(java.util.Collection<Target> targets) {
    return targets.stream().map(this::name).collect(Collectors.joining("、"));
  }

  private String name(Target target) {
    if (USER.equals(target.kind())) {
      return directory.officer(target.id()).map(officer -> officer.name()).orElse(target.id());
    }
    if (target.id().startsWith(StewardGroups.DEPARTMENT_PREFIX)) {
      String code = target.id().substring(StewardGroups.DEPARTMENT_PREFIX.length());
      return directory.department(code).map(Department::name).orElse(target.id());
    }
    return target.id();
  }

  // --- supervision items (督办) ----------------------------------------------------------------------------------------

  /** Puts a matter under supervision; {@code target} is who is chased (officer id or department code). */
  public long open(String caseNumber, Long unitId, SupervisionReason reason, String target) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into supervision_item (case_number, unit_id, reason, target, opened_at)
            values (:caseNumber, :unitId, :reason, :target, :openedAt)
            """)
        .param("caseNumber", caseNumber)
        .param("unitId", unitId)
        .param("reason", reason.name())
        .param("target", target)
        .param("openedAt", Timestamp.from(StewardClock.now()))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  /** Closes an open item with the supervisor's note; closing a closed item changes nothing. */
  public void close(long id, String by, String note) {
    item(id);
    jdbc.sql("update supervision_item set closed_at = :now, closed_by = :by, note = :note"
            + " where id = :id and closed_at is null")
        .param("now", Timestamp.from(StewardClock.now()))
        .param("by", by)
        .param("note", note)
        .param("id", id)
        .update();
  }

  @Transactional(readOnly = true)
  public SupervisionItem item(long id) {
    return jdbc.sql(SELECT + " where id = :id").param("id", id).query(SupervisionManagement::map).optional()
        .orElseThrow(() -> new NotFound("supervision-item", id));
  }

  /** The items of a case, oldest first. */
  @Transactional(readOnly = true)
  public List<SupervisionItem> ofCase(String caseNumber) {
    return jdbc.sql(SELECT + " where case_number = :caseNumber order by opened_at, id")
        .param("caseNumber", caseNumber).query(SupervisionManagement::map).list();
  }

  private static SupervisionItem map(ResultSet rs, int row) throws SQLException {
    Timestamp closed = rs.getTimestamp("closed_at");
    long unit = rs.getLong("unit_id");
    return new SupervisionItem(rs.getLong("id"), rs.getString("case_number"), rs.wasNull() ? null : unit,
        SupervisionReason.valueOf(rs.getString("reason")), rs.getString("target"),
        rs.getTimestamp("opened_at").toInstant(), closed == null ? null : closed.toInstant(),
        rs.getString("closed_by"), rs.getString("note"));
  }
}
