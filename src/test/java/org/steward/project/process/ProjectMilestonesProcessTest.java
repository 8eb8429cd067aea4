package org.steward.project.process;

import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.steward.project.process.ProjectMilestonesProcess.*;
import static org.steward.workflow.Scenarios.completeAs;
import static org.steward.workflow.Scenarios.shanghai;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Optional;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steward.deadline.Deadline;
import org.steward.deadline.InMemorySubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.deadline.process.TestDeadlineDelegates;
import org.steward.project.FilingClock;
import org.steward.project.FilingPeriod;
import org.steward.project.Milestone;
import org.steward.project.MilestoneClock;
import org.steward.project.MilestoneConfirmations;
import org.steward.project.MilestoneLights;
import org.steward.project.MilestoneReplans;
import org.steward.project.ProjectFilings;
import org.steward.project.ProjectRecords;
import org.steward.shared.InvalidInput;
import org.steward.shared.StewardClock;
import org.steward.workflow.TaskCompletionRefused;
import org.steward.workflow.TaskRefusals;
import org.steward.workflow.TestTaskRefusals;

/**
 * Scenario test of {@code project-milestones} over the mocked project use cases, with the real delegates and
 * listeners: every path, every timer fired by executing its job. Registered Monday 2026-03-02 10:00; 动工 planned
 * 2026-04-01, 竣工 2026-09-30, 投产 2026-12-15; the first monthly filing opens 2026-04-01, due 2026-04-08.
 */
@Deployment(resources = {RESOURCE, "forms/confirm-milestone.form", "forms/approve-replan.form",
    "forms/chase-milestone.form", "forms/file-progress.form"})
class ProjectMilestonesProcessTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  private static final String CODE = "XM2026-001";
  private static final String OFFICER_ID = "huangqiang";
  private static final String LEADER_ID = "hejun";
  private static final long FILING = 31L;
  private static final long REPLAN = 12L;

  private static final String STUB_JOINT_TASK = "UserTask_StubJointOffice";

  private final MilestoneConfirmations confirmations = mock(MilestoneConfirmations.class);
  private final MilestoneReplans replans = mock(MilestoneReplans.class);
  private final MilestoneLights lights = mock(MilestoneLights.class);
  private final ProjectFilings monthlyFilings = mock(ProjectFilings.class);
  private final ProjectRecords records = mock(ProjectRecords.class);
  /** What project_milestone says the project waits for: the milestone ServiceTask_LoadMilestone last loaded. */
  private final AtomicReference<Milestone> currentMilestone = new AtomicReference<>();
  private final InMemorySubject milestones = new InMemorySubject("milestone", true,
      execution -> CODE + "/" + records.currentMilestone(execution.getBusinessKey()));
  private final InMemorySubject filings = new InMemorySubject("filing", true,
      execution -> Long.toString(records.openFiling(execution.getBusinessKey())));
  private List<LightChanged> changes;

  private String jointMeetingStub;

  @BeforeEach
  void registerDelegatesOverTheMockedApi() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 10));
    jointMeetingStub = repositoryService().createDeployment().addModelInstance("joint-meeting.bpmn",
        Bpmn.createExecutableProcess("joint-meeting").name("联席会议（测试桩）")
            .startEvent("StartEvent_StubEscalated").name("已上报")
            .userTask(STUB_JOINT_TASK).name("联席办处理").camundaCandidateGroups("joint-office")
            .endEvent("EndEvent_StubJointOfficeDone").name("已处理")
            .done()).deploy().getId();
    TaskRefusals texts = TestTaskRefusals.reading("messages-project");
    LoadMilestoneDelegate load = new LoadMilestoneDelegate(confirmations);
    Mocks.register("loadMilestoneDelegate", (JavaDelegate) execution -> {
      load.execute(execution);
      currentMilestone.set(Milestone.valueOf((String) execution.getVariable(MILESTONE)));
    });
    changes = TestDeadlineDelegates.register(ENGINE.getProcessEngine(), milestones, filings);
    for (Milestone milestone : Milestone.values()) {
      milestones.put(CODE + "/" + milestone, CODE, new Deadline(LocalDate.of(2026, 4, 1),
          shanghai(2026, 3, 18, 0).toInstant(), shanghai(2026, 4, 2, 0).toInstant()));
    }
    filings.put(Long.toString(FILING), CODE, new Deadline(LocalDate.of(2026, 4, 8), shanghai(2026, 4, 8, 0).toInstant(),
        shanghai(2026, 4, 9, 0).toInstant()));
    Mocks.register("recordChaseDelegate", new RecordChaseDelegate(lights, records));
    Mocks.register("recordMilestoneEscalationDelegate", new RecordMilestoneEscalationDelegate(lights, records));
    Mocks.register("recordConfirmationDelegate", new RecordConfirmationDelegate(confirmations, records));
    Mocks.register("requestReplanDelegate", new RequestReplanDelegate(replans, records));
    Mocks.register("decideReplanDelegate", new DecideReplanDelegate(replans, records));
    Mocks.register("finishProjectDelegate", new FinishProjectDelegate(confirmations));
    Mocks.register("scheduleFilingDelegate", new ScheduleFilingDelegate(monthlyFilings));
    Mocks.register("openFilingDelegate", new OpenFilingDelegate(monthlyFilings));
    Mocks.register("recordFilingDelegate", new RecordFilingDelegate(monthlyFilings, records));
    Mocks.register("checkMilestoneActionTaskListener",
        new CheckMilestoneActionTaskListener(confirmations, records, texts));
    Mocks.register("checkReplanDecisionTaskListener", new CheckReplanDecisionTaskListener(replans, texts));
    when(confirmations.currentMilestone(CODE)).thenReturn(clock(Milestone.CONSTRUCTION_START, LocalDate.of(2026, 4, 1)),
        clock(Milestone.COMPLETION, LocalDate.of(2026, 9, 30)),
        clock(Milestone.PRODUCTION_START, LocalDate.of(2026, 12, 15)));
    when(confirmations.confirmMilestone(eq(CODE), any(), any(), any(), any(), any())).thenReturn(false, false, true);
    when(monthlyFilings.nextFilingPeriod(CODE)).thenReturn(
        new FilingPeriod("2026-04", shanghai(2026, 4, 1, 0).toInstant()),
        new FilingPeriod("2026-05", shanghai(2026, 5, 1, 0).toInstant()));
    when(monthlyFilings.openFiling(CODE, "2026-04")).thenReturn(new FilingClock(FILING, "2026-04",
        new Deadline(LocalDate.of(2026, 4, 8), shanghai(2026, 4, 8, 0).toInstant(),
            shanghai(2026, 4, 9, 0).toInstant())));
    when(replans.requestReplan(eq(CODE), any(), any(), any(), any())).thenReturn(REPLAN);
    when(records.currentMilestone(CODE)).thenAnswer(call -> currentMilestone.get());
    when(records.pendingReplan(CODE)).thenReturn(REPLAN);
    when(records.openFiling(CODE)).thenReturn(FILING);
  }

  @AfterEach
  void reset() {
    repositoryService().deleteDeployment(jointMeetingStub, true);
    Mocks.reset();
    ClockUtil.reset();
    identityService().clearAuthentication();
  }

  @Test
  void threeMilestonesConfirmedInTime_projectFinishes_andTheFilingTimerEndsWithIt() {
    ProcessInstance project = start();

    assertThat(project).isWaitingAt(CONFIRM_MILESTONE, FILING_PERIOD_OPENS)
        .variables().containsEntry(MILESTONE, "CONSTRUCTION_START").containsEntry(MILESTONE_LABEL, "动工")
        .containsEntry(PLANNED_DATE, "2026-04-01").containsEntry(OFFICER, OFFICER_ID)
        .containsEntry(LEADER, LEADER_ID).containsEntry(FILING_PERIOD, "2026-04");
    Task confirm = task(CONFIRM_MILESTONE, project);
    assertThat(confirm).isAssignedTo(OFFICER_ID).hasName("确认里程碑");
    Assertions.assertThat(confirm.getDueDate()).isEqualTo(shanghai(2026, 4, 2, 0));
    Assertions.assertThat(confirm.getFollowUpDate()).isEqualTo(shanghai(2026, 3, 18, 0));

    confirm(project, "2026-03-30", "已开工", null);
    verify(confirmations).checkMilestoneAction(CODE, Milestone.CONSTRUCTION_START, "CONFIRM", "2026-03-30", "已开工",
        null, null, null);
    verify(confirmations).confirmMilestone(CODE, Milestone.CONSTRUCTION_START, "2026-03-30", "已开工", null, OFFICER_ID);
    assertThat(project).isWaitingAt(CONFIRM_MILESTONE).variables().containsEntry(MILESTONE, "COMPLETION")
        .containsEntry(ACTUAL_DATE, null);
    confirm(project, "2026-09-28", "已竣工", null);
    confirm(project, "2026-12-10", "已投产", "卡点已有解决方案");

    verify(confirmations).confirmMilestone(CODE, Milestone.PRODUCTION_START, "2026-12-10", "已投产", "卡点已有解决方案",
        OFFICER_ID);
    verify(confirmations).finish(CODE);
    assertThat(project).hasPassed(MILESTONE_CONFIRMED, MILESTONE_SETTLED, FINISH_PROJECT, PROJECT_FINISHED).isEnded();
    Assertions.assertThat(jobQuery().processInstanceId(project.getId()).count()).isZero();
    verify(lights, never()).escalate(any(), any());
  }

  @Test
  void milestoneTimers_warnAtWarnAt_redAtDueAt_leaderChases_escalateToTheJointOfficeAtEscalateAt() {
    ProcessInstance project = start();
    Assertions.assertThat(job(MILESTONE_NEAR, project).getDuedate()).isEqualTo(shanghai(2026, 3, 18, 0));
    Assertions.assertThat(job(MILESTONE_OVERDUE, project).getDuedate()).isEqualTo(shanghai(2026, 4, 2, 0));
    Assertions.assertThat(job(ESCALATION_DUE, project).getDuedate()).isEqualTo(shanghai(2026, 4, 9, 0));

    execute(job(MILESTONE_NEAR, project));
    Task confirm = task(CONFIRM_MILESTONE, project);
    Assertions.assertThat(taskService().getVariableLocal(confirm.getId(), LIGHT)).isEqualTo("YELLOW");
    execute(job(MILESTONE_OVERDUE, project));
    Assertions.assertThat(changes).extracting(LightChanged::subjectId, LightChanged::to).containsExactly(
        tuple(CODE + "/CONSTRUCTION_START", Light.YELLOW), tuple(CODE + "/CONSTRUCTION_START", Light.RED));
    Assertions.assertThat(taskService().getVariableLocal(confirm.getId(), LIGHT)).isEqualTo("RED");
    // the milestone's light is on the milestone's task, not on the project: the monthly filing keeps its own
    assertThat(project).variables().doesNotContainKey(LIGHT);
    Task chase = task(CHASE_MILESTONE, project);
    assertThat(chase).isAssignedTo(LEADER_ID).hasName("督促逾期里程碑");
    // created after red, the leader's task shows the milestone's light from the start
    Assertions.assertThat(taskService().getVariableLocal(chase.getId(), LIGHT)).isEqualTo("RED");

    completeAs(LEADER_ID, chase, Map.of(CHASE_NOTE, "请企业加快施工许可办理"));
    verify(lights).recordChase(CODE, Milestone.CONSTRUCTION_START, "请企业加快施工许可办理", LEADER_ID);
    assertThat(project).hasPassed(RECORD_CHASE, "EndEvent_MilestoneChased");

    execute(job(ESCALATION_DUE, project));
    verify(lights).escalate(CODE, Milestone.CONSTRUCTION_START);
    assertThat(project).hasPassed(ESCALATED_TO_JOINT_OFFICE, RECORD_ESCALATION)
        .isWaitingAt(CONFIRM_MILESTONE, "CallActivity_HandleByJointOffice");
    ProcessInstance office = runtimeService().createProcessInstanceQuery().processDefinitionKey("joint-meeting")
        .singleResult();
    Assertions.assertThat(office.getBusinessKey()).isEqualTo(CODE);
    Assertions.assertThat(runtimeService().getVariables(office.getId())).containsEntry("escalationSource", "RED")
        .containsEntry("caseNumber", CODE);
    taskService().complete(task(STUB_JOINT_TASK, office).getId());
    assertThat(project).hasPassed(JOINT_OFFICE_ESCALATION, "EndEvent_EscalationRecorded")
        .isWaitingAt(CONFIRM_MILESTONE);
  }

  @Test
  void confirmedWhileTheLeaderTaskIsOpen_cancelsIt() {
    ProcessInstance project = start();
    execute(job(MILESTONE_OVERDUE, project));
    assertThat(project).isWaitingAt(CONFIRM_MILESTONE, CHASE_MILESTONE);

    confirm(project, "2026-04-03", "延迟两天开工", null);

    assertThat(project).isNotWaitingAt(CHASE_MILESTONE).isWaitingAt(CONFIRM_MILESTONE)
        .variables().containsEntry(MILESTONE, "COMPLETION");
    verify(lights, never()).recordChase(any(), any(), any(), any());
  }

  @Test
  void replanApproved_followsTheMilestoneAgain_replanRejected_backToConfirmation() {
    when(confirmations.currentMilestone(CODE)).thenReturn(clock(Milestone.CONSTRUCTION_START, LocalDate.of(2026, 4, 1)),
        clock(Milestone.CONSTRUCTION_START, LocalDate.of(2026, 4, 30)));
    ProcessInstance project = start();

    completeAs(OFFICER_ID, task(CONFIRM_MILESTONE, project), Map.of(ACTION, "REPLAN", REQUESTED_DATE, "2026-04-30",
        REPLAN_REASON, "施工许可延后"));
    verify(replans).requestReplan(CODE, Milestone.CONSTRUCTION_START, "2026-04-30", "施工许可延后", OFFICER_ID);
    Task approve = task(APPROVE_REPLAN, project);
    assertThat(approve).isAssignedTo(LEADER_ID);
    completeAs(LEADER_ID, approve, Map.of(REPLAN_DECISION, "REJECTED", DECISION_NOTE, "请按原计划推进"));
    verify(replans).decideReplan(REPLAN, "REJECTED", "请按原计划推进", LEADER_ID);
    assertThat(project).isWaitingAt(CONFIRM_MILESTONE).variables().containsEntry(ACTION, null)
        .containsEntry(REPLAN_DECISION, null).containsEntry(REPLAN_APPROVED, false)
        .containsEntry(PLANNED_DATE, "2026-04-01");

    completeAs(OFFICER_ID, task(CONFIRM_MILESTONE, project), Map.of(ACTION, "REPLAN", REQUESTED_DATE, "2026-04-30",
        REPLAN_REASON, "施工许可仍未取得"));
    when(replans.decideReplan(REPLAN, "APPROVED", "同意", LEADER_ID)).thenReturn(true);
    completeAs(LEADER_ID, task(APPROVE_REPLAN, project), Map.of(REPLAN_DECISION, "APPROVED", DECISION_NOTE, "同意"));

    assertThat(project).hasPassed(MILESTONE_REPLANNED, MILESTONE_SETTLED).isWaitingAt(CONFIRM_MILESTONE)
        .variables().containsEntry(MILESTONE, "CONSTRUCTION_START").containsEntry(PLANNED_DATE, "2026-04-30");
    Assertions.assertThat(job(MILESTONE_OVERDUE, project).getDuedate()).isEqualTo(shanghai(2026, 5, 1, 0));
  }

  @Test
  void monthlyFiling_opensOnTheFirst_yellowAndRedLights_filedThenTheNextMonthIsScheduled() {
    ProcessInstance project = start();
    Assertions.assertThat(job(FILING_PERIOD_OPENS, project).getDuedate()).isEqualTo(shanghai(2026, 4, 1, 0));

    execute(job(FILING_PERIOD_OPENS, project));
    verify(monthlyFilings).openFiling(CODE, "2026-04");
    Task file = task(FILE_PROGRESS, project);
    assertThat(file).isAssignedTo(OFFICER_ID).hasName("填报月度进展");
    Assertions.assertThat(file.getDueDate()).isEqualTo(shanghai(2026, 4, 9, 0));
    Assertions.assertThat(file.getFollowUpDate()).isEqualTo(shanghai(2026, 4, 8, 0));
    execute(job(FILING_NEAR, project));
    Assertions.assertThat(taskService().getVariableLocal(file.getId(), LIGHT)).isEqualTo("YELLOW");
    execute(job(FILING_OVERDUE, project));
    Assertions.assertThat(changes).extracting(LightChanged::subjectId, LightChanged::to)
        .endsWith(tuple(Long.toString(FILING), Light.YELLOW), tuple(Long.toString(FILING), Light.RED));
    Assertions.assertThat(taskService().getVariableLocal(file.getId(), LIGHT)).isEqualTo("RED");

    completeAs(OFFICER_ID, file, Map.of(PERCENT, 15L, PROGRESS_NOTES, "基础施工完成"));
    verify(monthlyFilings).fileProgress(FILING, 15L, "基础施工完成", OFFICER_ID);
    assertThat(project).hasPassed(RECORD_FILING, MARK_FILING_NEAR, MARK_FILING_OVERDUE).isWaitingAt(
        FILING_PERIOD_OPENS, CONFIRM_MILESTONE).variables().containsEntry(FILING_PERIOD, "2026-05");
    verify(monthlyFilings, times(2)).nextFilingPeriod(CODE);
  }

  @Test
  void badAnswers_areRefusedInChinese_andTheTasksStay() {
    ProcessInstance project = start();
    doThrow(new InvalidInput(OVERRIDE_REASON, "project.override.required", "QY20260302-0001"))
        .when(confirmations).checkMilestoneAction(eq(CODE), any(), any(), any(), any(), any(), any(), any());

    Assertions.assertThatThrownBy(() -> confirm(project, "2026-03-30", "已开工", null))
        .hasMessageContaining("任务未完成：越过卡点的理由：必须填写：阻碍本里程碑的卡点 QY20260302-0001 尚未解决")
        .hasRootCauseInstanceOf(TaskCompletionRefused.class);
    assertThat(project).isWaitingAt(CONFIRM_MILESTONE);
    verify(confirmations, never()).confirmMilestone(any(), any(), any(), any(), any(), any());

    // the filing's check is the record step's own, in the same transaction: the completion rolls back with it
    doThrow(new InvalidInput(PERCENT, "project.percent.range")).when(monthlyFilings)
        .fileProgress(anyLong(), any(), any(), any());
    execute(job(FILING_PERIOD_OPENS, project));
    Task file = task(FILE_PROGRESS, project);
    Assertions.assertThatThrownBy(() -> completeAs(OFFICER_ID, file, Map.of(PERCENT, 150L, PROGRESS_NOTES, "x")))
        .isInstanceOf(InvalidInput.class);
    assertThat(project).isWaitingAt(FILE_PROGRESS, CONFIRM_MILESTONE);
    Assertions.assertThat(task(FILE_PROGRESS, project).getId()).isEqualTo(file.getId());
  }

  @Test
  void everyUserTask_refersToADeployedForm() {
    ProcessInstance project = start();
    Assertions.assertThat(formKey(project, CONFIRM_MILESTONE)).isEqualTo("confirm-milestone");
    execute(job(MILESTONE_OVERDUE, project));
    Assertions.assertThat(formKey(project, CHASE_MILESTONE)).isEqualTo("chase-milestone");
    execute(job(FILING_PERIOD_OPENS, project));
    Assertions.assertThat(formKey(project, FILE_PROGRESS)).isEqualTo("file-progress");
    completeAs(OFFICER_ID, task(CONFIRM_MILESTONE, project), Map.of(ACTION, "REPLAN", REQUESTED_DATE, "2026-04-30",
        REPLAN_REASON, "施工许可延后"));
    Assertions.assertThat(formKey(project, APPROVE_REPLAN)).isEqualTo("approve-replan");
  }

  private ProcessInstance start() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CASE_NUMBER, CODE);
    variables.put(ENTERPRISE_NAME, "广州某某生物医药有限公司");
    variables.put(PROJECT_NAME, "生物医药产业化基地");
    ProcessInstance project = runtimeService().startProcessInstanceByKey(ID, CODE, variables);
    assertThat(project).isStarted();
    return project;
  }

  @Test
  void confirmationNamingAnotherMilestoneOrReplan_actsOnTheMilestoneAndReplanTheProjectWaitsFor() {
    ProcessInstance project = start();
    completeAs(OFFICER_ID, task(CONFIRM_MILESTONE, project), Map.of(ACTION, "REPLAN", REQUESTED_DATE, "2026-04-30",
        REPLAN_REASON, "施工许可延后", MILESTONE, "PRODUCTION_START"));
    completeAs(LEADER_ID, task(APPROVE_REPLAN, project), Map.of(REPLAN_DECISION, "REJECTED", DECISION_NOTE, "按原计划",
        REPLAN_ID, 99L));

    confirm(project, "2026-03-30", "已开工", null);

    verify(replans).requestReplan(CODE, Milestone.CONSTRUCTION_START, "2026-04-30", "施工许可延后", OFFICER_ID);
    verify(replans).decideReplan(REPLAN, "REJECTED", "按原计划", LEADER_ID);
    verify(confirmations).confirmMilestone(CODE, Milestone.CONSTRUCTION_START, "2026-03-30", "已开工", null, OFFICER_ID);
    verify(confirmations, never()).confirmMilestone(eq(CODE), eq(Milestone.PRODUCTION_START), any(), any(), any(),
        any());
  }

  private void confirm(ProcessInstance project, String actualDate, String note, String overrideReason) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ACTION, "CONFIRM");
    variables.put(ACTUAL_DATE, actualDate);
    variables.put(NOTE, note);
    variables.put(OVERRIDE_REASON, overrideReason);
    completeAs(OFFICER_ID, task(CONFIRM_MILESTONE, project), variables);
  }

  private static String formKey(ProcessInstance project, String taskKey) {
    return taskQuery().processInstanceId(project.getId()).taskDefinitionKey(taskKey).initializeFormKeys()
        .singleResult().getCamundaFormRef().getKey();
  }

  private Optional<MilestoneClock> clock(Milestone milestone, LocalDate planned) {
    return Optional.of(new MilestoneClock(CODE, "生物医药产业化基地", "广州某某生物医药有限公司", milestone,
        new Deadline(planned, planned.minusDays(14).atStartOfDay(StewardClock.ZONE).toInstant(),
            planned.plusDays(1).atStartOfDay(StewardClock.ZONE).toInstant()),
        planned.plusDays(8).atStartOfDay(StewardClock.ZONE).toInstant(), OFFICER_ID, LEADER_ID));
  }
}
