package org.steward.deputy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.deputy.process.DeputyEngine;
import org.steward.deputy.process.DeputyTasks;
import org.steward.deputy.process.DeputyTasks.OpenTask;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Officer;
import org.steward.directory.StewardGroups;
import org.steward.request.Caller;
import org.steward.shared.NotFound;
import org.steward.shared.StateMoves;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;
import org.steward.workflow.CaseTaskNamesPlugin;

/**
 * Leaves with a deputy (代理): an officer, the officer's supervisor or an administrator sets one; its
 * {@code deputy-leave} instance hands the officer's open tasks to the deputy on its first day and gives back those
 * still open after its last; tasks the officer receives meanwhile go to the deputy as they are assigned.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Leaves {

  static final String TOOK_OVER = "DEPUTY_TOOK_OVER";
  static final String RETURNED = "DEPUTY_RETURNED";
  static final String ACTED = "DEPUTY_ACTED";
  private static final int MAX_USER_ID = 64;
  private static final int MAX_REASON = 200;
  private static final int MAX_TASK_NAME = 200;
  private static final String SELECT = """
      select id, officer_id, deputy_id, starts_on, ends_on, reason, state from deputy_leave""";

  private final JdbcClient jdbc;
  private final DirectoryManagement directory;
  private final DeputyEngine engine;
  private final DeputyTasks tasks;
  private final Timeline timeline;

  /**
   * Sets a leave and starts its instance.
   *
   * @throws org.steward.shared.InvalidInput naming every bad field; nothing is stored
   * @throws LeaveOverlaps when the officer has a leave on one of its days
   */
  public Leave create(NewLeave leave, Caller caller) {
    Violations violations = new Violations();
    if (leave == null) {
      violations.add("body", "NotNull");
      violations.throwIfAny();
    }
    String officerId = leave.officerId() == null || leave.officerId().isBlank() ? caller.userId()
        : leave.officerId().strip();
    Optional<Officer> officer = directory.officer(officerId);
    if (officer.isEmpty()) {
      violations.add("officerId", "deputy.officer.unknown", Texts.shorten(officerId, 64));
    }
    String deputyId = violations.line("deputyId", leave.deputyId(), MAX_USER_ID);
    if (deputyId != null && directory.officer(deputyId).isEmpty()) {
      violations.add("deputyId", "deputy.officer.unknown", deputyId);
    } else if (deputyId != null && deputyId.equals(officerId)) {
      violations.add("deputyId", "deputy.deputy.self");
    }
    LocalDate starts = violations.date("startsOn", leave.startsOn());
    LocalDate ends = violations.date("endsOn", leave.endsOn());
    if (starts != null && starts.isBefore(StewardClock.today())) {
      violations.add("startsOn", "deputy.startsOn.past");
    }
    if (starts != null && ends != null && ends.isBefore(starts)) {
      violations.add("endsOn", "deputy.endsOn.beforeStart");
    }
    String reason = violations.optionalLine("reason", leave.reason(), MAX_REASON);
    officer.ifPresent(o -> checkSetter(o, caller));
    violations.throwIfAny();
    if (overlaps(officerId, starts, ends)) {
      throw new LeaveOverlaps(starts, ends);
    }
    var key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into deputy_leave (officer_id, deputy_id, starts_on, ends_on, reason, state, created_by, created_at)
            values (:officer, :deputy, :starts, :ends, :reason, 'SCHEDULED', :by, :now)""")
        .param("officer", officerId).param("deputy", deputyId).param("starts", starts).param("ends", ends)
        .param("reason", reason).param("by", caller.userId()).param("now", Timestamp.from(StewardClock.now()))
        .update(key, "id");
    long id = key.getKey().longValue();
    engine.start(id, starts.atStartOfDay(StewardClock.ZONE).toInstant(),
        ends.plusDays(1).atStartOfDay(StewardClock.ZONE).toInstant());
    return view(id);
  }

  /** Administrators and supervisors see every leave; an officer the leaves it takes and those it stands in for. */
  @Transactional(readOnly = true)
  public List<Leave> list(Caller caller) {
    if (caller.isAdmin() || caller.groups().contains(StewardGroups.SUPERVISORS)) {
      return jdbc.sql(SELECT + " order by starts_on desc, id desc").query(this::row).list();
    }
    return jdbc.sql(SELECT + " where officer_id = :user or deputy_id = :user order by starts_on desc, id desc")
        .param("user", caller.userId()).query(this::row).list();
  }

  @Transactional(readOnly = true)
  public Leave view(long id) {
    return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::row).optional()
        .orElseThrow(() -> new NotFound("deputy-leave", id));
  }

  /** Cancels a leave not yet ended: its instance ends, and the tasks its deputy still holds go back. */
  public Leave cancel(long id, Caller caller) {
    Leave leave = view(id);
    directory.officer(leave.officerId()).ifPresentOrElse(o -> checkSetter(o, caller), () -> {
      if (!caller.isAdmin()) {
        throw new DeputyForbidden();
      }
    });
    if (!StateMoves.move(jdbc, "deputy_leave", id, LeaveState.CANCELLED,
        EnumSet.of(LeaveState.SCHEDULED, LeaveState.ACTIVE), Map.of())) {
      throw new LeaveNotCancellable(id);
    }
    engine.cancel(id);
    giveBack(leave);
    return view(id);
  }

  /** The leave begins: the officer's open tasks go to the deputy. A cancelled leave does nothing. */
  public void begin(long id) {
    if (!StateMoves.move(jdbc, "deputy_leave", id, LeaveState.ACTIVE, EnumSet.of(LeaveState.SCHEDULED), Map.of())) {
      return;
    }
    Leave leave = view(id);
    for (OpenTask task : tasks.openTasksOf(leave.officerId())) {
      held(leave, task.id(), task.name(), task.caseNumber());
      tasks.handOver(task.id(), leave.officerId(), leave.deputyId());
    }
  }

  /** The leave ends: the tasks the deputy still holds for the officer go back. A cancelled leave does nothing. */
  public void end(long id) {
    if (!StateMoves.move(jdbc, "deputy_leave", id, LeaveState.ENDED, EnumSet.of(LeaveState.ACTIVE), Map.of())) {
      return;
    }
    giveBack(view(id));
  }

  /** The officer's leave running now, if any (leaves of one officer never overlap; the latest counts). */
  @Transactional(readOnly = true)
  public Optional<Leave> activeLeaveOf(String officerId) {
    return jdbc.sql(SELECT + " where officer_id = :officer and state = 'ACTIVE' order by starts_on desc, id desc")
        .param("officer", officerId).query(this::row).list().stream().findFirst();
  }

  /**
   * A task the officer on {@code leave} was given goes to the deputy: remembered for the return and the timeline.
   * Called for the officer's open tasks at the start and for each task assigned to the officer during the leave.
   */
  public void held(Leave leave, String taskId, String taskName, String caseNumber) {
    String name = Texts.shorten(CaseTaskNamesPlugin.plainName(taskName), MAX_TASK_NAME);
    jdbc.sql("delete from deputy_task where task_id = :task").param("task", taskId).update();
    jdbc.sql("""
            insert into deputy_task (task_id, leave_id, case_number, task_name, officer_id, deputy_id, moved_at)
            values (:task, :leave, :caseNumber, :name, :officer, :deputy, :now)""")
        .param("task", taskId).param("leave", leave.id()).param("caseNumber", caseNumber).param("name", name)
        .param("officer", leave.officerId()).param("deputy", leave.deputyId())
        .param("now", Timestamp.from(StewardClock.now())).update();
    if (caseNumber != null) {
      timeline.record(caseNumber, TOOK_OVER, Timeline.SYSTEM, "%s休假，任务「%s」由代理人%s办理（%s 至 %s）".formatted(
          leave.officerName(), name, leave.deputyName(), leave.startsOn(), leave.endsOn()), null);
    }
  }

  /** A task completed: when the deputy holding it for an officer completed it, the timeline says for whom. */
  public void completed(String taskId, String completedBy) {
    jdbc.sql("""
            select case_number, task_name, officer_id, deputy_id from deputy_task
            where task_id = :task and returned_at is null""")
        .param("task", taskId)
        .query(rs -> {
          String caseNumber = rs.getString("case_number");
          if (caseNumber != null && rs.getString("deputy_id").equals(completedBy)) {
            timeline.record(caseNumber, ACTED, completedBy, "%s（代%s）办理了「%s」".formatted(
                directory.userName(completedBy), directory.userName(rs.getString("officer_id")),
                rs.getString("task_name")), null);
          }
        });
  }

  /** Whether the task is held by this deputy already (a second assignment of the same move does nothing). */
  @Transactional(readOnly = true)
  public boolean heldBy(String taskId, String deputyId) {
    return jdbc.sql("select count(*) from deputy_task where task_id = :task and deputy_id = :deputy"
            + " and returned_at is null")
        .param("task", taskId).param("deputy", deputyId).query(Long.class).single() > 0;
  }

  private void giveBack(Leave leave) {
    List<String[]> held = jdbc.sql("""
            select task_id, case_number, task_name from deputy_task where leave_id = :leave and returned_at is null""")
        .param("leave", leave.id())
        .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
    for (String[] task : held) {
      jdbc.sql("update deputy_task set returned_at = :now where task_id = :task")
          .param("now", Timestamp.from(StewardClock.now())).param("task", task[0]).update();
      if (tasks.giveBack(task[0], leave.deputyId(), leave.officerId()) && task[1] != null) {
        timeline.record(task[1], RETURNED, Timeline.SYSTEM, "%s休假结束，任务「%s」由代理人%s交回".formatted(
            leave.officerName(), task[2], leave.deputyName()), null);
      }
    }
  }

  private boolean overlaps(String officerId, LocalDate starts, LocalDate ends) {
    return jdbc.sql("""
            select count(*) from deputy_leave where officer_id = :officer and state in ('SCHEDULED', 'ACTIVE')
               and starts_on <= :ends and ends_on >= :starts""")
        .param("officer", officerId).param("starts", starts).param("ends", ends)
        .query(Long.class).single() > 0;
  }

  private static void checkSetter(Officer officer, Caller caller) {
    if (!caller.isAdmin() && !officer.id().equals(caller.userId())
        && !caller.userId().equals(officer.supervisorId())) {
      throw new DeputyForbidden();
    }
  }

  private Leave row(ResultSet rs, int row) throws SQLException {
    String officer = rs.getString("officer_id");
    String deputy = rs.getString("deputy_id");
    return new Leave(rs.getLong("id"), officer, directory.userName(officer), deputy, directory.userName(deputy),
        rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(), rs.getString("reason"),
        LeaveState.valueOf(rs.getString("state")));
  }
}
