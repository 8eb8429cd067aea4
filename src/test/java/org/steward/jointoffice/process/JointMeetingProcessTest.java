package org.steward.jointoffice.process;

import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.steward.jointoffice.process.JointMeetingProcess.*;
import static org.steward.workflow.Scenarios.completeAs;
import static org.steward.workflow.Scenarios.shanghai;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steward.deadline.Deadline;
import org.steward.deadline.InMemorySubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.deadline.Lights;
import org.steward.deadline.process.TestDeadlineDelegates;
import org.steward.jointoffice.Analysis;
import org.steward.jointoffice.AnalysisAction;
import org.steward.jointoffice.AnalysisInput;
import org.steward.jointoffice.Escalation;
import org.steward.jointoffice.EscalationAnalysis;
import org.steward.jointoffice.EscalationInstances;
import org.steward.jointoffice.EscalationIntake;
import org.steward.jointoffice.EscalationSource;
import org.steward.jointoffice.EscalationState;
import org.steward.jointoffice.JointMeetings;
import org.steward.jointoffice.JointMeetings.ItemInput;
import org.steward.jointoffice.MeetingPositions;
import org.steward.shared.InvalidInput;
import org.steward.workflow.Choices;
import org.steward.workflow.TaskCompletionRefused;
import org.steward.workflow.TaskRefusals;
import org.steward.workflow.TestTaskRefusals;

/**
 * Scenario test of {@code joint-meeting} over the office's mocked use cases, with the real delegates and listeners,
 * and a stand-in {@code department-handling} that ends at once: every path (arbitrate, decide, common issue resolved or
 * unlinked, joint meeting with both position timers). Escalated on Monday 2026-03-02 10:00.
 */
@Deployment(resources = {RESOURCE, "stubs/department-handling-stub.bpmn", "forms/analyse-escalation.form",
    "forms/give-position.form", "forms/record-minutes.form"})
class JointMeetingProcessTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  private static final String CASE = "QY20260302-0001";
  private static final long ESCALATION = 11L;
  private static final long MEETING = 21L;
  private static final String OFFICE = "lianxiban";

  private final EscalationIntake intake = mock(EscalationIntake.class);
  private final EscalationAnalysis analysis = mock(EscalationAnalysis.class);
  private final MeetingPositions meetingPositions = mock(MeetingPositions.class);
  private final JointMeetings meetings = mock(JointMeetings.class);
  private final EscalationInstances escalations = mock(EscalationInstances.class);
  /** A position's id here: {@code <meeting>/<department>}. */
  private final InMemorySubject subject = new InMemorySubject("position", true,
      execution -> escalations.meetingOf(execution.getProcessInstanceId()) + "/" + execution.getVariable(DEPARTMENT));
  private List<LightChanged> changes;

  @BeforeEach
  void registerDelegatesOverTheMockedApi() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 10));
    TaskRefusals texts = TestTaskRefusals.reading("messages-handling", "messages-jointoffice");
    Mocks.register("recordEscalationDelegate", new RecordEscalationDelegate(intake));
    Mocks.register("prepareAnalysisDelegate", new PrepareAnalysisDelegate(analysis, escalations));
    Mocks.register("checkAnalysisTaskListener", new CheckAnalysisTaskListener(analysis, escalations, texts));
    Mocks.register("recordAnalysisDelegate", new RecordAnalysisDelegate(analysis, escalations));
    Mocks.register("recordPositionDelegate", new RecordPositionDelegate(meetingPositions, escalations));
    changes = TestDeadlineDelegates.register(ENGINE.getProcessEngine(), subject);
    LocalDate due = LocalDate.of(2026, 3, 5);
    Deadline deadline = new Deadline(due, shanghai(2026, 3, 5, 0).toInstant(), shanghai(2026, 3, 6, 0).toInstant());
    subject.put(MEETING + "/power", CASE, deadline).put(MEETING + "/water", CASE, deadline);
    Mocks.register("summarisePositionsDelegate", new SummarisePositionsDelegate(meetingPositions, escalations));
    Mocks.register("checkMinutesTaskListener", new CheckMinutesTaskListener(meetings, escalations, texts));
    Mocks.register("recordMinutesDelegate", new RecordMinutesDelegate(meetings, escalations));
    Mocks.register("handoverItemTitleListener", new HandoverItemTitleListener(meetings));
    Mocks.register("concludeMeetingDelegate", new ConcludeMeetingDelegate(meetings, escalations));
    when(intake.open(eq(CASE), eq("RETURN"), any(), any(), any(), any())).thenReturn(escalation());
    when(escalations.of(anyString())).thenReturn(ESCALATION);
    when(escalations.meetingOf(anyString())).thenReturn(MEETING);
    when(analysis.analysisContext(ESCALATION))
        .thenReturn(new EscalationAnalysis.AnalysisContext(escalation(), Map.of("power", "供电局"),
            Map.of("GX20261009-0001", "GX20261009-0001 电力增容（已关联 2 件）")));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
    identityService().clearAuthentication();
  }

  @Test
  void arbitration_endsArbitrated_withLeadCooperatingAndTimeLimitForTheCaller() {
    when(analysis.analyse(eq(ESCALATION), any(), eq(OFFICE))).thenReturn(new Analysis(AnalysisAction.ARBITRATE,
        "ARBITRATED", "power", "water,housing", 8, null, null, null, null, null, null, null));
    ProcessInstance escalation = start();

    assertThat(escalation).isWaitingAt(ANALYSE_ESCALATION).variables().containsEntry(ESCALATION_ID, ESCALATION)
        .containsEntry(SUBJECT_KIND, "CASE").containsEntry(CASE_TITLE, "专线用电扩容")
        .containsEntry(ESCALATION_SOURCE_LABEL, "退单后提交仲裁");
    Assertions.assertThat(runtimeService().getVariable(escalation.getId(), DEPARTMENT_OPTIONS))
        .hasToString("[{\"label\":\"供电局\",\"value\":\"power\"}]");
    Assertions.assertThat(runtimeService().getVariable(escalation.getId(), COMMON_ISSUE_OPTIONS))
        .hasToString("[{\"label\":\"GX20261009-0001 电力增容（已关联 2 件）\",\"value\":\"GX20261009-0001\"}]");
    Task analyse = taskQuery().processInstanceId(escalation.getId()).singleResult();
    assertThat(analyse).hasCandidateGroup("joint-office");

    completeAs(OFFICE, analyse, Map.of(ACTION, "ARBITRATE", LEAD_DEPARTMENT, "power", COOPERATING_DEPARTMENTS,
        Choices.codes(List.of("water", "housing")), TIME_LIMIT, 8L));

    verify(analysis).checkAnalysis(ESCALATION, new AnalysisInput("ARBITRATE", "power", List.of("water", "housing"), 8,
        null, null, null, null, null, null));
    assertThat(escalation).hasPassed(RECORD_ANALYSIS, ARBITRATED).isEnded();
    Assertions.assertThat(variables(escalation)).containsEntry(JOINT_OUTCOME, "ARBITRATED")
        .containsEntry(LEAD_DEPARTMENT, "power").containsEntry(COOPERATING_DEPARTMENTS, "water,housing")
        .containsEntry(TIME_LIMIT, 8);
  }

  @Test
  void incompleteAnalysis_isRefusedInChinese_andTheTaskStays() {
    ProcessInstance escalation = start();
    doThrow(new InvalidInput("leadDepartment", "NotBlank")).when(analysis).checkAnalysis(anyLong(), any());

    Task analyse = taskQuery().processInstanceId(escalation.getId()).singleResult();
    Assertions.assertThatThrownBy(() -> completeAs(OFFICE, analyse, Map.of(ACTION, "ARBITRATE")))
        .hasRootCauseInstanceOf(TaskCompletionRefused.class).hasMessageContaining("任务未完成：牵头部门：不能为空");

    assertThat(escalation).isWaitingAt(ANALYSE_ESCALATION);
    verify(analysis, never()).analyse(anyLong(), any(), any());
  }

  @Test
  void decision_endsResolved_withTheOfficesResolution() {
    when(analysis.analyse(eq(ESCALATION), any(), eq(OFFICE))).thenReturn(new Analysis(AnalysisAction.DECIDE,
        "RESOLVED", null, null, null, "由供电局先行临时供电", null, null, null, null, null, null));
    ProcessInstance escalation = start();

    completeAs(OFFICE, taskQuery().processInstanceId(escalation.getId()).singleResult(),
        Map.of(ACTION, "DECIDE", RESOLUTION, "由供电局先行临时供电"));

    assertThat(escalation).hasPassed(DECIDED).isEnded();
    Assertions.assertThat(variables(escalation)).containsEntry(JOINT_OUTCOME, "RESOLVED")
        .containsEntry(RESOLUTION, "由供电局先行临时供电");
  }

  @Test
  void commonIssue_waitsUntilResolved_andEndsWithTheIssuesResolution() {
    when(analysis.analyse(eq(ESCALATION), any(), eq(OFFICE))).thenReturn(new Analysis(AnalysisAction.COMMON_ISSUE,
        null, null, null, null, null, "GX20260302-0001", null, null, null, null, null));
    ProcessInstance escalation = start();
    completeAs(OFFICE, taskQuery().processInstanceId(escalation.getId()).singleResult(),
        Map.of(ACTION, "COMMON_ISSUE", NEW_ISSUE_TITLE, "园区专线容量不足", NEW_ISSUE_DESCRIPTION, "多家企业反映"));
    assertThat(escalation).isWaitingAt(AWAIT_COMMON_ISSUE).variables()
        .containsEntry(COMMON_ISSUE_NUMBER, "GX20260302-0001");

    runtimeService().createMessageCorrelation(MESSAGE_COMMON_ISSUE_RESOLVED).processInstanceId(escalation.getId())
        .setVariables(Map.of(JOINT_OUTCOME, "RESOLVED", RESOLUTION, "园区新建变电站，年底投运")).correlate();

    assertThat(escalation).hasPassed(RESOLVED_WITH_COMMON_ISSUE).isEnded();
    Assertions.assertThat(variables(escalation)).containsEntry(RESOLUTION, "园区新建变电站，年底投运");
  }

  @Test
  void unlinkedFromTheCommonIssue_goesBackToAnalysis() {
    when(analysis.analyse(eq(ESCALATION), any(), eq(OFFICE))).thenReturn(new Analysis(AnalysisAction.COMMON_ISSUE,
        null, null, null, null, null, "GX20260302-0001", null, null, null, null, null));
    ProcessInstance escalation = start();
    completeAs(OFFICE, taskQuery().processInstanceId(escalation.getId()).singleResult(),
        Map.of(ACTION, "COMMON_ISSUE", COMMON_ISSUE_NUMBER, "GX20260302-0001"));

    runtimeService().createMessageCorrelation(MESSAGE_COMMON_ISSUE_UNLINKED).processInstanceId(escalation.getId())
        .correlate();

    assertThat(escalation).hasPassed(UNLINKED).isWaitingAt(ANALYSE_ESCALATION);
    verify(analysis, times(2)).analysisContext(ESCALATION);
  }

  @Test
  void jointMeeting_positionsWithLights_minutes_handoverItemsRunAsHandling_endsResolved() {
    LocalDate due = LocalDate.of(2026, 3, 5);
    when(analysis.analyse(eq(ESCALATION), any(), eq(OFFICE))).thenReturn(new Analysis(AnalysisAction.JOINT_MEETING,
        null, null, null, null, null, null, MEETING, List.of("power", "water"), due,
        Instant.parse("2026-03-04T16:00:00Z"), Instant.parse("2026-03-05T16:00:00Z")));
    when(meetingPositions.positionsSummary(MEETING)).thenReturn("【供电局】可先临时供电\n【水务局】同意");
    when(meetings.recordMinutes(eq(MEETING), any(), any(), any(), eq(OFFICE))).thenReturn(List.of(31L, 32L));
    when(meetings.itemTask(31L)).thenReturn("完成专线接入方案");
    when(meetings.itemTask(32L)).thenReturn("核定供水容量");
    when(meetings.concludeMeeting(eq(MEETING), any())).thenReturn("联席会议决定：先临时供电\n交办事项办理情况：…");
    ProcessInstance escalation = start();
    completeAs(OFFICE, taskQuery().processInstanceId(escalation.getId()).singleResult(),
        Map.of(ACTION, "JOINT_MEETING", MEETING_DEPARTMENTS, Choices.codes(List.of("power", "water")),
            POSITION_TIME_LIMIT, 3L));

    List<Task> positions = taskQuery().processInstanceId(escalation.getId()).taskDefinitionKey(GIVE_POSITION).list();
    Assertions.assertThat(positions).hasSize(2);
    Task power = taskQuery().processInstanceId(escalation.getId()).taskCandidateGroup("dept-power").singleResult();
    Assertions.assertThat(power.getDueDate()).isEqualTo(shanghai(2026, 3, 6, 0));
    Assertions.assertThat(power.getFollowUpDate()).isEqualTo(shanghai(2026, 3, 5, 0));
    completeAs("power01", power, Map.of(POSITION, "可先临时供电", MEETING_ID, 99L));
    verify(escalations, atLeastOnce()).meetingOf(escalation.getId());
    verify(meetingPositions).givePosition(MEETING, "power", "可先临时供电", "power01");

    ClockUtil.setCurrentTime(shanghai(2026, 3, 5, 0));
    execute(job(POSITION_DEADLINE_NEAR, escalation));
    Task water = taskQuery().processInstanceId(escalation.getId()).taskCandidateGroup("dept-water").singleResult();
    Assertions.assertThat(taskService().getVariableLocal(water.getId(), Lights.VARIABLE)).isEqualTo("YELLOW");
    ClockUtil.setCurrentTime(shanghai(2026, 3, 6, 0));
    execute(job(POSITION_DEADLINE_MISSED, escalation));
    Assertions.assertThat(changes).extracting(LightChanged::subjectId, LightChanged::from, LightChanged::to)
        .containsExactly(tuple(MEETING + "/water", Light.GREEN, Light.YELLOW),
            tuple(MEETING + "/water", Light.YELLOW, Light.RED));
    Assertions.assertThat(taskService().getVariableLocal(water.getId(), Lights.VARIABLE)).isEqualTo("RED");
    assertThat(escalation).isWaitingAt(GIVE_POSITION);
    completeAs("water01", taskQuery().processInstanceId(escalation.getId()).taskCandidateGroup("dept-water")
        .singleResult(), Map.of(POSITION, "同意"));

    assertThat(escalation).hasPassed(SUMMARISE_POSITIONS, POSITION_NEAR_SIGNALLED, POSITION_OVERDUE_SIGNALLED)
        .isWaitingAt(RECORD_MINUTES_TASK).variables().containsEntry(POSITIONS_SUMMARY, "【供电局】可先临时供电\n【水务局】同意");
    Task minutes = taskQuery().processInstanceId(escalation.getId()).singleResult();
    assertThat(minutes).hasCandidateGroup("joint-office");
    completeAs(OFFICE, minutes, Map.of(MINUTES, "会议纪要", DECISION, "先临时供电",
        "handoverItem1Department", "power", "handoverItem1Task", "完成专线接入方案", "handoverItem1TimeLimit", 10L,
        "handoverItem2Department", "water", "handoverItem2Task", "核定供水容量", "handoverItem2TimeLimit", 5L));

    List<ItemInput> items = List.of(new ItemInput("power", "完成专线接入方案", 10), new ItemInput("water", "核定供水容量", 5));
    verify(meetings).checkMinutes(MEETING, "会议纪要", "先临时供电", items);
    verify(meetings).recordMinutes(MEETING, "会议纪要", "先临时供电", items, OFFICE);
    assertThat(escalation).hasPassed(RECORD_MINUTES, HANDLE_ITEMS, CONCLUDE_MEETING, MEETING_CONCLUDED).isEnded();
    Assertions.assertThat(variables(escalation)).containsEntry(JOINT_OUTCOME, "RESOLVED")
        .containsEntry(RESOLUTION, "联席会议决定：先临时供电\n交办事项办理情况：…");
    Assertions.assertThat(historyService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(escalation.getId()).processInstanceBusinessKey(CASE).count()).isEqualTo(2);
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().variableName(TITLE).list())
        .extracting(HistoricVariableInstance::getValue).contains("完成专线接入方案", "核定供水容量");
    Assertions.assertThat(historyService().createHistoricVariableInstanceQuery().variableName(OFFICER).list())
        .extracting(HistoricVariableInstance::getValue).contains(OFFICE);
  }

  private ProcessInstance start() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CASE_NUMBER, CASE);
    variables.put(ENTERPRISE_NAME, "广州某某精密制造有限公司");
    variables.put(ESCALATION_SOURCE, "RETURN");
    variables.put(ESCALATION_REASON, "供电局退单，请求仲裁");
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(ID, CASE, variables);
    assertThat(instance).isStarted();
    return instance;
  }

  private static Escalation escalation() {
    return new Escalation(ESCALATION, CASE, Escalation.CASE, EscalationSource.RETURN, "供电局退单，请求仲裁", "专线用电扩容",
        "广州某某精密制造有限公司", null, EscalationState.ANALYSING, null, Instant.now(), null, null, null, null, null,
        null);
  }

  private static Map<String, Object> variables(ProcessInstance instance) {
    Map<String, Object> values = new HashMap<>();
    historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list()
        .forEach(v -> values.put(v.getName(), v.getValue()));
    return values;
  }
}
