package org.steward.project;

import static org.steward.shared.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.directory.Officer;
import org.steward.directory.StewardGroups;
import org.steward.handling.HandlingManagement;
import org.steward.notification.Notifications;
import org.steward.project.process.ProjectEngine;
import org.steward.project.process.ProjectMilestonesProcess;
import org.steward.request.Caller;
import org.steward.request.NewRequest;
import org.steward.request.RequestIntake;
import org.steward.request.Submission;
import org.steward.shared.CaseLookup;
import org.steward.shared.CaseSummary;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;
import org.steward.timeline.TimelineEntry;
import org.steward.workflow.Memberships;
import org.steward.workflow.SystemContext;

/**
 * The project capability's API: the registry (validation, officer and leader with their history), what people read
 * (a project, the list, the board), problems that run as enterprise requests, and the business steps the
 * {@code project-milestones} process calls through its delegates. Every method runs in the caller's transaction with
 * the engine; a refused call changes nothing.
 */
@Service
@Transactional
public class ProjectManagement {

  /** Upper bound of an investment in 万元 (one trillion yuan). */
  public static final long MAX_INVESTMENT = 100_000_000L;
  static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,31}");
  static final String ROLE_OFFICER = "OFFICER";
  static final String ROLE_LEADER = "LEADER";
  private static final Logger log = LoggerFactory.getLogger(ProjectManagement.class);

  private final JdbcClient jdbc;
  private final DirectoryManagement directory;
  private final HandlingManagement handling;
  private final RequestIntake requests;
  private final WorkingDayCalendar calendar;
  private final Deadlines deadlines;
  private final Timeline timeline;
  private final Notifications notifications;
  private final ProjectEngine engine;
  private final Memberships memberships;
  private final SystemContext system;
  private final ProjectProperties properties;
  private final List<CaseLookup> cases;
  private final CaseAccess access;

  ProjectManagement(JdbcClient jdbc, DirectoryManagement directory, HandlingManagement handling,
      RequestIntake requests, WorkingDayCalendar calendar, Deadlines deadlines, Timeline timeline,
      Notifications notifications, ProjectEngine engine, Memberships memberships, SystemContext system, ProjectProperties properties, List<CaseLookup> cases, CaseAccess access) {
    this.jdbc = jdbc;
    this.access = access;
    this.directory = directory;
    this.handling = handling;
    this.requests = requests;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.timeline = timeline;
    this.notifications = notifications;
    this.engine = engine;
    this.memberships = memberships;
    this.system = system;
    this.properties = properties;
    this.cases = cases;
  }

  // --- registry --------------------------------------------------------------------------------------------------

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
    return view(checked.code());
  }

  /**
   * Makes {@code officer} the project's officer; the former assignment is closed, so the history keeps who followed
   * the project when and why it changed. The open tasks of the project move to the new officer. Administrators and
   * supervisors only.
   */
  public ProjectView reassignOfficer(String code, String officer, String reason, Caller caller) {
    Row row = manageable(code, caller);
    Violations violations = new Violations();
    String newOfficer = knownOfficer(violations, "officer", officer);
    String cleanReason = violations.text("reason", reason, 500);
    if (newOfficer != null && newOfficer.equals(row.officer())) {
      violations.add("officer", "project.assignment.same");
    }
    if (newOfficer != null && row.leader() == null && directory.supervisorOf(newOfficer).isEmpty()) {
      violations.add("officer", "project.officer.noSupervisor");
    }
    violations.throwIfAny();
    String formerApprover = approver(row);
    reassign(code, ROLE_OFFICER, newOfficer, cleanReason, caller.userId());
    jdbc.sql("update project set officer_id = :officer where code = :code").param("officer", newOfficer)
        .param("code", code).update();
    Row changed = row(code);
    moveTasks(code, ProjectMilestonesProcess.OFFICER, row.officer(), newOfficer);
    moveTasks(code, ProjectMilestonesProcess.LEADER, formerApprover, approver(changed));
    timeline.record(code, "OFFICER_REASSIGNED", caller.userId(), "项目管家由 " + row.officer() + " 改为 " + newOfficer,
        cleanReason);
    notifications.notifyUser(newOfficer, "PROJECT_ASSIGNED", code, "您被指定为工业项目的项目管家：" + row.name());
    return view(code);
  }

  /** Makes {@code leader} the project's leader, keeping the history; open leader tasks move to the new leader. */
  public ProjectView reassignLeader(String code, String leader, String reason, Caller caller) {
    Row row = manageable(code, caller);
    Violations violations = new Violations();
    String newLeader = knownLeader(violations, "leader", leader);
    String cleanReason = violations.text("reason", reason, 500);
    if (newLeader != null && newLeader.equals(row.leader())) {
      violations.add("leader", "project.assignment.same");
    }
    violations.throwIfAny();
    String formerApprover = approver(row);
    reassign(code, ROLE_LEADER, newLeader, cleanReason, caller.userId());
    jdbc.sql("update project set leader_id = :leader where code = :code").param("leader", newLeader)
        .param("code", code).update();
    moveTasks(code, ProjectMilestonesProcess.LEADER, formerApprover, newLeader);
    timeline.record(code, "LEADER_REASSIGNED", caller.userId(),
        "挂点领导由 " + (row.leader() == null ? "（未指定）" : row.leader()) + " 改为 " + newLeader, cleanReason);
    notifications.notifyUser(newLeader, "PROJECT_ASSIGNED", code, "您被指定为工业项目的挂点领导：" + row.name());
    return view(code);
  }

  // --- reading ---------------------------------------------------------------------------------------------------

  /** A project as the caller may see it: an enterprise user only its own enterprise's, staff every project. */
  @Transactional(readOnly = true)
  public ProjectView project(String code, Caller caller) {
    Row row = row(code);
    if (!maySee(caller, row)) {
      throw caller.groups().isEmpty() ? new ProjectForbidden() : new NotFound("project", code);
    }
    return view(row);
  }

  /** A project, without a rights check (for the process and other capabilities). */
  @Transactional(readOnly = true)
  public ProjectView view(String code) {
    return view(row(code));
  }

  /** Whether the enterprise has industrial projects (the portal shows 我的项目 only then). */
  @Transactional(readOnly = true)
  public boolean hasProjects(long enterpriseId) {
    return jdbc.sql("select count(*) from project where enterprise_id = :enterprise").param("enterprise", enterpriseId)
        .query(Long.class).single() > 0;
  }

  /** The projects the caller may see that match the filter, by code. */
  @Transactional(readOnly = true)
  public List<ProjectSummary> projects(ProjectFilter filter, Caller caller) {
    if (caller.groups().isEmpty()) {
      throw new ProjectForbidden();
    }
    ProjectState state = null;
    if (filter.state() != null && !filter.state().isBlank()) {
      state = parse(new Violations(), "state", ProjectState.class, filter.state(), true);
    }
    CaseScope scope = access.scope(reader(caller));
    StringBuilder sql = new StringBuilder("select * from project where " + scope.sql("code"));
    Map<String, Object> params = new LinkedHashMap<>(scope.params());
    if (filter.area() != null && !filter.area().isBlank()) {
      sql.append(" and area = :area");
      params.put("area", filter.area().strip());
    }
    if (filter.officer() != null && !filter.officer().isBlank()) {
      sql.append(" and officer_id = :officer");
      params.put("officer", filter.officer().strip());
    }
    if (filter.key() != null) {
      sql.append(" and key_project = :key");
      params.put("key", filter.key());
    }
    sql.append(" order by code");
    ProjectState wanted = state;
    return jdbc.sql(sql.toString()).params(params).query(ProjectManagement::map).list().stream()
        .map(this::summary)
        .filter(summary -> wanted == null || summary.state() == wanted)
        .toList();
  }

  /**
   * Counts by state and milestone, by area and by officer, and the delayed milestones, of the projects the caller reads
   * ({@link CaseAccess}); staff only.
   */
  @Transactional(readOnly = true)
  public ProjectBoard board(Caller caller) {
    if (caller.groups().isEmpty() || (caller.isEnterprise() && !caller.isAdmin())) {
      throw new ProjectForbidden();
    }
    CaseScope scope = access.scope(reader(caller));
    List<Row> rows = jdbc.sql("select * from project where " + scope.sql("code") + " order by code")
        .params(scope.params()).query(ProjectManagement::map).list();
    Map<String, List<MilestoneRow>> milestones = jdbc.sql("select * from project_milestone order by position")
        .query(ProjectManagement::mapMilestone).list().stream()
        .collect(Collectors.groupingBy(MilestoneRow::projectCode));
    List<ProjectSummary> summaries = rows.stream().map(this::summary).toList();
    Map<String, List<ProjectSummary>> byArea = summaries.stream()
        .collect(Collectors.groupingBy(ProjectSummary::area, java.util.TreeMap::new, Collectors.toList()));
    Map<String, List<ProjectSummary>> byOfficer = summaries.stream()
        .collect(Collectors.groupingBy(ProjectSummary::officer, java.util.TreeMap::new, Collectors.toList()));
    LocalDate today = StewardClock.today();
    Instant now = StewardClock.now();
    List<ProjectBoard.DelayedMilestone> delayed = new ArrayList<>();
    for (Row row : rows) {
      for (MilestoneRow milestone : milestones.getOrDefault(row.code(), List.of())) {
        if (milestone.actualDate() == null && light(milestone.plannedDate(), now) == Light.RED) {
          delayed.add(new ProjectBoard.DelayedMilestone(row.code(), row.name(), row.area(), row.officer(),
              row.leader(), milestone.milestone(), milestone.milestone().label(), milestone.plannedDate(),
              calendar.workingDaysBetween(milestone.plannedDate(), today), milestone.escalatedAt() != null));
        }
      }
    }
    delayed.sort(Comparator.comparing(ProjectBoard.DelayedMilestone::plannedDate)
        .thenComparing(ProjectBoard.DelayedMilestone::code));
    return new ProjectBoard(summaries.size(), countStates(summaries), countMilestones(summaries),
        byArea.entrySet().stream().map(e -> group(e.getKey(), e.getKey(), e.getValue())).toList(),
        byOfficer.entrySet().stream().map(e -> group(e.getKey(), officerName(e.getKey()), e.getValue())).toList(),
        delayed);
  }

  // --- problems (卡点) ---------------------------------------------------------------------------------------------

  /**
   * Reports a problem blocking a milestone not yet confirmed; it runs as an {@code enterprise-request} case of the
   * project's enterprise, linked to the project. The project's officer, a user of its enterprise or an administrator
   * may report. The request capability validates category, description and contact like any request.
   */
  public ProjectView.Problem reportProblem(String code, NewProblem problem, Caller caller) {
    Row row = row(code);
    boolean enterprise = caller.isEnterprise() && directory.enterpriseOfUser(caller.userId()).map(Enterprise::id)
        .filter(id -> id == row.enterpriseId()).isPresent();
    if (caller.isEnterprise() && !enterprise && !caller.isAdmin()) {
      throw new NotFound("project", code);
    }
    if (!enterprise && !caller.isAdmin() && !caller.userId().equals(row.officer())) {
      throw new ProjectForbidden();
    }
    if (row.finishedAt() != null) {
      throw new ProjectFinished(code);
    }
    if (problem == null) {
      throw new InvalidInput("body", "NotNull");
    }
    Violations violations = new Violations();
    Milestone milestone = milestone(violations, "milestone", problem.milestone());
    if (milestone != null && milestoneRow(code, milestone).actualDate() != null) {
      violations.add("milestone", "project.milestone.confirmed", milestone.label());
    }
    violations.throwIfAny();
    Optional<Officer> officer = directory.officer(row.officer());
    String contactName = blank(problem.contactName()) ? officer.map(Officer::name).orElse(null)
        : problem.contactName();
    String contactPhone = blank(problem.contactPhone()) ? officer.map(Officer::phone).orElse(null)
        : problem.contactPhone();
    String title = Texts.shorten("【项目卡点·" + milestone.label() + "】" + row.name(), 100);
    NewRequest request = new NewRequest(row.enterpriseId(), problem.category(), title, problem.description(),
        contactName, contactPhone, null, null);
    // the project's officer need not be the officer of its enterprise: the request capability asks ProjectOfficerRight
    Submission submission = requests.submit(request, caller, null);
    String caseNumber = submission.request().caseNumber();
    Instant now = StewardClock.now();
    jdbc.sql("""
            insert into project_problem (project_code, milestone, category, description, case_number, reported_by,
              reported_at)
            values (:code, :milestone, :category, :description, :caseNumber, :by, :now)""")
        .param("code", code).param("milestone", milestone.name()).param("category", submission.request().category())
        .param("description", submission.request().description()).param("caseNumber", caseNumber)
        .param("by", caller.userId()).param("now", Timestamp.from(now)).update();
    timeline.record(code, "PROBLEM_REPORTED", caller.userId(), "报告卡点（阻碍" + milestone.label() + "），转为诉求 "
        + caseNumber, submission.request().description());
    timeline.record(caseNumber, "PROJECT_PROBLEM", caller.userId(), "本诉求为工业项目 " + code + " 的卡点（阻碍"
        + milestone.label() + "）", row.name());
    if (!caller.userId().equals(row.officer())) {
      notifications.notifyUser(row.officer(), "PROJECT_PROBLEM", code,
          "项目“" + row.name() + "”报告了卡点，已转为诉求 " + caseNumber);
    }
    log.info("Problem on project {} ({}) runs as request {}", code, milestone, caseNumber);
    return problems(code).stream().filter(p -> p.caseNumber().equals(caseNumber)).findFirst().orElseThrow();
  }

  /** The case numbers of the open problems blocking a milestone. */
  @Transactional(readOnly = true)
  public List<String> openProblems(String code, Milestone milestone) {
    return problems(code).stream().filter(p -> p.open() && p.milestone() == milestone)
        .map(ProjectView.Problem::caseNumber).toList();
  }

  // --- the milestones (process steps) ----------------------------------------------------------------------------

  /** The first milestone not yet confirmed and its clock; empty when all three are. */
  @Transactional(readOnly = true)
  public Optional<MilestoneClock> currentMilestone(String code) {
    Row row = row(code);
    return milestones(code).stream().filter(m -> m.actualDate() == null).findFirst()
        .map(m -> new MilestoneClock(code, row.name(), row.enterpriseName(), m.milestone(), m.plannedDate(),
            warnAt(m.plannedDate()), milestoneDeadline(m.plannedDate()).dueAt(), escalateAt(m.plannedDate()), row.officer(),
            approver(row)));
  }

  /**
   * A project's current milestone as a deadline subject ({@code milestone}, id {@code <code>/<milestone>}) and its open
   * monthly filing ({@code filing}); both share the project's instance.
   */
  @Bean
  DeadlineSubject milestoneSubject(ProjectRecords records) {
    return new DeadlineSubject("milestone", true,
        execution -> execution.getBusinessKey() + "/" + records.currentMilestone(execution.getBusinessKey()).name(),
        id -> milestoneState(codeOf(id), milestoneOf(id)),
        (id, light) -> storeMilestoneLight(codeOf(id), milestoneOf(id), light));
  }

  @Bean
  DeadlineSubject filingSubject(ProjectRecords records) {
    return new DeadlineSubject("filing", true,
        execution -> Long.toString(records.openFiling(execution.getBusinessKey())),
        id -> filingState(Long.parseLong(id)), (id, light) -> storeFilingLight(Long.parseLong(id), light));
  }

  @EventListener(condition = "#event.concerns('milestone')")
  void onMilestone(LightChanged event) {
    announceMilestone(codeOf(event.subjectId()), milestoneOf(event.subjectId()), event.to());
  }

  @EventListener(condition = "#event.concerns('filing')")
  void onFiling(LightChanged event) {
    announceFiling(Long.parseLong(event.subjectId()), event.to());
  }

  private static String codeOf(String milestoneId) {
    return milestoneId.substring(0, milestoneId.lastIndexOf('/'));
  }

  private static Milestone milestoneOf(String milestoneId) {
    return Milestone.valueOf(milestoneId.substring(milestoneId.lastIndexOf('/') + 1));
  }

  /**
   * The milestone as its timers see it: the project, the light they last signalled (its warned and overdue stamps,
   * cleared by a re-plan), whether still unconfirmed, its deadline.
   */
  @Transactional(readOnly = true)
  DeadlineSubject.State milestoneState(String code, Milestone milestone) {
    return jdbc.sql("""
        select planned_date, actual_date, warned_at, overdue_at from project_milestone
        where project_code = :code and milestone = :milestone""")
        .param("code", code).param("milestone", milestone.name())
        .query((rs, n) -> new DeadlineSubject.State(code, rs.getObject("overdue_at") != null ? Light.RED
            : rs.getObject("warned_at") != null ? Light.YELLOW : Light.GREEN,
            rs.getObject("actual_date") == null, milestoneDeadline(rs.getObject("planned_date", LocalDate.class))))
        .optional().orElseThrow(() -> new NotFound("project", code));
  }

  /** Stamps the light a timer signalled ({@link #milestoneSubject}). */
  void storeMilestoneLight(String code, Milestone milestone, Light light) {
    stamp(code, milestone, light == Light.RED ? "overdue_at" : "warned_at");
  }

  /** Yellow tells the officer the milestone is near; red tells the officer and the leader. */
  void announceMilestone(String code, Milestone milestone, Light light) {
    Row row = row(code);
    MilestoneRow m = milestoneRow(code, milestone);
    if (light == Light.YELLOW) {
      String text = "项目“" + row.name() + "”的" + milestone.label() + "计划于 " + m.plannedDate() + "，请及时确认";
      notifications.notifyUser(row.officer(), "MILESTONE_NEAR", code, text);
      timeline.record(code, "MILESTONE_NEAR", null, milestone.label() + "临近计划日期（黄灯）", m.plannedDate().toString());
      return;
    }
    String text = "项目“" + row.name() + "”的" + milestone.label() + "已超过计划日期 " + m.plannedDate() + " 仍未确认";
    notifications.notifyUser(row.officer(), "MILESTONE_OVERDUE", code, text);
    notifications.notifyUser(approver(row), "MILESTONE_OVERDUE", code, text + "，请督促");
    timeline.record(code, "MILESTONE_OVERDUE", null, milestone.label() + "超过计划日期未确认（红灯）",
        m.plannedDate().toString());
  }

  /** Checks the leader's note on an overdue milestone. @throws InvalidInput (chaseNote) */
  @Transactional(readOnly = true)
  public void checkChase(String note) {
    Violations violations = new Violations();
    violations.text(ProjectMilestonesProcess.CHASE_NOTE, note, 2000);
    violations.throwIfAny();
  }

  /** The leader chased the overdue milestone (督促). */
  public void recordChase(String code, Milestone milestone, String note, String byUser) {
    checkChase(note);
    Row row = row(code);
    timeline.record(code, "MILESTONE_CHASED", byUser, "挂点领导督促" + milestone.label(), note.strip());
    notifications.notifyUser(row.officer(), "MILESTONE_CHASED", code,
        "挂点领导督促项目“" + row.name() + "”的" + milestone.label() + "：" + Texts.shorten(note.strip(), 200));
  }

  /**
   * Still unconfirmed {@code escalationWorkingDays} after the planned date: the milestone goes to the joint-meeting
   * office (recorded, the leader told; the joint-meeting process records the escalation on the timeline and tells the
   * office).
   */
  public void escalate(String code, Milestone milestone) {
    Row row = row(code);
    MilestoneRow m = milestoneRow(code, milestone);
    stamp(code, milestone, "escalated_at");
    String text = "项目“" + row.name() + "”的" + milestone.label() + "超过计划日期 " + m.plannedDate() + " "
        + properties.escalationWorkingDays() + " 个工作日仍未确认，提请联席会议办公室协调";
    notifications.notifyUser(approver(row), "PROJECT_ESCALATED", code, text);
    log.info("Project {} milestone {} escalated to the joint-meeting office", code, milestone);
  }

  /**
   * Checks what the officer entered in 确认里程碑: to CONFIRM, an actual date (not in the future, not before the
   * previous milestone's) and a note, and an override reason when a problem blocking the milestone is open; to
   * REPLAN, a new date (a working day from today on, not the planned one, after the previous milestone) and a reason.
   *
   * @throws InvalidInput naming the fields of the form
   */
  @Transactional(readOnly = true)
  public void checkMilestoneAction(String code, Milestone milestone, String action, String actualDate, String note,
      String overrideReason, String requestedDate, String replanReason) {
    Violations violations = new Violations();
    if (ProjectMilestonesProcess.ACTION_REPLAN.equals(action)) {
      checkReplan(violations, code, milestone, requestedDate, replanReason);
    } else if (action == null || ProjectMilestonesProcess.ACTION_CONFIRM.equals(action)) {
      checkConfirmation(violations, code, milestone, actualDate, note, overrideReason);
    } else {
      violations.add(ProjectMilestonesProcess.ACTION, "project.action.unknown");
    }
    violations.throwIfAny();
  }

  /**
   * Confirms the milestone with its actual date and note (and, with an open blocking problem, the override reason);
   * answers whether the project is finished (投产 confirmed).
   */
  public boolean confirmMilestone(String code, Milestone milestone, String actualDate, String note,
      String overrideReason, String byUser) {
    Violations violations = new Violations();
    Confirmation confirmation = checkConfirmation(violations, code, milestone, actualDate, note, overrideReason);
    violations.throwIfAny();
    jdbc.sql("""
            update project_milestone set actual_date = :actual, note = :note, override_reason = :override,
              confirmed_at = :now, confirmed_by = :by
            where project_code = :code and milestone = :milestone""")
        .param("actual", confirmation.actualDate()).param("note", confirmation.note())
        .param("override", confirmation.overrideReason()).param("now", Timestamp.from(StewardClock.now()))
        .param("by", byUser).param("code", code).param("milestone", milestone.name()).update();
    timeline.record(code, "MILESTONE_CONFIRMED", byUser, "确认" + milestone.label() + "，实际日期 "
        + confirmation.actualDate(), confirmation.note());
    if (confirmation.overrideReason() != null) {
      timeline.record(code, "PROBLEM_OVERRIDDEN", byUser, Texts.shorten("越过未解决的卡点确认" + milestone.label() + "："
          + String.join("、", confirmation.openProblems()), 200), confirmation.overrideReason());
    }
    return milestone.next() == null;
  }

  /** Records the officer's re-plan request (改期); answers its id for the leader's decision. */
  public long requestReplan(String code, Milestone milestone, String requestedDate, String reason, String byUser) {
    Violations violations = new Violations();
    LocalDate requested = checkReplan(violations, code, milestone, requestedDate, reason);
    violations.throwIfAny();
    Row row = row(code);
    MilestoneRow m = milestoneRow(code, milestone);
    org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("""
            insert into project_replan (project_code, milestone, previous_date, requested_date, reason, requested_by,
              requested_at)
            values (:code, :milestone, :previous, :requested, :reason, :by, :now)""")
        .param("code", code).param("milestone", milestone.name()).param("previous", m.plannedDate())
        .param("requested", requested).param("reason", reason.strip()).param("by", byUser)
        .param("now", Timestamp.from(StewardClock.now())).update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    timeline.record(code, "REPLAN_REQUESTED", byUser, "申请将" + milestone.label() + "由 " + m.plannedDate() + " 改期至 "
        + requested, reason.strip());
    notifications.notifyUser(approver(row), "REPLAN_REQUESTED", code,
        "项目“" + row.name() + "”申请将" + milestone.label() + "改期至 " + requested + "，请审批");
    return id;
  }

  /** Checks the leader's decision on a re-plan. @throws InvalidInput (replanDecision, decisionNote) */
  @Transactional(readOnly = true)
  public void checkReplanDecision(String decision, String note) {
    Violations violations = new Violations();
    if (!"APPROVED".equals(decision) && !"REJECTED".equals(decision)) {
      violations.add(ProjectMilestonesProcess.REPLAN_DECISION, "project.replanDecision.unknown");
    }
    String cleanNote = violations.optionalText(ProjectMilestonesProcess.DECISION_NOTE, note, 2000);
    if ("REJECTED".equals(decision) && cleanNote == null && !violations.has(ProjectMilestonesProcess.DECISION_NOTE)) {
      violations.add(ProjectMilestonesProcess.DECISION_NOTE, "project.decisionNote.required");
    }
    violations.throwIfAny();
  }

  /**
   * The leader decided a re-plan; approved, the milestone's planned date changes (the original plan and every re-plan
   * stay on record) and later milestones that would no longer follow it move back by the same number of days.
   * Answers whether it was approved.
   */
  public boolean decideReplan(long replanId, String decision, String note, String byUser) {
    checkReplanDecision(decision, note);
    ReplanRow replan = jdbc.sql("select * from project_replan where id = :id").param("id", replanId)
        .query((rs, n) -> new ReplanRow(rs.getString("project_code"), Milestone.valueOf(rs.getString("milestone")),
            rs.getObject("previous_date", LocalDate.class), rs.getObject("requested_date", LocalDate.class)))
        .optional().orElseThrow(() -> new NotFound("project-replan", replanId));
    boolean approved = "APPROVED".equals(decision);
    String cleanNote = note == null || note.isBlank() ? null : note.strip();
    jdbc.sql("""
            update project_replan set approved = :approved, decision_note = :note, decided_by = :by, decided_at = :now
            where id = :id""")
        .param("approved", approved).param("note", cleanNote).param("by", byUser)
        .param("now", Timestamp.from(StewardClock.now())).param("id", replanId).update();
    String code = replan.projectCode();
    Row row = row(code);
    if (approved) {
      setPlanned(code, replan.milestone(), replan.requestedDate());
      long shift = replan.requestedDate().toEpochDay() - replan.previousDate().toEpochDay();
      LocalDate before = replan.requestedDate();
      for (Milestone later = replan.milestone().next(); later != null; later = later.next()) {
        MilestoneRow m = milestoneRow(code, later);
        if (!m.plannedDate().isAfter(before)) {
          LocalDate moved = m.plannedDate().plusDays(Math.max(shift, 1));
          setPlanned(code, later, moved);
          timeline.record(code, "MILESTONE_REPLANNED", byUser, later.label() + "随之顺延：" + m.plannedDate() + " → "
              + moved, null);
          before = moved;
        } else {
          before = m.plannedDate();
        }
      }
    }
    timeline.record(code, approved ? "REPLAN_APPROVED" : "REPLAN_REJECTED", byUser,
        (approved ? "同意" : "不同意") + replan.milestone().label() + "改期至 " + replan.requestedDate(), cleanNote);
    notifications.notifyUser(row.officer(), approved ? "REPLAN_APPROVED" : "REPLAN_REJECTED", code,
        "项目“" + row.name() + "”" + replan.milestone().label() + "改期申请" + (approved ? "已获同意" : "未获同意"));
    return approved;
  }

  /** 投产 confirmed: the project's follow-up ends; the record remains. */
  public void finish(String code) {
    jdbc.sql("update project set finished_at = :now where code = :code and finished_at is null")
        .param("now", Timestamp.from(StewardClock.now())).param("code", code).update();
    timeline.record(code, "PROJECT_FINISHED", null, "项目已投产，跟踪结束", null);
  }

  // --- monthly filing (月度填报) -----------------------------------------------------------------------------------

  /** The next month to file for: the month after the last one opened, or after registration; opens on its 1st. */
  @Transactional(readOnly = true)
  public FilingPeriod nextFilingPeriod(String code) {
    Row row = row(code);
    YearMonth last = jdbc.sql("select max(period) from project_filing where project_code = :code")
        .param("code", code).query(String.class).optional().map(YearMonth::parse)
        .orElse(YearMonth.from(row.registeredAt().atZone(StewardClock.ZONE)));
    YearMonth next = last.plusMonths(1);
    return new FilingPeriod(next.toString(), next.atDay(1).atStartOfDay(StewardClock.ZONE).toInstant());
  }

  /** Opens the month's filing, due on its {@code filingWorkingDay}-th working day, with department-handling lights. */
  public FilingClock openFiling(String code, String period) {
    YearMonth month = YearMonth.parse(period);
    LocalDate due = calendar.addWorkingDays(month.atDay(1).minusDays(1), properties.filingWorkingDay());
    org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("insert into project_filing (project_code, period, due_date) values (:code, :period, :due)")
        .param("code", code).param("period", period).param("due", due).update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    Row row = row(code);
    notifications.notifyUser(row.officer(), "FILING_OPENED", code,
        "请于 " + due + " 前填报项目“" + row.name() + "”" + period + " 月度进展");
    return new FilingClock(id, period, due, handling.warnAt(due), handling.dueAt(due));
  }

  /** The filing as its timers see it: the project, the light they last signalled, whether still owed, its deadline. */
  @Transactional(readOnly = true)
  DeadlineSubject.State filingState(long filingId) {
    return jdbc.sql("select project_code, due_date, light, filed_at from project_filing where id = :id")
        .param("id", filingId)
        .query((rs, n) -> new DeadlineSubject.State(rs.getString("project_code"), Light.valueOf(rs.getString("light")),
            rs.getObject("filed_at") == null, handling.deadline(rs.getObject("due_date", LocalDate.class))))
        .optional().orElseThrow(() -> new NotFound("project-filing", filingId));
  }

  /** Stores the light a timer signalled ({@link #filingSubject}). */
  void storeFilingLight(long filingId, Light light) {
    jdbc.sql("update project_filing set light = :light where id = :id").param("light", light.name())
        .param("id", filingId).update();
  }

  /** Yellow (the due date has come) tells the officer; red tells the officer and the leader. */
  void announceFiling(long filingId, Light light) {
    FilingRow filing = filing(filingId);
    Row row = row(filing.projectCode());
    if (light == Light.YELLOW) {
      timeline.record(filing.projectCode(), "FILING_NEAR", null, filing.period() + " 月度填报今日到期（黄灯）",
          filing.dueDate().toString());
      notifications.notifyUser(row.officer(), "FILING_NEAR", filing.projectCode(),
          filing.period() + " 月度进展今日到期，请填报");
      return;
    }
    timeline.record(filing.projectCode(), "FILING_OVERDUE", null, filing.period() + " 月度填报逾期（红灯）",
        filing.dueDate().toString());
    String text = "项目“" + row.name() + "”" + filing.period() + " 月度进展逾期未填报";
    notifications.notifyUser(row.officer(), "FILING_OVERDUE", filing.projectCode(), text);
    notifications.notifyUser(approver(row), "FILING_OVERDUE", filing.projectCode(), text);
  }

  /** Checks a filing: percent 0..100 (whole), notes required. @throws InvalidInput (percent, progressNotes) */
  @Transactional(readOnly = true)
  public void checkFiling(Object percent, String notes) {
    Violations violations = new Violations();
    percent(violations, percent);
    violations.text(ProjectMilestonesProcess.PROGRESS_NOTES, notes, 2000);
    violations.throwIfAny();
  }

  /** Records the officer's monthly filing. */
  public void fileProgress(long filingId, Object percent, String notes, String byUser) {
    Violations violations = new Violations();
    Integer value = percent(violations, percent);
    String cleanNotes = violations.text(ProjectMilestonesProcess.PROGRESS_NOTES, notes, 2000);
    violations.throwIfAny();
    FilingRow filing = filing(filingId);
    jdbc.sql("""
            update project_filing set percent = :percent, notes = :notes, filed_by = :by, filed_at = :now
            where id = :id""")
        .param("percent", value).param("notes", cleanNotes).param("by", byUser)
        .param("now", Timestamp.from(StewardClock.now())).param("id", filingId).update();
    timeline.record(filing.projectCode(), "PROGRESS_FILED", byUser, filing.period() + " 月度进展：" + value + "%",
        cleanNotes);
  }

  // --- lights ----------------------------------------------------------------------------------------------------

  /**
   * A milestone's deadline: the officer is warned (yellow) from the start of the {@code warningWorkingDays}-th working
   * day before the plan, red from the day after it.
   */
  public Deadline milestoneDeadline(LocalDate plannedDate) {
    return deadlines.of(plannedDate, properties.warningWorkingDays());
  }

  /** When the officer is warned ({@link #milestoneSubject}). */
  public Instant warnAt(LocalDate plannedDate) {
    return milestoneDeadline(plannedDate).warnAt();
  }

  /** When an unconfirmed milestone goes to the joint-meeting office. */
  public Instant escalateAt(LocalDate plannedDate) {
    return handling.dueAt(calendar.addWorkingDays(plannedDate, properties.escalationWorkingDays()));
  }

  private Light light(LocalDate plannedDate, Instant now) {
    return milestoneDeadline(plannedDate).lightAt(now);
  }

  // --- internals -------------------------------------------------------------------------------------------------

  /** A validated registration. */
  private record Registration(String code, String name, Enterprise enterprise, long investment, String site,
      String area, boolean key, String officer, String leader, String plan, Map<Milestone, LocalDate> dates) {
  }

  private Registration validate(NewProject project) {
    if (project == null) {
      throw new InvalidInput("body", "NotNull");
    }
    Violations violations = new Violations();
    String code = violations.line("code", project.code(), 32);
    if (code != null && !CODE.matcher(code).matches()) {
      violations.add("code", "project.code.format");
    }
    String name = violations.line("name", project.name(), 200);
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
    String site = violations.line("site", project.site(), 200);
    String area = violations.line("area", project.area(), 100);
    boolean key = Boolean.TRUE.equals(project.keyProject());
    String officer = knownOfficer(violations, "officer", project.officer());
    String leader = null;
    if (blank(project.leader())) {
      if (key) {
        violations.add("leader", "project.leader.required");
      } else if (officer != null && directory.supervisorOf(officer).isEmpty()) {
        violations.add("leader", "project.leader.needed");
      }
    } else {
      leader = knownLeader(violations, "leader", project.leader());
    }
    String plan = key ? violations.text("followUpPlan", project.followUpPlan(), 2000)
        : violations.optionalText("followUpPlan", project.followUpPlan(), 2000);
    Map<Milestone, LocalDate> dates = new EnumMap<>(Milestone.class);
    dates.put(Milestone.CONSTRUCTION_START, date(violations, "plannedConstructionStart",
        project.plannedConstructionStart()));
    dates.put(Milestone.COMPLETION, date(violations, "plannedCompletion", project.plannedCompletion()));
    dates.put(Milestone.PRODUCTION_START, date(violations, "plannedProductionStart",
        project.plannedProductionStart()));
    LocalDate today = StewardClock.today();
    LocalDate previous = null;
    for (Milestone milestone : Milestone.values()) {
      LocalDate date = dates.get(milestone);
      String field = dateField(milestone);
      if (date == null) {
        previous = null;
        continue;
      }
      if (date.isBefore(today)) {
        violations.add(field, "project.date.past", today);
      } else if (previous != null && !date.isAfter(previous)) {
        violations.add(field, "project.date.order", milestone.label(), previous);
      }
      previous = date;
    }
    violations.throwIfAny();
    return new Registration(code, name, enterprise, project.investment(), site, area, key, officer, leader, plan,
        dates);
  }

  static String dateField(Milestone milestone) {
    return switch (milestone) {
      case CONSTRUCTION_START -> "plannedConstructionStart";
      case COMPLETION -> "plannedCompletion";
      case PRODUCTION_START -> "plannedProductionStart";
    };
  }

  /** What a confirmation would record. */
  private record Confirmation(LocalDate actualDate, String note, String overrideReason, List<String> openProblems) {
  }

  private Confirmation checkConfirmation(Violations violations, String code, Milestone milestone, String actualDate,
      String note, String overrideReason) {
    LocalDate actual = date(violations, ProjectMilestonesProcess.ACTUAL_DATE, actualDate);
    if (actual != null && actual.isAfter(StewardClock.today())) {
      violations.add(ProjectMilestonesProcess.ACTUAL_DATE, "project.actualDate.future");
    }
    Milestone previous = milestone.ordinal() == 0 ? null : Milestone.values()[milestone.ordinal() - 1];
    if (actual != null && previous != null) {
      LocalDate previousActual = milestoneRow(code, previous).actualDate();
      if (previousActual != null && actual.isBefore(previousActual)) {
        violations.add(ProjectMilestonesProcess.ACTUAL_DATE, "project.actualDate.beforePrevious", previous.label(),
            previousActual);
      }
    }
    String cleanNote = violations.text(ProjectMilestonesProcess.NOTE, note, 2000);
    List<String> open = openProblems(code, milestone);
    String override = violations.optionalText(ProjectMilestonesProcess.OVERRIDE_REASON, overrideReason, 2000);
    if (!open.isEmpty() && override == null && !violations.has(ProjectMilestonesProcess.OVERRIDE_REASON)) {
      violations.add(ProjectMilestonesProcess.OVERRIDE_REASON, "project.override.required", String.join("、", open));
    }
    return new Confirmation(actual, cleanNote, open.isEmpty() ? null : override, open);
  }

  private LocalDate checkReplan(Violations violations, String code, Milestone milestone, String requestedDate,
      String reason) {
    LocalDate requested = date(violations, ProjectMilestonesProcess.REQUESTED_DATE, requestedDate);
    if (requested != null) {
      MilestoneRow m = milestoneRow(code, milestone);
      if (requested.isBefore(StewardClock.today())) {
        violations.add(ProjectMilestonesProcess.REQUESTED_DATE, "project.date.past", StewardClock.today());
      } else if (requested.equals(m.plannedDate())) {
        violations.add(ProjectMilestonesProcess.REQUESTED_DATE, "project.requestedDate.same");
      } else if (milestone.ordinal() > 0) {
        MilestoneRow previous = milestoneRow(code, Milestone.values()[milestone.ordinal() - 1]);
        LocalDate after = previous.actualDate() != null ? previous.actualDate() : previous.plannedDate();
        if (!requested.isAfter(after)) {
          violations.add(ProjectMilestonesProcess.REQUESTED_DATE, "project.date.order", milestone.label(), after);
        }
      }
    }
    violations.text(ProjectMilestonesProcess.REPLAN_REASON, reason, 2000);
    return requested;
  }

  private static Integer percent(Violations violations, Object percent) {
    return violations.whole(ProjectMilestonesProcess.PERCENT, percent, 0, 100, "project.percent.range");
  }

  private static LocalDate date(Violations violations, String field, String value) {
    if (value == null || value.isBlank()) {
      violations.add(field, "NotBlank");
      return null;
    }
    String text = value.strip();
    // Camunda Forms' datetime field sends yyyy-MM-dd, some clients a full timestamp: the date part counts
    if (text.length() > 10 && text.charAt(10) == 'T') {
      text = text.substring(0, 10);
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      violations.add(field, "project.date.format");
      return null;
    }
  }

  private static Milestone milestone(Violations violations, String field, String value) {
    if (value == null || value.isBlank()) {
      violations.add(field, "NotBlank");
      return null;
    }
    return parse(violations, field, Milestone.class, value, false);
  }

  private static <E extends Enum<E>> E parse(Violations violations, String field, Class<E> type, String value,
      boolean throwNow) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.strip())) {
        return constant;
      }
    }
    violations.add(field, "project.code.unknown", Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", ")));
    if (throwNow) {
      violations.throwIfAny();
    }
    return null;
  }

  private String knownOfficer(Violations violations, String field, String officer) {
    if (blank(officer)) {
      violations.add(field, "NotBlank");
      return null;
    }
    String id = officer.strip();
    if (directory.officer(id).isEmpty()) {
      violations.add(field, "project.officer.unknown", id);
      return null;
    }
    return id;
  }

  private String knownLeader(Violations violations, String field, String leader) {
    if (blank(leader)) {
      violations.add(field, "NotBlank");
      return null;
    }
    String id = leader.strip();
    if (!memberships.isMember(id, StewardGroups.LEADERS)) {
      violations.add(field, "project.leader.unknown", id);
      return null;
    }
    return id;
  }

  private Row manageable(String code, Caller caller) {
    Row row = row(code);
    if (!caller.isAdmin() && !caller.groups().contains(StewardGroups.SUPERVISORS)) {
      throw new ProjectForbidden();
    }
    if (row.finishedAt() != null) {
      throw new ProjectFinished(code);
    }
    return row;
  }

  /** The project's case scope ({@link CaseAccess}): its enterprise, officer, leader, the officer's supervisor, all-readers. */
  private boolean maySee(Caller caller, Row row) {
    return access.mayRead(row.code(), reader(caller));
  }

  private static CaseReader reader(Caller caller) {
    return new CaseReader(caller.userId(), caller.groups());
  }

  /** Who approves re-plans and chases red milestones: the leader, or for a project without one the officer's supervisor. */
  private String approver(Row row) {
    if (row.leader() != null) {
      return row.leader();
    }
    return directory.supervisorOf(row.officer()).map(Officer::id).orElse(row.officer());
  }

  private void reassign(String code, String role, String userId, String reason, String byUser) {
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

  private void setPlanned(String code, Milestone milestone, LocalDate date) {
    jdbc.sql("""
            update project_milestone set planned_date = :date, warned_at = null, overdue_at = null,
              escalated_at = null
            where project_code = :code and milestone = :milestone""")
        .param("date", date).param("code", code).param("milestone", milestone.name()).update();
  }

  private void stamp(String code, Milestone milestone, String column) {
    jdbc.sql("update project_milestone set " + column + " = :now where project_code = :code and milestone = :milestone")
        .param("now", Timestamp.from(StewardClock.now())).param("code", code).param("milestone", milestone.name())
        .update();
  }

  private ProjectSummary summary(Row row) {
    List<MilestoneRow> milestones = milestones(row.code());
    List<ProjectView.Problem> problems = problems(row.code());
    List<ProjectView.Filing> filings = filings(row.code());
    Instant now = StewardClock.now();
    Optional<MilestoneRow> current = milestones.stream().filter(m -> m.actualDate() == null).findFirst();
    return new ProjectSummary(row.code(), row.name(), row.enterpriseName(), row.area(), row.key(), row.officer(),
        officerName(row.officer()), row.leader(), state(row, milestones, problems, filings, now),
        current.map(MilestoneRow::milestone).orElse(null), current.map(MilestoneRow::plannedDate).orElse(null),
        current.map(m -> light(m.plannedDate(), now)).orElse(null),
        (int) problems.stream().filter(ProjectView.Problem::open).count());
  }

  private ProjectState state(Row row, List<MilestoneRow> milestones, List<ProjectView.Problem> problems,
      List<ProjectView.Filing> filings, Instant now) {
    if (row.finishedAt() != null) {
      return ProjectState.FINISHED;
    }
    List<Light> lights = milestones.stream().filter(m -> m.actualDate() == null)
        .map(m -> light(m.plannedDate(), now)).toList();
    if (lights.contains(Light.RED)) {
      return ProjectState.DELAYED;
    }
    if (lights.contains(Light.YELLOW) || problems.stream().anyMatch(ProjectView.Problem::open)
        || filings.stream().anyMatch(f -> f.light() == Light.RED)) {
      return ProjectState.AT_RISK;
    }
    return ProjectState.ON_TRACK;
  }

  private ProjectView view(Row row) {
    Instant now = StewardClock.now();
    List<MilestoneRow> milestones = milestones(row.code());
    List<ProjectView.Problem> problems = problems(row.code());
    List<ProjectView.Filing> filings = filings(row.code());
    Map<Milestone, List<ProjectView.Replan>> replans = replans(row.code());
    LocalDate today = StewardClock.today();
    List<ProjectView.MilestoneView> views = new ArrayList<>();
    long delay = 0;
    for (MilestoneRow m : milestones) {
      LocalDate forecast;
      if (m.actualDate() != null) {
        forecast = m.actualDate();
      } else {
        forecast = m.plannedDate().plusDays(delay);
        if (forecast.isBefore(today)) {
          forecast = today;
        }
      }
      delay = Math.max(0, forecast.toEpochDay() - m.plannedDate().toEpochDay());
      views.add(new ProjectView.MilestoneView(m.milestone(), m.milestone().label(), m.originalDate(),
          m.plannedDate(), m.actualDate(), forecast, m.actualDate() != null,
          m.actualDate() == null ? light(m.plannedDate(), now) : null, m.note(), m.overrideReason(),
          m.confirmedBy(), shanghai(m.confirmedAt()), shanghai(m.escalatedAt()),
          replans.getOrDefault(m.milestone(), List.of())));
    }
    List<ProjectView.Assignment> assignments = jdbc.sql("""
            select role, user_id, valid_from, valid_to, reason, assigned_by from project_assignment
            where project_code = :code order by valid_from, id""")
        .param("code", row.code())
        .query((rs, n) -> new ProjectView.Assignment(rs.getString("role"), rs.getString("user_id"),
            shanghai(instant(rs, "valid_from")), shanghai(instant(rs, "valid_to")), rs.getString("reason"),
            rs.getString("assigned_by")))
        .list();
    List<ProjectView.Step> steps = timeline.of(row.code()).stream().map(ProjectManagement::step).toList();
    Milestone current = milestones.stream().filter(m -> m.actualDate() == null).map(MilestoneRow::milestone)
        .findFirst().orElse(null);
    return new ProjectView(row.code(), row.name(), row.enterpriseId(), row.enterpriseName(), row.investment(),
        row.site(), row.area(), row.key(), row.officer(), officerName(row.officer()), row.leader(),
        userName(row.leader()), row.plan(), state(row, milestones, problems, filings, now), current,
        shanghai(row.registeredAt()), row.registeredBy(), shanghai(row.finishedAt()), views, problems, filings,
        assignments, steps);
  }

  private List<ProjectView.Problem> problems(String code) {
    return jdbc.sql("select * from project_problem where project_code = :code order by id").param("code", code)
        .query((rs, n) -> new ProjectView.Problem(rs.getLong("id"), Milestone.valueOf(rs.getString("milestone")),
            rs.getString("category"), rs.getString("description"), rs.getString("case_number"),
            isOpen(rs.getString("case_number")), rs.getString("reported_by"), shanghai(instant(rs, "reported_at"))))
        .list();
  }

  /** A problem is open while its case is, as the capability that owns the case says. */
  private boolean isOpen(String caseNumber) {
    return cases.stream().map(lookup -> lookup.find(caseNumber)).flatMap(Optional::stream).findFirst()
        .map(CaseSummary::open).orElse(true);
  }

  private List<ProjectView.Filing> filings(String code) {
    Instant now = StewardClock.now();
    return jdbc.sql("select * from project_filing where project_code = :code order by period").param("code", code)
        .query((rs, n) -> {
          LocalDate due = rs.getObject("due_date", LocalDate.class);
          int percent = rs.getInt("percent");
          Integer value = rs.wasNull() ? null : percent;
          Instant filedAt = instant(rs, "filed_at");
          return new ProjectView.Filing(rs.getString("period"), due, value, rs.getString("notes"),
              rs.getString("filed_by"), shanghai(filedAt), filedAt == null ? handling.deadline(due).lightAt(now) : null);
        })
        .list();
  }

  private Map<Milestone, List<ProjectView.Replan>> replans(String code) {
    return jdbc.sql("select * from project_replan where project_code = :code order by id").param("code", code)
        .query((rs, n) -> {
          boolean approved = rs.getBoolean("approved");
          Boolean decision = rs.wasNull() ? null : approved;
          return Map.entry(Milestone.valueOf(rs.getString("milestone")), new ProjectView.Replan(rs.getLong("id"),
              rs.getObject("previous_date", LocalDate.class), rs.getObject("requested_date", LocalDate.class),
              rs.getString("reason"), rs.getString("requested_by"), shanghai(instant(rs, "requested_at")),
              decision, rs.getString("decision_note"), rs.getString("decided_by"),
              shanghai(instant(rs, "decided_at"))));
        })
        .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  private FilingRow filing(long filingId) {
    return jdbc.sql("select project_code, period, due_date from project_filing where id = :id").param("id", filingId)
        .query((rs, n) -> new FilingRow(rs.getString("project_code"), rs.getString("period"),
            rs.getObject("due_date", LocalDate.class)))
        .optional().orElseThrow(() -> new NotFound("project-filing", filingId));
  }

  private Map<ProjectState, Integer> countStates(List<ProjectSummary> summaries) {
    Map<ProjectState, Integer> counts = new EnumMap<>(ProjectState.class);
    for (ProjectState state : ProjectState.values()) {
      counts.put(state, 0);
    }
    summaries.forEach(s -> counts.merge(s.state(), 1, Integer::sum));
    return counts;
  }

  private Map<String, Integer> countMilestones(List<ProjectSummary> summaries) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Milestone milestone : Milestone.values()) {
      counts.put(milestone.name(), 0);
    }
    counts.put(ProjectState.FINISHED.name(), 0);
    summaries.forEach(s -> counts.merge(s.currentMilestone() == null ? ProjectState.FINISHED.name()
        : s.currentMilestone().name(), 1, Integer::sum));
    return counts;
  }

  private ProjectBoard.Group group(String key, String name, List<ProjectSummary> summaries) {
    return new ProjectBoard.Group(key, name, summaries.size(), countStates(summaries), countMilestones(summaries));
  }

  private String officerName(String officerId) {
    return officerId == null ? null : directory.officer(officerId).map(Officer::name).orElse(officerId);
  }

  private String userName(String userId) {
    if (userId == null) {
      return null;
    }
    return system.call(() -> directory.userName(userId));
  }

  private List<MilestoneRow> milestones(String code) {
    return jdbc.sql("select * from project_milestone where project_code = :code order by position")
        .param("code", code).query(ProjectManagement::mapMilestone).list();
  }

  private MilestoneRow milestoneRow(String code, Milestone milestone) {
    return jdbc.sql("select * from project_milestone where project_code = :code and milestone = :milestone")
        .param("code", code).param("milestone", milestone.name()).query(ProjectManagement::mapMilestone)
        .optional().orElseThrow(() -> new NotFound("project", code));
  }

  private Row row(String code) {
    return jdbc.sql("select * from project where code = :code").param("code", code)
        .query(ProjectManagement::map).optional().orElseThrow(() -> new NotFound("project", code));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static ProjectView.Step step(TimelineEntry entry) {
    return new ProjectView.Step(shanghai(entry.at()), entry.action(), entry.actor(), entry.description(),
        entry.detail());
  }

  private static OffsetDateTime shanghai(Instant instant) {
    return instant == null ? null : instant.atZone(StewardClock.ZONE).toOffsetDateTime();
  }

  /** One row of table {@code project}. */
  private record Row(String code, String name, long enterpriseId, String enterpriseName, long investment, String site,
      String area, boolean key, String officer, String leader, String plan, String registeredBy, Instant registeredAt,
      Instant finishedAt) {
  }

  /** One row of table {@code project_milestone}. */
  private record MilestoneRow(String projectCode, Milestone milestone, LocalDate originalDate, LocalDate plannedDate,
      LocalDate actualDate, String note, String overrideReason, Instant confirmedAt, String confirmedBy,
      Instant escalatedAt) {
  }

  private record ReplanRow(String projectCode, Milestone milestone, LocalDate previousDate, LocalDate requestedDate) {
  }

  private record FilingRow(String projectCode, String period, LocalDate dueDate) {
  }

  private static Row map(ResultSet rs, int n) throws SQLException {
    return new Row(rs.getString("code"), rs.getString("name"), rs.getLong("enterprise_id"),
        rs.getString("enterprise_name"), rs.getLong("investment"), rs.getString("site"), rs.getString("area"),
        rs.getBoolean("key_project"), rs.getString("officer_id"), rs.getString("leader_id"),
        rs.getString("follow_up_plan"), rs.getString("registered_by"), instant(rs, "registered_at"),
        instant(rs, "finished_at"));
  }

  private static MilestoneRow mapMilestone(ResultSet rs, int n) throws SQLException {
    return new MilestoneRow(rs.getString("project_code"), Milestone.valueOf(rs.getString("milestone")),
        rs.getObject("original_date", LocalDate.class), rs.getObject("planned_date", LocalDate.class),
        rs.getObject("actual_date", LocalDate.class), rs.getString("note"), rs.getString("override_reason"),
        instant(rs, "confirmed_at"), rs.getString("confirmed_by"), instant(rs, "escalated_at"));
  }

}
