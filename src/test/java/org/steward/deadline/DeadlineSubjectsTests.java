package org.steward.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.steward.directory.TargetInput;
import org.steward.convening.ConveningManagement;
import org.steward.convening.ConveningOpinions;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.handling.Handovers;
import org.steward.handling.UnitExtensions;
import org.steward.handling.UnitReports;
import org.steward.jointoffice.AnalysisInput;
import org.steward.jointoffice.EscalationAnalysis;
import org.steward.jointoffice.EscalationIntake;
import org.steward.jointoffice.MeetingPositions;
import org.steward.policy.NewPolicy;
import org.steward.policy.Policies;
import org.steward.policy.PolicyConfirmations;
import org.steward.policy.PolicyJobs;
import org.steward.project.Milestone;
import org.steward.project.MilestoneConfirmations;
import org.steward.project.MilestoneReplans;
import org.steward.project.NewProject;
import org.steward.project.ProjectFilings;
import org.steward.project.ProjectRegistry;
import org.steward.request.Caller;
import org.steward.request.RequestFixtures;
import org.steward.request.RequestIntake;
import org.steward.request.RequestSteps;
import org.steward.shared.StewardClock;
import org.steward.supervision.NewSupervisionOrder;
import org.steward.supervision.OrderAnswers;
import org.steward.supervision.OrderIssuing;
import org.steward.survey.Campaigns;
import org.steward.survey.NewCampaign;
import org.steward.survey.SurveyChases;
import org.steward.visit.Visits;

/**
 * The same scenarios over all seven subjects, each made through its capability's API and signalled as its timers do,
 * at the instants of its own deadline (the last, {@code task}, is any user task a designer gave a due date): they
 * behave the same. Yellow then red each change once and are published; a
 * yellow timer running late, after red, changes and announces nothing; a subject closed before its warning stays as it
 * is; an extension or re-plan gives a new deadline and a green light that turns again.
 */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlineSubjectsTests {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String DESIGNED = "designed-deadline";

  @Autowired
  Lights lights;
  @Autowired
  ApplicationEvents events;
  @Autowired
  Handovers handovers;
  @Autowired
  UnitExtensions extensions;
  @Autowired
  UnitReports reports;
  @Autowired
  ConveningManagement convenings;
  @Autowired
  ConveningOpinions opinions;
  @Autowired
  EscalationIntake intake;
  @Autowired
  EscalationAnalysis analysis;
  @Autowired
  MeetingPositions positions;
  @Autowired
  OrderIssuing issuing;
  @Autowired
  OrderAnswers answers;
  @Autowired
  ProjectRegistry registry;
  @Autowired
  MilestoneConfirmations milestones;
  @Autowired
  MilestoneReplans replans;
  @Autowired
  ProjectFilings filings;
  @Autowired
  RequestIntake requestIntake;
  @Autowired
  RequestSteps steps;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  RepositoryService repository;
  @Autowired
  TaskService tasks;
  @Autowired
  Policies policies;
  @Autowired
  PolicyConfirmations confirmations;
  @Autowired
  Campaigns campaigns;
  @Autowired
  SurveyChases chases;
  @Autowired
  Visits visits;
  private int visitCycles;

  /** One subject: how the test makes it, and how its work is done before the warning. */
  record Subject(String kind, Supplier<String> make, Consumer<String> close) {

    @Override
    public String toString() {
      return kind;
    }
  }

  @BeforeEach
  void mondayMorning() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 3, 2).atTime(10, 0).atZone(StewardClock.ZONE).toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  Stream<Subject> subjects() {
    return Stream.of(
        new Subject("unit",
            () -> Long.toString(handovers.handOver(newCase(), "water", List.of(), 3, "zhangwei").get(0)),
            id -> {
              reports.sign(Long.parseLong(id), "water01");
              reports.giveFeedback(Long.parseLong(id), "已办结", "water01");
            }),
        new Subject("opinion", () -> Long.toString(convenings.convene(submittedCase(), "能否先行办理临时用地？",
            List.of("liuyang", "wangjing"), 3, "zhangwei").opinions().get(0).id()),
            id -> opinions.giveOpinion(Long.parseLong(id), "同意", "liuyang")),
        new Subject("position", this::position,
            id -> {
              long meeting = jdbc.sql("select meeting_id from joint_meeting_position where id = :id")
                  .param("id", Long.parseLong(id)).query(Long.class).single();
              positions.givePosition(meeting, "water", "同意", "water01");
            }),
        new Subject("order", () -> Long.toString(issuing.issue(
            new NewSupervisionOrder(submittedCase(), null, "water", "请三日内反馈", 3), "chenjianguo").id()),
            id -> {
              answers.sign(Long.parseLong(id), "water01");
              answers.answer(Long.parseLong(id), "已办理", "water01");
            }),
        new Subject("milestone", () -> project() + "/" + Milestone.CONSTRUCTION_START,
            id -> milestones.confirmMilestone(id.substring(0, id.indexOf('/')), Milestone.CONSTRUCTION_START,
                "2026-03-02", "已动工", null, "huangqiang")),
        new Subject("filing", () -> Long.toString(filings.openFiling(project(), "2026-03").filingId()),
            id -> filings.fileProgress(Long.parseLong(id), 10, "基础施工", "huangqiang")),
        new Subject("response", this::submittedCase, id -> steps.acknowledge(id, "zhangwei", "已收到，正在办理")),
        new Subject("confirmation", this::policyConfirmation,
            id -> confirmations.confirm(Long.parseLong(id), "APPLICABLE", null, "huangqiang")),
        new Subject("chase", this::surveyChase, id -> chases.done(Long.parseLong(id), "已逐家电话提醒", "zhangwei")),
        new Subject("visit", this::plannedVisit, id -> visits.record(Long.parseLong(id),
            StewardClock.today().toString(), "PHONE", "王总", "经营平稳", null, "zhangwei")),
        new Subject("task", this::designersTask, tasks::complete));
  }

  @Test
  void everySubjectKindIsCovered() {
    assertThat(subjects().map(Subject::kind)).containsExactlyInAnyOrderElementsOf(lights.kinds());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("subjects")
  void yellowThenRed_eachChangesOnce_andIsPublished(Subject subject) {
    String id = subject.make().get();
    Deadline deadline = state(subject, id).deadline();

    at(deadline.warnAt());
    assertThat(lights.signal(subject.kind(), id, Light.YELLOW)).isPresent();
    at(deadline.dueAt());
    assertThat(lights.signal(subject.kind(), id, Light.RED)).isPresent();
    assertThat(lights.signal(subject.kind(), id, Light.RED)).as("a second red").isEmpty();

    assertThat(changes(subject, id)).extracting(LightChanged::from, LightChanged::to)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Light.GREEN, Light.YELLOW),
            org.assertj.core.groups.Tuple.tuple(Light.YELLOW, Light.RED));
    assertThat(state(subject, id).light()).isEqualTo(Light.RED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("subjects")
  void redThenALateYellow_changesAndAnnouncesNothing(Subject subject) {
    String id = subject.make().get();
    at(state(subject, id).deadline().dueAt());

    assertThat(lights.signal(subject.kind(), id, Light.RED)).isPresent();
    assertThat(lights.signal(subject.kind(), id, Light.YELLOW)).isEmpty();

    assertThat(changes(subject, id)).extracting(LightChanged::to).containsExactly(Light.RED);
    assertThat(state(subject, id).light()).isEqualTo(Light.RED);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("subjects")
  void yellowAfterTheDeadline_waitsForRed(Subject subject) {
    String id = subject.make().get();
    at(state(subject, id).deadline().dueAt());

    assertThat(lights.signal(subject.kind(), id, Light.YELLOW)).isEmpty();

    assertThat(changes(subject, id)).isEmpty();
    assertThat(state(subject, id).light()).isEqualTo(Light.GREEN);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("subjects")
  void closedBeforeTheWarning_staysAsItIs_andAnnouncesNothing(Subject subject) {
    String id = subject.make().get();
    Deadline deadline = state(subject, id).deadline();
    subject.close().accept(id);

    at(deadline.warnAt());
    assertThat(lights.signal(subject.kind(), id, Light.YELLOW)).isEmpty();
    at(deadline.dueAt());
    assertThat(lights.signal(subject.kind(), id, Light.RED)).isEmpty();

    assertThat(changes(subject, id)).isEmpty();
    assertThat(state(subject, id).open()).isFalse();
  }

  /**
   * Subjects whose timers run on tasks (a response and an order: the whole instance; an opinion: one of several in it),
   * with how to find the subject's own tasks: their timers, run at the subject's instants as the job executor would,
   * keep the {@code light} variable the Tasklist filters read (on the task, else on its instance; none means green)
   * equal to the subject's light after every step.
   */
  Stream<Arguments> timedSubjects() {
    return Stream.of(
        Arguments.of(subject("response"), (Function<String, List<Task>>) caseNumber -> tasks.createTaskQuery()
            .processInstanceBusinessKey(caseNumber).taskDefinitionKey("UserTask_AcknowledgeRequest").list()),
        Arguments.of(subject("order"), (Function<String, List<Task>>) id -> tasks.createTaskQuery()
            .processDefinitionKey("supervision-order").processVariableValueEquals("orderId", Long.parseLong(id))
            .list()),
        Arguments.of(subject("opinion"), (Function<String, List<Task>>) id -> {
          String officer = jdbc.sql("select officer_id from convening_opinion where id = :id")
              .param("id", Long.parseLong(id)).query(String.class).single();
          return tasks.createTaskQuery().taskDefinitionKey("UserTask_GiveOpinion").taskAssignee(officer)
              .processInstanceBusinessKey(lights.subject("opinion").stateOf(id).caseNumber()).list();
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("timedSubjects")
  void theTimers_keepTheLightVariable_theSubjectsLight(Subject subject, Function<String, List<Task>> subjectTasks) {
    String id = subject.make().get();
    Deadline deadline = state(subject, id).deadline();
    assertThat(subjectTasks.apply(id)).as("the subject's tasks").isNotEmpty();
    assertLightVariable(subject, id, subjectTasks, Light.GREEN);

    at(deadline.warnAt());
    runTimers(subjectTasks.apply(id));
    assertLightVariable(subject, id, subjectTasks, Light.YELLOW);

    at(deadline.dueAt());
    runTimers(subjectTasks.apply(id));
    assertLightVariable(subject, id, subjectTasks, Light.RED);
  }

  private void assertLightVariable(Subject subject, String id, Function<String, List<Task>> subjectTasks,
      Light expected) {
    assertThat(state(subject, id).light()).isEqualTo(expected);
    assertThat(subjectTasks.apply(id)).as("the subject's tasks").isNotEmpty().allSatisfy(task ->
        assertThat(Objects.requireNonNullElse(tasks.getVariable(task.getId(), Lights.VARIABLE), Light.GREEN.name()))
            .as(task.getTaskDefinitionKey()).isEqualTo(expected.name()));
  }

  /** Runs the timers due now of the tasks' instances, as the job executor would. */
  private void runTimers(List<Task> subjectTasks) {
    subjectTasks.stream().map(Task::getProcessInstanceId).distinct().forEach(instance -> {
      for (Job job : management.createJobQuery().processInstanceId(instance).timers()
          .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1)).list()) {
        management.executeJob(job.getId());
      }
    });
  }

  private Subject subject(String kind) {
    return subjects().filter(s -> s.kind().equals(kind)).findFirst().orElseThrow();
  }

  @Test
  void extension_givesTheUnitANewDeadline_andAGreenLightThatTurnsAgain() {
    long unitId = handovers.handOver(newCase(), "water", List.of(), 3, "zhangwei").get(0);
    String id = Long.toString(unitId);
    Deadline before = state("unit", id).deadline();
    at(before.warnAt());
    lights.signal("unit", id, Light.YELLOW);
    reports.sign(unitId, "water01");

    extensions.requestExtension(unitId, before.dueDate().plusDays(7), "需等待规划许可", "water01");
    extensions.decideExtension(unitId, true, "chenjianguo", null);

    DeadlineSubject.State after = state("unit", id);
    assertThat(after.deadline().dueDate()).isEqualTo(before.dueDate().plusDays(7));
    assertThat(after.light()).isEqualTo(Light.GREEN);
    at(after.deadline().warnAt());
    assertThat(lights.signal("unit", id, Light.YELLOW)).isPresent();
  }

  @Test
  void replan_givesTheMilestoneANewDeadline_andAGreenLightThatTurnsAgain() {
    String code = project();
    String id = code + "/" + Milestone.CONSTRUCTION_START;
    Deadline before = state("milestone", id).deadline();
    at(before.warnAt());
    lights.signal("milestone", id, Light.YELLOW);

    long replan = replans.requestReplan(code, Milestone.CONSTRUCTION_START, "2026-05-04", "施工许可延后", "huangqiang");
    replans.decideReplan(replan, "APPROVED", null, "hejun");

    DeadlineSubject.State after = state("milestone", id);
    assertThat(after.deadline().dueDate()).isEqualTo(LocalDate.of(2026, 5, 4));
    assertThat(after.light()).isEqualTo(Light.GREEN);
    at(after.deadline().warnAt());
    assertThat(lights.signal("milestone", id, Light.YELLOW)).isPresent();
  }

  // --- making subjects -------------------------------------------------------------------------------------------

  private static String newCase() {
    return "DL-" + SEQUENCE.incrementAndGet();
  }

  private String submittedCase() {
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    return requestIntake.submit(RequestFixtures.request(ent01, "期限测试"), "ent01", null).request().caseNumber();
  }

  /** The confirmation of a new policy for key enterprise ent03, published by an administrator. */
  private String policyConfirmation() {
    long ent03 = directory.enterpriseOfUser("ent03").orElseThrow().id();
    Caller admin = new Caller("admin", Set.of(StewardGroups.ADMIN));
    long policy = policies.draft(new NewPolicy("期限测试政策", "区科技局", "摘要", "正文", "2026-03-01", "2026-12-31", 3,
        new TargetInput(null, null, null, null, List.of(ent03))), admin).id();
    policies.publish(policy, admin);
    PolicyJobs.deliver(runtime, management, policy);
    return Long.toString(jdbc.sql("select id from policy_confirmation where policy_id = :policy")
        .param("policy", policy).query(Long.class).single());
  }

  /** A visit of ent01 by zhangwei, planned for a cycle of its own (each a month earlier than the one before). */
  private String plannedVisit() {
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    LocalDate period = StewardClock.today().withDayOfMonth(1).minusMonths(visitCycles++);
    jdbc.sql("""
            insert into visit (enterprise_id, officer_id, cycle, period_start, state, due_date, created_at)
            values (:enterprise, 'zhangwei', 'MONTHLY', :period, 'OPEN', :due, :now)""")
        .param("enterprise", ent01).param("period", period).param("due", StewardClock.today().plusDays(21))
        .param("now", java.sql.Timestamp.from(StewardClock.now())).update();
    return Long.toString(jdbc.sql("select id from visit where enterprise_id = :enterprise and period_start = :period")
        .param("enterprise", ent01).param("period", period).query(Long.class).single());
  }

  /** zhangwei's chase of ent01, which was asked by a new survey campaign and has not answered. */
  private String surveyChase() {
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    Caller admin = new Caller("admin", Set.of(StewardGroups.ADMIN));
    long campaign = campaigns.create(new NewCampaign("business-conditions", "期限测试问卷",
        new TargetInput(null, null, null, null, List.of(ent01)), StewardClock.today().toString(),
        StewardClock.today().plusDays(30).toString(), null), admin).id();
    campaigns.open(campaign);
    return Long.toString(chases.open(campaign, "zhangwei").id());
  }

  /** A task a designer gave three working days, yellow from the second, without Java. */
  private String designersTask() {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(DESIGNED).count() == 0) {
      repository.createDeployment().addModelInstance(DESIGNED + ".bpmn", Bpmn.createExecutableProcess(DESIGNED)
          .camundaHistoryTimeToLive(1).startEvent().userTask("UserTask_VisitSite").name("现场踏勘")
          .camundaCandidateGroups(StewardGroups.OFFICERS).camundaDueDate("P3WD").camundaFollowUpDate("P2WD")
          .endEvent().done()).deploy();
    }
    String instance = runtime.startProcessInstanceByKey(DESIGNED, newCase()).getId();
    return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private String position() {
    String caseNumber = submittedCase();
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult()
        .getId();
    long escalation = intake.open(caseNumber, "RETURN", "部门退单，需联席会议研判", null, instance, "zhangwei").id();
    long meeting = analysis.analyse(escalation, new AnalysisInput("JOINT_MEETING", null, null, null, null, null, null,
        List.of("power", "water"), 3, null), "jointoffice01").meetingId();
    return Long.toString(jdbc.sql("""
        select id from joint_meeting_position where meeting_id = :meeting and department_code = 'water'""")
        .param("meeting", meeting).query(Long.class).single());
  }

  private String project() {
    String code = "DL" + SEQUENCE.incrementAndGet();
    long ent03 = directory.enterpriseOfUser("ent03").orElseThrow().id();
    registry.register(new NewProject(code, "期限测试项目", ent03, 1000L, "天河区", "天河区", false, "huangqiang", "hejun",
        "每月推进", "2026-04-01", "2026-09-30", "2026-12-15"), new Caller("huangqiang", Set.of(StewardGroups.OFFICERS)));
    return code;
  }

  // --- reading -----------------------------------------------------------------------------------------------------

  private DeadlineSubject.State state(Subject subject, String id) {
    return state(subject.kind(), id);
  }

  private DeadlineSubject.State state(String kind, String id) {
    return lights.subject(kind).stateOf(id);
  }

  private List<LightChanged> changes(Subject subject, String id) {
    return events.stream(LightChanged.class).filter(e -> e.concerns(subject.kind()) && e.subjectId().equals(id))
        .toList();
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }
}
