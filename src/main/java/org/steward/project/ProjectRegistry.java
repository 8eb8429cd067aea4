package org.steward.project;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.project.process.ProjectEngine;
import org.steward.project.process.ProjectMilestonesProcess;
import org.steward.request.Caller;
import org.steward.shared.InvalidInput;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/**
 * The project registry: registration (validated, with its officer, leader and plan, starting the project's
 * {@code project-milestones} process) and reassigning the officer or the leader, keeping who followed the project when.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ProjectRegistry {

  /** Upper bound of an investment in 万元 (one trillion yuan). */
  static final long MAX_INVESTMENT = 100_000_000L;
  /** The most characters of a project's code, name, site and area (single lines). */
  static final int MAX_CODE = 32;
  static final int MAX_NAME = 200;
  static final int MAX_SITE = 200;
  static final int MAX_AREA = 100;
  /** The most characters of a follow-up plan and of a milestone's notes and reasons (multi-line). */
  static final int MAX_NOTE = 2000;
  /** The most characters of the reason for a new officer or leader (multi-line). */
  static final int MAX_REASON = 500;
  static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,31}");
  static final String ROLE_OFFICER = "OFFICER";
  static final String ROLE_LEADER = "LEADER";
  private static final Logger log = LoggerFactory.getLogger(ProjectRegistry.class);

  private final JdbcClient jdbc;
  private final ProjectRows rows;
  private final ProjectPeople people;
  private final ProjectViews views;
  private final ProjectTransitions transitions;
  private final DirectoryManagement directory;
  private final Timeline timeline;
  private final Notifications notifications;
  private final ProjectEngine engine;

  /**
   * Registers a project and starts its {@code project-milestones} process (business key = code). Administrators,
   * supervisors and officers may register.
   *
   * @throws InvalidInput naming every bad field; nothing is stored and no process is started
   * @throws ProjectExists if the code is taken
   */
  public ProjectView register(NewProject project, Caller caller) {
    if (!caller.isAdmin() && !caller.isOfficer() && !caller.groups().contains(StewardGroups.SUPERVISORS)) {
      throw new ProjectForbidden();
    }
    Registration checked = validate(project);
    if (jdbc.sql("select count(*) from project where code = :code").param("code", checked.code())
        .query(Long.class).single() > 0) {
      throw new ProjectExists(checked.code());
    }
    Instant now = StewardClock.now();
    jdbc.sql("""
            insert into project (code, name, enterprise_id, enterprise_name, investment, site, area, key_project,
              officer_id, leader_id, follow_up_plan, registered_by, registered_at)
            values (:code, :name, :enterpriseId, :enterpriseName, :investment, :site, :area, :key, :officer, :leader,
              :plan, :by, :now)""")
        .param("code", checked.code()).param("name", checked.name())
        .param("enterpriseId", checked.enterprise().id()).param("enterpriseName", checked.enterprise().name())
        .param("investment", checked.investment()).param("site", checked.site()).param("area", checked.area())
        .param("key", checked.key()).param("officer", checked.officer()).param("leader", checked.leader())
        .param("plan", checked.plan()).param("by", caller.userId()).param("now", Timestamp.from(now))
        .update();
    openAssignment(checked.code(), ROLE_OFFICER, checked.officer(), "项目登记时指定", caller.userId(), now);
    if (checked.leader() != null) {
      openAssignment(checked.code(), ROLE_LEADER, checked.leader(), "项目登记时指定", caller.userId(), now);
    }
    for (Milestone milestone : Milestone.values()) {
      LocalDate planned = checked.dates().get(milestone);
      jdbc.sql("""
              insert into project_milestone (project_code, milestone, position, original_date, planned_date)
              values (:code, :milestone, :position, :planned, :planned)""")
          .param("code", checked.code()).param("milestone", milestone.name())
          .param("position", milestone.ordinal() + 1).param("planned", planned).update();
    }
    timeline.record(checked.code(), "PROJECT_REGISTERED", caller.userId(),
        "登记工业项目：" + Texts.shorten(checked.name(), 180),
        "动工 " + checked.dates().get(Milestone.CONSTRUCTION_START) + "，竣工 "
            + checked.dates().get(Milestone.COMPLETION) + "，投产 " + checked.dates().get(Milestone.PRODUCTION_START));
    notifications.notifyUser(checked.officer(), "PROJECT_ASSIGNED", checked.code(),
        "您被指定为工业项目的项目管家：" + checked.name());

    VariableMap variables = Variables.createVariables()
        .putValue(ProjectMilestonesProcess.CASE_NUMBER, checked.code())
        .putValue(ProjectMilestonesProcess.ENTERPRISE_NAME, checked.enterprise().name())
        .putValue(ProjectMilestonesProcess.PROJECT_NAME, checked.name());
    engine.start(checked.code(), variables);
    log.info("Project {} registered by {} (officer {}, leader {})", checked.code(), caller.userId(),
        checked.officer(), checked.leader());
    return views.view(checked.code());
  }

  /**
   * Makes {@code officer} the project's officer; the former assignment is closed, so the history keeps who followed
   * the project when and why it changed. The open tasks of the project move to the new officer. Administrators and
   * supervisors only.
   */
  public ProjectView reassignOfficer(String code, String officer, String reason, Caller caller) {
    ProjectRow row = manageable(code, caller);
    Violations violations = new Violations();
    String newOfficer = people.knownOfficer(violations, "officer", officer);
    String cleanReason = violations.text("reason", reason, MAX_REASON);
    if (newOfficer != null && newOfficer.equals(row.officer())) {
      violations.add("officer", "project.assignment.same");
    }
    if (newOfficer != null && row.leader() == null && !people.hasSupervisor(newOfficer)) {
      violations.add("officer", "project.officer.noSupervisor");
    }
    violations.throwIfAny();
    String formerApprover = people.approver(row);
    reassign(code, ROLE_OFFICER, "officer_id", newOfficer, cleanReason, caller.userId());
    ProjectRow changed = rows.project(code);
    moveTasks(code, ProjectMilestonesProcess.OFFICER, row.officer(), newOfficer);
    moveTasks(code, ProjectMilestonesProcess.LEADER, formerApprover, people.approver(changed));
    timeline.record(code, "OFFICER_REASSIGNED", caller.userId(), "项目管家由 " + row.officer() + " 改为 " + newOfficer,
        cleanReason);
    notifications.notifyUser(newOfficer, "PROJECT_ASSIGNED", code, "您被指定为工业项目的项目管家：" + row.name());
    return views.view(code);
  }

  /** Makes {@code leader} the project's leader, keeping the history; open leader tasks move to the new leader. */
  public ProjectView reassignLeader(String code, String leader, String reason, Caller caller) {
    ProjectRow row = manageable(code, caller);
    Violations violations = new Violations();
    String newLeader = people.knownLeader(violations, "leader", leader);
    String cleanReason = violations.text("reason", reason, MAX_REASON);
    if (newLeader != null && newLeader.equals(row.leader())) {
      violations.add("leader", "project.assignment.same");
    }
    violations.throwIfAny();
    String formerApprover = people.approver(row);
    reassign(code, ROLE_LEADER, "leader_id", newLeader, cleanReason, caller.userId());
    moveTasks(code, ProjectMilestonesProcess.LEADER, formerApprover, newLeader);
    timeline.record(code, "LEADER_REASSIGNED", caller.userId(),
        "挂点领导由 " + (row.leader() == null ? "（未指定）" : row.leader()) + " 改为 " + newLeader, cleanReason);
    notifications.notifyUser(newLeader, "PROJECT_ASSIGNED", code, "您被指定为工业项目的挂点领导：" + row.name());
    return views.view(code);
  }

  /** A validated registration. */
  private record Registration(String code, String name, Enterprise enterprise, long investment, String site,
      String area, boolean key, String officer, String leader, String plan, Map<Milestone, LocalDate> dates) {
  }

  private Registration validate(NewProject project) {
    if (project == null) {
      throw new InvalidInput("body", "NotNull");
    }
    Violations violations = new Violations();
    String code = violations.line("code", project.code(), MAX_CODE);
    if (code != null && !CODE.matcher(code).matches()) {
      violations.add("code", "project.code.format");
    }
    String name = violations.line("name", project.name(), MAX_NAME);
    Enterprise enterprise = null;
    if (project.enterpriseId() == null) {
      violations.add("enterpriseId", "NotNull");
    } else {
      enterprise = directory.enterprise(project.enterpriseId()).orElse(null);
      if (enterprise == null) {
        violations.add("enterpriseId", "project.enterprise.unknown", project.enterpriseId());
      }
    }
    if (project.investment() == null) {
      violations.add("investment", "NotNull");
    } else if (project.investment() <= 0 || project.investment() > MAX_INVESTMENT) {
      violations.add("investment", "project.investment.range", MAX_INVESTMENT);
    }
    String site = violations.line("site", project.site(), MAX_SITE);
    String area = violations.line("area", project.area(), MAX_AREA);
    boolean key = Boolean.TRUE.equals(project.keyProject());
    String officer = people.knownOfficer(violations, "officer", project.officer());
    String leader = null;
    if (ProjectPeople.blank(project.leader())) {
      if (key) {
        violations.add("leader", "project.leader.required");
      } else if (officer != null && !people.hasSupervisor(officer)) {
        violations.add("leader", "project.leader.needed");
      }
    } else {
      leader = people.knownLeader(violations, "leader", project.leader());
    }
    String plan = key ? violations.text("followUpPlan", project.followUpPlan(), MAX_NOTE)
        : violations.optionalText("followUpPlan", project.followUpPlan(), MAX_NOTE);
    Map<Milestone, LocalDate> dates = new EnumMap<>(Milestone.class);
    dates.put(Milestone.CONSTRUCTION_START, planned(violations, Milestone.CONSTRUCTION_START,
        project.plannedConstructionStart()));
    dates.put(Milestone.COMPLETION, planned(violations, Milestone.COMPLETION, project.plannedCompletion()));
    dates.put(Milestone.PRODUCTION_START, planned(violations, Milestone.PRODUCTION_START,
        project.plannedProductionStart()));
    MilestoneDates.checkPlan(violations, dates, StewardClock.today());
    violations.throwIfAny();
    return new Registration(code, name, enterprise, project.investment(), site, area, key, officer, leader, plan,
        dates);
  }

  private static LocalDate planned(Violations violations, Milestone milestone, String value) {
    return MilestoneDates.parse(violations, MilestoneDates.field(milestone), value);
  }

  private ProjectRow manageable(String code, Caller caller) {
    ProjectRow row = rows.project(code);
    if (!caller.isAdmin() && !caller.groups().contains(StewardGroups.SUPERVISORS)) {
      throw new ProjectForbidden();
    }
    if (row.finishedAt() != null) {
      throw new ProjectFinished(code);
    }
    return row;
  }

  /**
   * Makes {@code userId} the project's officer or leader ({@code column}) while it is followed, closing the role's
   * current assignment and opening the new one.
   */
  private void reassign(String code, String role, String column, String userId, String reason, String byUser) {
    transitions.make(code, ProjectTransition.REASSIGN, ProjectTransitions.columns(column, userId));
    Instant now = StewardClock.now();
    jdbc.sql("""
            update project_assignment set valid_to = :now
            where project_code = :code and role = :role and valid_to is null""")
        .param("now", Timestamp.from(now)).param("code", code).param("role", role).update();
    openAssignment(code, role, userId, reason, byUser, now);
  }

  private void openAssignment(String code, String role, String userId, String reason, String byUser, Instant now) {
    jdbc.sql("""
            insert into project_assignment (project_code, role, user_id, valid_from, reason, assigned_by)
            values (:code, :role, :user, :now, :reason, :by)""")
        .param("code", code).param("role", role).param("user", userId).param("now", Timestamp.from(now))
        .param("reason", reason).param("by", byUser).update();
  }

  /** Points the process variable at the new person and hands over the open tasks assigned to the former one. */
  private void moveTasks(String code, String variable, String from, String to) {
    if (to == null || to.equals(from)) {
      return;
    }
    engine.handOver(code, variable, from, to);
  }
}
