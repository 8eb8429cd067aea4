package org.steward.request.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.decisionService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.steward.request.process.EnterpriseRequestProcess.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
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
import org.steward.jointoffice.EscalationSource;
import org.steward.request.ApiRater;
import org.steward.request.Category;
import org.steward.request.MaterialSupply;
import org.steward.request.RequestInstances;
import org.steward.request.RequestSteps.Acknowledgement;
import org.steward.request.RequestHandOver.Assessment;
import org.steward.request.RequestEscalations;
import org.steward.request.RequestEscalations.Escalation;
import org.steward.request.RequestHandOver.HandOver;
import org.steward.request.RequestRatings;
import org.steward.request.RequestRatings.Reopening;
import org.steward.request.RequestSteps.HandlingChoices;
import org.steward.request.RequestSteps.Routing;
import org.steward.request.RequestConvening;
import org.steward.request.RequestHandOver;
import org.steward.request.RequestSteps;
import org.steward.workflow.ProcessValues;
import org.steward.request.ResponseDeadline;
import org.steward.shared.InMemoryInstanceLinks;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotWaitingForInstance;
import org.steward.shared.StewardClock;
import org.steward.workflow.TaskRefusals;
import org.steward.workflow.TestTaskRefusals;

/**
 * Scenario test of {@code enterprise-request}: every path, the 24-hour timer and the next-working-day timer driven as
 * jobs on a fixed engine clock. The request use cases are mocked, the real delegates and listeners run over it; a stub
 * {@code department-handling} (one user task) stands in for the departments.
 */
@Deployment(resources = {RESOURCE, ROUTING_RESOURCE, "forms/acknowledge-request.form", "forms/supervise-response.form",
    "forms/decide-handling.form", "forms/consolidate-feedback.form", "forms/reply-to-enterprise.form",
    "forms/return-visit.form", "forms/supervise-reopen.form", "forms/follow-up-material.form"})
class EnterpriseRequestProcessTest {

  private static final List<Category> SEEDED_CATEGORIES = seededCategories();

  @RegisterExtension
  static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  private static final String CASE = "QY20261118-0001";
  /** Wednesday 2026-11-18 10:00 in Shanghai; the next working day is Thursday 11-19. */
  private static final ZonedDateTime SUBMITTED = ZonedDateTime.of(2026, 11, 18, 10, 0, 0, 0, StewardClock.ZONE);
  private static final String STUB_TASK = "UserTask_StubHandleMatter";
  private static final String STUB_JOINT_TASK = "UserTask_StubJointOffice";
  /** Set on completing a stub unit: the unit stayed red too long and escalates as department-handling does. */
  private static final String STUB_STILL_RED = "stubStillRed";

  private final RequestSteps steps = mock(RequestSteps.class);
  private final RequestHandOver handOver = mock(RequestHandOver.class);
  private final RequestConvening convening = mock(RequestConvening.class);
  private final ResponseDeadline responseDeadline = mock(ResponseDeadline.class);
  private final RequestEscalations escalations = mock(RequestEscalations.class);
  private final RequestRatings ratings = mock(RequestRatings.class);
  private final MaterialSupply material = mock(MaterialSupply.class);
  private final InMemorySubject responses = new InMemorySubject("response", false,
      execution -> execution.getProcessBusinessKey());
  private List<LightChanged> changes;
  private final RequestInstances instances = InMemoryInstanceLinks.of(RequestInstances.class);
  private final ApiRater apiRater = new ApiRater();
  private String stubDeployment;

  @BeforeEach
  void registerDelegatesAndStub() {
    ClockUtil.setCurrentTime(Date.from(SUBMITTED.toInstant()));
    TaskRefusals problems = TestTaskRefusals.reading("messages-request");

    changes = TestDeadlineDelegates.register(ENGINE.getProcessEngine(), responses);
    responses.put(CASE, CASE, new Deadline(SUBMITTED.toLocalDate(), SUBMITTED.plusHours(20).toInstant(),
        SUBMITTED.plusHours(24).toInstant()));
    Mocks.register("recordRoutingDelegate", new RecordRoutingDelegate(steps, instances));
    Mocks.register("recordAcknowledgementDelegate", new RecordAcknowledgementDelegate(steps));
    Mocks.register("resolveDirectlyDelegate", new ResolveDirectlyDelegate(steps));
    Mocks.register("handOverDelegate", new HandOverDelegate(handOver));
    Mocks.register("assessHandlingDelegate", new AssessHandlingDelegate(handOver));
    Mocks.register("recordConsolidationDelegate", new RecordConsolidationDelegate(handOver));
    Mocks.register("recordReplyDelegate", new RecordReplyDelegate(steps));
    Mocks.register("recordSatisfactionDelegate", new RecordSatisfactionDelegate(ratings, apiRater));
    Mocks.register("reopenRequestDelegate", new ReopenRequestDelegate(ratings));
    Mocks.register("closeRequestDelegate", new CloseRequestDelegate(ratings));
    Mocks.register("startConveningDelegate", new StartConveningDelegate(convening));
    Mocks.register("withdrawHandlingDelegate", new WithdrawHandlingDelegate(escalations));
    Mocks.register("recordJointOutcomeDelegate", new RecordJointOutcomeDelegate(escalations));
    Mocks.register("officersQueueTaskListener", new OfficersQueueTaskListener());
    Mocks.register("handlingChoicesTaskListener", new HandlingChoicesTaskListener(steps));
    Mocks.register("handlingDecisionTaskListener",
        new HandlingDecisionTaskListener(handOver, convening, material, problems));
    Mocks.register("requestMaterialDelegate", new RequestMaterialDelegate(material));
    Mocks.register("remindEnterpriseDelegate", new RemindEnterpriseDelegate(material));
    Mocks.register("closeNoResponseDelegate", new CloseNoResponseDelegate(material));
    Mocks.register("followUpMaterialTaskListener", new FollowUpMaterialTaskListener(problems));
    Mocks.register("returnVisitTaskListener", new ReturnVisitTaskListener(ratings, problems));
    Mocks.register("closeSupervisionTaskListener", new CloseSupervisionTaskListener(steps, responseDeadline, problems));

    when(steps.recordRouting(anyString(), any(), any(), any())).thenAnswer(call -> new Routing(
        call.getArgument(1), call.getArgument(2), ((Number) call.getArgument(3)).intValue()));
    when(steps.handlingChoices()).thenReturn(
        new HandlingChoices(Map.of("economy", "经济科技促进局"), Map.of("liuyang", "刘洋")));
    when(steps.acknowledge(anyString(), anyString(), anyString()))
        .thenAnswer(call -> new Acknowledgement("zhangwei", "chenjianguo"));
    when(responseDeadline.openResponseSupervision(CASE)).thenReturn(Optional.of(41L));
    when(material.ask(eq(CASE), anyString(), anyString())).thenReturn("P5WD");
    when(material.remind(eq(CASE), anyString(), anyString())).thenReturn("P3WD");
    when(handOver.handOver(eq(CASE), anyString(), any(), any(), anyString()))
        .thenReturn(new HandOver(List.of(101L, 102L), 1, LocalDate.of(2026, 12, 2),
            Instant.parse("2026-12-02T16:00:00Z")));
    when(handOver.assessHandling(CASE)).thenReturn(new Assessment(false, "自然资源局（牵头）：已办结", null));
    when(ratings.reopen(CASE)).thenReturn(new Reopening(1, "企业回访不满意（第1次重办）：太慢", null));

    stubDeployment = repositoryService().createDeployment()
        .addModelInstance("department-handling.bpmn", Bpmn.createExecutableProcess(DEPARTMENT_HANDLING)
            .name("部门办理（测试桩）")
            .startEvent("StartEvent_StubUnitHandedOver").name("已交办")
            .userTask(STUB_TASK).name("办理").camundaCandidateGroups("departments")
            .exclusiveGateway("Gateway_StubStillRed").name("红灯超时?")
            .condition("否", "${execution.getVariable('" + STUB_STILL_RED + "') != true}")
            .endEvent("EndEvent_StubUnitFinished").name("已办结")
            .moveToLastGateway()
            .condition("是", "${execution.getVariable('" + STUB_STILL_RED + "') == true}")
            .endEvent("EndEvent_StubUnitOverdue").name("提交联席会议").escalation("UNIT_OVERDUE")
            .done())
        .addModelInstance("joint-meeting.bpmn", Bpmn.createExecutableProcess(JOINT_MEETING)
            .name("联席会议（测试桩）")
            .startEvent("StartEvent_StubEscalated").name("已提交")
            .userTask(STUB_JOINT_TASK).name("联席办处理").camundaCandidateGroups("joint-office")
            .endEvent("EndEvent_StubJointOfficeDone").name("已处理")
            .done())
        .deploy().getId();
  }

  @AfterEach
  void reset() {
    repositoryService().deleteDeployment(stubDeployment, true);
    Mocks.reset();
    ClockUtil.reset();
  }

  // --- routing and signing for -------------------------------------------------------------------------------------

  @Test
  void submittedRequest_isRoutedByTheTable_andWaitsForItsOfficerForTwentyFourHours() throws IOException {
    ProcessInstance request = start("land", "NORMAL", "zhangwei", "chenjianguo");

    assertThat(request).hasPassed(ROUTE_REQUEST, RECORD_ROUTING).isWaitingAt(ACKNOWLEDGE_REQUEST)
        .variables().containsEntry(LEAD_DEPARTMENT, "resources").containsEntry(TIME_LIMIT, 10)
        .doesNotContainKey(ROUTING);
    // JSON variables, as the form's taglist and selects read them
    Assertions.assertThat(runtimeService().getVariable(request.getId(), COOPERATING_DEPARTMENTS))
        .hasToString("[\"housing\"]");
    // what the decision's form chooses from comes with its task (below), not with the case
    Assertions.assertThat(runtimeService().getVariables(request.getId()))
        .doesNotContainKeys(DEPARTMENT_OPTIONS, OFFICER_OPTIONS);
    verify(steps).recordRouting(CASE, "resources", List.of("housing"), 10);
    Task acknowledge = task(request);
    assertThat(acknowledge).isAssignedTo("zhangwei");
    // the enterprise's officer alone: not the officers' queue, so no other officer may act on it
    Assertions.assertThat(candidateGroups(acknowledge)).isEmpty();
    Assertions.assertThat(acknowledge.getDueDate()).isEqualTo(Date.from(SUBMITTED.plusHours(24).toInstant()));
    assertForm(request, "acknowledge-request");
    Assertions.assertThat(job(RESPONSE_OVERDUE, request).getDuedate())
        .isEqualTo(Date.from(SUBMITTED.plusHours(24).toInstant()));
  }

  @Test
  void requestWithoutOfficer_waitsInTheOfficersQueue_andBelongsToWhoeverSignsFor() {
    ProcessInstance request = start("power", "URGENT", null, null);
    Task acknowledge = task(request);
    Assertions.assertThat(acknowledge.getAssignee()).isNull();
    Assertions.assertThat(candidateGroups(acknowledge)).containsExactly(OFFICERS);
    taskService().claim(acknowledge.getId(), "liuyang");

    complete(acknowledge, withVariables(FIRST_ANSWER, "已收到，今天联系供电局。"));

    verify(steps).acknowledge(CASE, "liuyang", "已收到，今天联系供电局。");
    assertThat(request).isWaitingAt(DECIDE_HANDLING).variables()
        .containsEntry(OFFICER, "zhangwei").containsEntry(SUPERVISOR, "chenjianguo").containsEntry(LIGHT, "GREEN")
        .doesNotContainKey(ProcessValues.COMPLETED_BY);
    // the directory's departments and officers, as the form's selects read them, on the task alone
    Map<String, Object> choices = taskService().getVariablesLocal(task(request).getId());
    Assertions.assertThat(choices.get(DEPARTMENT_OPTIONS))
        .hasToString("[{\"label\":\"经济科技促进局\",\"value\":\"economy\"}]");
    Assertions.assertThat(choices.get(OFFICER_OPTIONS)).hasToString("[{\"label\":\"刘洋\",\"value\":\"liuyang\"}]");
  }

  @Test
  void acknowledgementTheRecordStepRefuses_leavesTheTaskOpen() {
    ProcessInstance request = start("land", "NORMAL", "zhangwei", "chenjianguo");
    Task acknowledge = task(request);
    // the first answer is checked once, by the step that records it, in the completion's transaction
    doThrow(new InvalidInput(FIRST_ANSWER, "NotBlank")).when(steps).acknowledge(anyString(), anyString(), eq(" "));

    Assertions.assertThatThrownBy(() -> taskService().complete(acknowledge.getId(), Map.of(FIRST_ANSWER, " ")))
        .isInstanceOf(InvalidInput.class);

    assertThat(request).isWaitingAt(ACKNOWLEDGE_REQUEST);
    Assertions.assertThat(task(request).getId()).isEqualTo(acknowledge.getId());
  }

  @Test
  void fourHoursBeforeTheDeadline_theResponseTurnsYellow_andTheTaskStays() {
    ProcessInstance request = start("land", "NORMAL", "zhangwei", "chenjianguo");
    Assertions.assertThat(job(RESPONSE_DUE_SOON, request).getDuedate())
        .isEqualTo(Date.from(SUBMITTED.plusHours(20).toInstant()));
    ClockUtil.setCurrentTime(Date.from(SUBMITTED.plusHours(20).toInstant()));

    execute(job(RESPONSE_DUE_SOON, request));

    Assertions.assertThat(changes).containsExactly(new LightChanged("response", CASE, CASE, Light.GREEN, Light.YELLOW));
    assertThat(request).hasPassed(WARN_OFFICER, OFFICER_WARNED).isWaitingAt(ACKNOWLEDGE_REQUEST).variables()
        .containsEntry(LIGHT, "YELLOW");
    Assertions.assertThat(job(RESPONSE_DUE_SOON, request)).as("warned once").isNull();
    Assertions.assertThat(job(RESPONSE_OVERDUE, request)).as("the 24-hour timer still runs").isNotNull();
  }

  @Test
  void signedForInTime_cancelsTheWarningAndThe24HourTimer() {
    ProcessInstance request = start("land", "NORMAL", "zhangwei", "chenjianguo");

    acknowledge(request);

    Assertions.assertThat(job(RESPONSE_DUE_SOON, request)).isNull();
    Assertions.assertThat(job(RESPONSE_OVERDUE, request)).isNull();
    Assertions.assertThat(changes).isEmpty();
  }

  @Test
  void notSignedForWithin24Hours_remindsTheOfficer_andGivesTheSupervisorATask() throws IOException {
    ProcessInstance request = start("land", "NORMAL", "zhangwei", "chenjianguo");
    ClockUtil.setCurrentTime(Date.from(SUBMITTED.plusHours(24).toInstant()));

    execute(job(RESPONSE_OVERDUE, request));

    Assertions.assertThat(changes).containsExactly(new LightChanged("response", CASE, CASE, Light.GREEN, Light.RED));
    assertThat(request).isWaitingAt(ACKNOWLEDGE_REQUEST, SUPERVISE_RESPONSE).variables()
        .containsEntry(LIGHT, "RED");
    Task supervise = task(SUPERVISE_RESPONSE, request);
    assertThat(supervise).isAssignedTo("chenjianguo");
    Assertions.assertThat(candidateGroups(supervise)).as("the supervisors' pool only without a supervisor").isEmpty();
    assertForm(request, SUPERVISE_RESPONSE, "supervise-response");

    complete(supervise, withVariables(SUPERVISION_NOTE, "已电话督促张伟。"));

    verify(steps).closeSupervision(CASE, 41L, "chenjianguo", "已电话督促张伟。");
    assertThat(request).hasPassed(RESPONSE_SUPERVISED).isWaitingAt(ACKNOWLEDGE_REQUEST);
  }

  @Test
  void anOfficerWithoutASupervisor_leavesTheFirstResponseSupervisionInTheSupervisorsPool() {
    ProcessInstance request = start("land", "NORMAL", "zhangwei", null);
    ClockUtil.setCurrentTime(Date.from(SUBMITTED.plusHours(24).toInstant()));

    execute(job(RESPONSE_OVERDUE, request));

    assertThat(task(SUPERVISE_RESPONSE, request)).isNotAssigned().hasCandidateGroup("supervisors");
  }

  // --- resolved on the spot ------------------------------------------------------------------------------------------

  @Test
  void resolvedOnTheSpot_isVisitedTheNextWorkingDay_andClosedWhenSatisfied() throws IOException {
    ProcessInstance request = start("licences", "NORMAL", "zhangwei", "chenjianguo");
    acknowledge(request);
    assertForm(request, "decide-handling");
    // the decision is due one working day after the case was signed for
    Assertions.assertThat(task(request).getDueDate()).isEqualTo(Date.from(SUBMITTED.plusDays(1).toInstant()));

    complete(task(request), withVariables(DECISION, "RESOLVE_DIRECTLY", ANSWER, "营业执照可在政务中心当天办理。"));

    verify(handOver).checkDecision(eq("RESOLVE_DIRECTLY"), eq("营业执照可在政务中心当天办理。"), eq("economy"), eq(List.of()),
        eq(10), isNull());
    verify(steps).resolveDirectly(CASE, "营业执照可在政务中心当天办理。", "zhangwei");
    assertThat(request).hasPassed(RESOLVE_DIRECTLY).hasNotPassed(HAND_OVER).isWaitingAt(AWAIT_RETURN_VISIT)
        .variables().containsEntry(REPLY, "营业执照可在政务中心当天办理。");
    ZonedDateTime nextWorkingDay = SUBMITTED.plusDays(1);
    Assertions.assertThat(job(NEXT_WORKING_DAY, request).getDuedate()).isEqualTo(Date.from(nextWorkingDay.toInstant()));

    ClockUtil.setCurrentTime(Date.from(nextWorkingDay.toInstant()));
    execute(job(NEXT_WORKING_DAY, request));
    assertThat(request).isWaitingAt(RETURN_VISIT);
    assertThat(task(request)).isAssignedTo("zhangwei");
    assertForm(request, "return-visit");
    complete(task(request), withVariables(SATISFACTION, "SATISFIED", SATISFACTION_COMMENT, "很快"));

    verify(ratings).checkSatisfaction("SATISFIED", "很快");
    verify(ratings).recordSatisfaction(CASE, "SATISFIED", "很快", "zhangwei");
    verify(ratings).close(CASE);
    verify(ratings, never()).reopen(anyString());
    assertThat(request).hasPassed(RECORD_SATISFACTION, CLOSE_REQUEST, REQUEST_CLOSED).isEnded();
  }

  @Test
  void decisionTheCapabilityRefuses_isRefusedInChinese_andTheTaskStaysOpen() {
    ProcessInstance request = start("land", "NORMAL", "zhangwei", "chenjianguo");
    acknowledge(request);
    doThrow(new InvalidInput("cooperatingDepartments[0]", "Invalid")).when(handOver)
        .checkDecision(eq("HAND_OVER"), any(), any(), any(), any(), any());
    Task decide = task(request);

    Assertions.assertThatThrownBy(() -> taskService().complete(decide.getId(),
            Map.of(DECISION, "HAND_OVER", COOPERATING_DEPARTMENTS, "nowhere")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("配合部门（第1项）");

    assertThat(request).isWaitingAt(DECIDE_HANDLING);
    verify(handOver, never()).handOver(anyString(), anyString(), any(), any(), anyString());
  }

  @Test
  void returnVisitWithAnUnknownSatisfaction_isRefused_andTheTaskStaysOpen() {
    ProcessInstance request = start("finance", "NORMAL", "zhangwei", "chenjianguo");
    acknowledge(request);
    complete(task(request), withVariables(DECISION, "RESOLVE_DIRECTLY", ANSWER, "已对接银行。"));
    execute(job(NEXT_WORKING_DAY, request));
    doThrow(new InvalidInput("satisfaction", "request.code.unknown", "SATISFIED, BASICALLY_SATISFIED, UNSATISFIED"))
        .when(ratings).checkSatisfaction(eq("GREAT"), any());
    Task visit = task(request);

    Assertions.assertThatThrownBy(() -> taskService().complete(visit.getId(), Map.of(SATISFACTION, "GREAT")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("满意度：必须是以下之一");

    assertThat(request).isWaitingAt(RETURN_VISIT);
  }

  @Test
  void returnVisitWithAForgedRatedBy_isRecordedInTheNameOfWhoCompletedIt() {
    ProcessInstance request = start("finance", "NORMAL", "zhangwei", "chenjianguo");
    acknowledge(request);
    complete(task(request), withVariables(DECISION, "RESOLVE_DIRECTLY", ANSWER, "已对接银行。"));
    execute(job(NEXT_WORKING_DAY, request));

    identityService().setAuthenticatedUserId("zhangwei");
    try {
      taskService().complete(task(request).getId(), Map.of(SATISFACTION, "SATISFIED", "ratedBy", "ent04"));
    } finally {
      identityService().clearAuthentication();
    }

    verify(ratings).recordSatisfaction(CASE, "SATISFIED", null, "zhangwei");
    verify(ratings, never()).recordSatisfaction(anyString(), any(), any(), eq("ent04"));
  }

  @Test
  void secondInstanceForTheSameCase_isRefusedAtItsFirstStep_andRecordsNothing() {
    ProcessInstance first = start("land", "NORMAL", "zhangwei", "chenjianguo");
    verify(instances).claim(CASE, first.getId());

    Assertions.assertThatThrownBy(() -> start("land", "NORMAL", "zhangwei", "chenjianguo"))
        .isInstanceOf(NotWaitingForInstance.class);

    verify(steps, times(1)).recordRouting(anyString(), any(), any(), any());
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(ID).count()).isOne();
    Assertions.assertThat(taskService().createTaskQuery().taskDefinitionKey(ACKNOWLEDGE_REQUEST).count()).isOne();
  }

  @Test
  void supervisionWithoutANote_isRefusedInChinese_andTheItemStaysOpen() {
    ProcessInstance request = start("land", "NORMAL", "zhangwei", "chenjianguo");
    execute(job(RESPONSE_OVERDUE, request));
    Task supervise = task(SUPERVISE_RESPONSE, request);

    Assertions.assertThatThrownBy(() -> taskService().complete(supervise.getId(), Map.of(SUPERVISION_NOTE, " ")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("督办意见");

    verify(steps, never()).closeSupervision(anyString(), anyLong(), any(), any());
    assertThat(request).isWaitingAt(ACKNOWLEDGE_REQUEST, SUPERVISE_RESPONSE);
  }

  // --- handed over -----------------------------------------------------------------------------------------------

  @Test
  void handedOver_unitsWorkInParallel_leadConsolidates_officerReplies_unsatisfiedEnterpriseReopens()
      throws IOException {
    ProcessInstance request = start("land", "NORMAL", "zhangwei", "chenjianguo");
    acknowledge(request);

    complete(task(request), withVariables(DECISION, "HAND_OVER", LEAD_DEPARTMENT, "resources",
        COOPERATING_DEPARTMENTS, "housing", TIME_LIMIT, 10));

    verify(handOver).handOver(CASE, "resources", List.of("housing"), 10, "zhangwei");
    assertThat(request).isWaitingAt(HANDLE_BY_DEPARTMENTS).variables().containsEntry(ROUND, 1)
        .containsEntry(RESOLUTION_DUE, "2026-12-02").doesNotContainKey(UNIT_IDS);
    List<ProcessInstance> units = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(DEPARTMENT_HANDLING).processInstanceBusinessKey(CASE).list();
    Assertions.assertThat(units).hasSize(2);
    Assertions.assertThat(units.stream().map(u -> runtimeService().getVariable(u.getId(), UNIT_ID)))
        .containsExactlyInAnyOrder(101L, 102L);
    for (ProcessInstance unit : units) {
      Assertions.assertThat(runtimeService().getVariables(unit.getId())).containsEntry(CASE_NUMBER, CASE)
          .containsEntry(ENTERPRISE_NAME, "广州某某精密制造有限公司").containsEntry(TITLE, "新厂房用地指标")
          .containsEntry(OFFICER, "zhangwei").doesNotContainKey(CATEGORY);
    }

    units.forEach(unit -> complete(task(STUB_TASK, unit)));

    verify(handOver).assessHandling(CASE);
    assertThat(request).isWaitingAt(CONSOLIDATE_FEEDBACK).variables().doesNotContainKey(ANY_RETURNED_VARIABLE)
        .containsEntry(FEEDBACK_SUMMARY, "自然资源局（牵头）：已办结");
    assertThat(task(request)).hasCandidateGroup("dept-resources");
    // due when the case's time limit ends: the start of the day after its resolution date, Shanghai time
    Assertions.assertThat(task(request).getDueDate()).isEqualTo(Date.from(Instant.parse("2026-12-02T16:00:00Z")));
    assertForm(request, "consolidate-feedback");
    taskService().claim(task(request).getId(), "resources01");
    complete(task(request), withVariables(CONSOLIDATED_ANSWER, "用地指标已纳入下一批次。"));

    verify(handOver).recordConsolidation(CASE, "用地指标已纳入下一批次。", "resources01");
    assertThat(request).isWaitingAt(REPLY_TO_ENTERPRISE).variables().containsEntry(REPLY, "用地指标已纳入下一批次。");
    assertThat(task(request)).isAssignedTo("zhangwei");
    assertForm(request, "reply-to-enterprise");
    complete(task(request), withVariables(REPLY, "用地指标已纳入下一批次，预计月底批复。"));

    verify(steps).recordReply(CASE, "用地指标已纳入下一批次，预计月底批复。", "zhangwei");
    assertThat(request).isWaitingAt(AWAIT_RETURN_VISIT);

    apiRater.rateAs("ent01", () -> runtimeService().createMessageCorrelation(MESSAGE_SATISFACTION_RATED)
        .processInstanceBusinessKey(CASE)
        .setVariables(Map.of(SATISFACTION, "UNSATISFIED", SATISFACTION_COMMENT, "太慢"))
        .correlate());

    verify(ratings).recordSatisfaction(CASE, "UNSATISFIED", "太慢", "ent01");
    verify(ratings).reopen(CASE);
    verify(ratings, never()).close(anyString());
    assertThat(request).hasPassed(SATISFACTION_RATED, REOPEN_REQUEST).hasNotPassed(SUPERVISE_REOPEN)
        .isWaitingAt(DECIDE_HANDLING).variables().containsEntry(REOPEN_COUNT, 1)
        .containsEntry(RETURN_REASONS, "企业回访不满意（第1次重办）：太慢");
  }

  @Test
  void unitReturnedTheMatter_goesBackToTheOfficersDecision_withTheReasons() {
    when(handOver.assessHandling(CASE)).thenReturn(new Assessment(true, null, "住房和城乡建设局（配合）退单：非本部门职责"));
    ProcessInstance request = start("land", "NORMAL", "zhangwei", "chenjianguo");
    acknowledge(request);
    complete(task(request), withVariables(DECISION, "HAND_OVER", LEAD_DEPARTMENT, "resources",
        COOPERATING_DEPARTMENTS, "housing", TIME_LIMIT, 10));

    runtimeService().createProcessInstanceQuery().processDefinitionKey(DEPARTMENT_HANDLING).list()
        .forEach(unit -> complete(task(STUB_TASK, unit)));

    assertThat(request).hasPassed(ASSESS_HANDLING).hasNotPassed(CONSOLIDATE_FEEDBACK).isWaitingAt(DECIDE_HANDLING)
        .variables().doesNotContainKey(ANY_RETURNED_VARIABLE)
        .containsEntry(RETURN_REASONS, "住房和城乡建设局（配合）退单：非本部门职责");
    assertThat(task(request)).isAssignedTo("zhangwei");
  }

  @Test
  void secondReopening_goesToTheSupervisorBeforeTheOfficerDecidesAgain() throws IOException {
    when(ratings.reopen(CASE)).thenReturn(new Reopening(2, "企业回访不满意（第2次重办）：仍未解决", 77L));
    ProcessInstance request = runtimeService().createProcessInstanceByKey(ID).businessKey(CASE)
        .setVariables(startVariables("land", "NORMAL", "zhangwei", "chenjianguo"))
        .setVariable(SATISFACTION, "UNSATISFIED")
        .setVariable(SATISFACTION_COMMENT, "仍未解决")
        .startBeforeActivity(RECORD_SATISFACTION)
        .execute();

    assertThat(request).hasPassed(REOPEN_REQUEST).isWaitingAt(SUPERVISE_REOPEN).variables()
        .containsEntry(REOPEN_COUNT, 2).containsEntry(REOPEN_SUPERVISION_ID, 77L);
    assertThat(task(request)).isAssignedTo("chenjianguo");
    Assertions.assertThat(candidateGroups(task(request))).isEmpty();
    assertForm(request, "supervise-reopen");

    complete(task(request), withVariables(SUPERVISION_NOTE, "请牵头部门一周内拿出方案。"));

    verify(steps).closeSupervision(CASE, 77L, "chenjianguo", "请牵头部门一周内拿出方案。");
    assertThat(request).isWaitingAt(DECIDE_HANDLING);
  }

  // --- convening ----------------------------------------------------------------------------------------------------

  @Test
  void officerConvenes_theCaseWaitsForTheConclusion_thenTheOfficerDecidesAgainWithIt() throws IOException {
    when(convening.startConvening(CASE, "用地指标能否跨区调剂？", List.of("liuyang", "wangjing"), 3L, "zhangwei"))
        .thenReturn(55L);
    ProcessInstance request = start("land", "NORMAL", "zhangwei", "chenjianguo");
    acknowledge(request);

    complete(task(request), withVariables(DECISION, "CONVENE", CONVENING_QUESTION, "用地指标能否跨区调剂？",
        CONVENING_OFFICERS, "liuyang，wangjing", CONVENING_TIME_LIMIT, 3L));

    verify(convening).checkConvening(CASE, "用地指标能否跨区调剂？", List.of("liuyang", "wangjing"), 3L, "zhangwei");
    assertThat(request).hasPassed(START_CONVENING).isWaitingAt(CONVENING_CONCLUDED).variables()
        .containsEntry(CONVENING_ID, 55L);

    // another convening of the same case (started over the API) concluding does not release this one
    Assertions.assertThat(runtimeService().createMessageCorrelation(MESSAGE_CONVENING_CONCLUDED)
        .processInstanceBusinessKey(CASE).processInstanceVariableEquals(CONVENING_ID, 54L)
        .correlateAllWithResult()).isEmpty();
    runtimeService().createMessageCorrelation(MESSAGE_CONVENING_CONCLUDED).processInstanceBusinessKey(CASE)
        .processInstanceVariableEquals(CONVENING_ID, 55L)
        .setVariable(CONVENING_CONCLUSION, "可以调剂，由自然资源局牵头办理。").correlate();

    assertThat(request).hasPassed(CONVENING_CONCLUDED).isWaitingAt(DECIDE_HANDLING).variables()
        .containsEntry(CONVENING_CONCLUSION, "可以调剂，由自然资源局牵头办理。");
    assertThat(task(request)).isAssignedTo("zhangwei");
    assertForm(request, "decide-handling");
  }

  @Test
  void convening_thatConveningWouldRefuse_isRefusedInChinese_andNothingStarts() {
    ProcessInstance request = start("land", "NORMAL", "zhangwei", "chenjianguo");
    acknowledge(request);
    doThrow(new InvalidInput("conveningOfficers", "convening.officers.count", 2, 20)).when(convening)
        .checkConvening(eq(CASE), any(), any(), any(), any());
    Task decide = task(request);

    Assertions.assertThatThrownBy(() -> taskService().complete(decide.getId(), Map.of(DECISION, "CONVENE",
            CONVENING_QUESTION, "如何办？", CONVENING_OFFICERS, "liuyang", CONVENING_TIME_LIMIT, 3)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("被召集的首席服务官");

    assertThat(request).isWaitingAt(DECIDE_HANDLING);
    verify(convening, never()).startConvening(any(), any(), any(), any(), any());
  }

  // --- the joint-meeting office --------------------------------------------------------------------------------------

  @Test
  void officerEscalates_theOfficeArbitrates_andTheCaseIsHandedOverAsRuledWithoutAskingTheOfficerAgain() {
    when(escalations.escalate(eq(CASE), eq("OFFICER"), eq("规划和用地两个部门意见不一"), eq(false), isNull()))
        .thenReturn(new Escalation(EscalationSource.DECISION, "规划和用地两个部门意见不一", "zhangwei"));
    when(handOver.handOver(eq(CASE), eq("housing"), any(), eq(5), eq("lianxiban")))
        .thenReturn(new HandOver(List.of(103L), 2, LocalDate.of(2026, 11, 25), Instant.parse("2026-11-25T16:00:00Z")));
    ProcessInstance request = start("land", "NORMAL", "zhangwei", "chenjianguo");
    acknowledge(request);

    complete(task(request), withVariables(DECISION, "ESCALATE", ESCALATION_REASON, "规划和用地两个部门意见不一"));

    verify(handOver).checkDecision(eq("ESCALATE"), isNull(), eq("resources"), eq(List.of("housing")), eq(10),
        eq("规划和用地两个部门意见不一"));
    assertThat(request).hasPassed(ESCALATED_BY_OFFICER, ESCALATED_TO_JOINT_OFFICE, WITHDRAW_HANDLING)
        .isWaitingAt(HANDLE_BY_JOINT_OFFICE);
    ProcessInstance office = jointMeeting();
    Assertions.assertThat(runtimeService().getVariables(office.getId())).containsEntry(CASE_NUMBER, CASE)
        .containsEntry(ENTERPRISE_NAME, "广州某某精密制造有限公司").containsEntry(OFFICER, "zhangwei")
        .containsEntry(ESCALATION_SOURCE, "DECISION").containsEntry(ESCALATION_REASON, "规划和用地两个部门意见不一");
    Assertions.assertThat(office.getBusinessKey()).isEqualTo(CASE);

    complete(task(STUB_JOINT_TASK, office), withVariables(JOINT_OUTCOME, "ARBITRATED", LEAD_DEPARTMENT, "housing",
        COOPERATING_DEPARTMENTS, "", TIME_LIMIT, 5, DECIDED_BY, "lianxiban"));

    verify(escalations).recordJointOutcome(CASE, "ARBITRATED", null);
    verify(handOver).handOver(CASE, "housing", List.of(), 5, "lianxiban");
    assertThat(request).hasPassed(RECORD_JOINT_OUTCOME, HAND_OVER).isWaitingAt(HANDLE_BY_DEPARTMENTS)
        .variables().containsEntry(ROUND, 2).doesNotContainKey(RESUME_AT);
    Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(request.getId())
        .activityId(DECIDE_HANDLING).count()).isEqualTo(1);
  }

  @Test
  void officerSendsAReturnedMatterOn_theOfficeReceivesItForArbitration() {
    when(handOver.assessHandling(CASE)).thenReturn(new Assessment(true, null, "住房和城乡建设局（配合）退单：非本部门职责"));
    when(escalations.escalate(eq(CASE), eq("OFFICER"), any(), eq(true), isNull()))
        .thenReturn(new Escalation(EscalationSource.RETURN, "两部门互相退单", "zhangwei"));
    ProcessInstance request = start("land", "NORMAL", "zhangwei", "chenjianguo");
    acknowledge(request);
    complete(task(request), withVariables(DECISION, "HAND_OVER", LEAD_DEPARTMENT, "resources",
        COOPERATING_DEPARTMENTS, "housing", TIME_LIMIT, 10));
    runtimeService().createProcessInstanceQuery().processDefinitionKey(DEPARTMENT_HANDLING).list()
        .forEach(unit -> complete(task(STUB_TASK, unit)));

    complete(task(request), withVariables(DECISION, "ESCALATE", ESCALATION_REASON, "两部门互相退单"));

    assertThat(request).isWaitingAt(HANDLE_BY_JOINT_OFFICE);
    Assertions.assertThat(runtimeService().getVariable(jointMeeting().getId(), ESCALATION_SOURCE)).isEqualTo("RETURN");
  }

  @Test
  void unitStaysRedTooLong_handlingStops_theOfficeDecides_andTheOfficerRepliesWithItsDecision() throws IOException {
    when(escalations.escalate(eq(CASE), eq("UNIT_OVERDUE"), isNull(), eq(false), isNull()))
        .thenReturn(new Escalation(EscalationSource.RED, "住房和城乡建设局（配合）超过办理时限 2026-12-02 仍未办结", "system"));
    ProcessInstance request = start("land", "NORMAL", "zhangwei", "chenjianguo");
    acknowledge(request);
    complete(task(request), withVariables(DECISION, "HAND_OVER", LEAD_DEPARTMENT, "resources",
        COOPERATING_DEPARTMENTS, "housing", TIME_LIMIT, 10));
    List<ProcessInstance> units = runtimeService().createProcessInstanceQuery()
        .processDefinitionKey(DEPARTMENT_HANDLING).list();

    complete(task(STUB_TASK, units.get(0)), withVariables(STUB_STILL_RED, true));

    assertThat(request).hasPassed(ESCALATED_TO_JOINT_OFFICE, WITHDRAW_HANDLING).hasNotPassed(ASSESS_HANDLING)
        .isWaitingAt(HANDLE_BY_JOINT_OFFICE);
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(DEPARTMENT_HANDLING)
        .count()).isZero();
    ProcessInstance office = jointMeeting();
    Assertions.assertThat(runtimeService().getVariables(office.getId())).containsEntry(ESCALATION_SOURCE, "RED")
        .containsEntry(ESCALATION_REASON, "住房和城乡建设局（配合）超过办理时限 2026-12-02 仍未办结");

    complete(task(STUB_JOINT_TASK, office), withVariables(JOINT_OUTCOME, "RESOLVED",
        RESOLUTION, "联席会议决定：由自然资源局本月内完成用地报批。", DECIDED_BY, "lianxiban"));

    verify(escalations).recordJointOutcome(CASE, "RESOLVED", "联席会议决定：由自然资源局本月内完成用地报批。");
    assertThat(request).hasPassed(RECORD_JOINT_OUTCOME).isWaitingAt(REPLY_TO_ENTERPRISE).variables()
        .containsEntry(REPLY, "联席会议决定：由自然资源局本月内完成用地报批。");
    assertThat(task(request)).isAssignedTo("zhangwei");
    assertForm(request, "reply-to-enterprise");
    complete(task(request), withVariables(REPLY, "经联席会议协调，用地将在本月内报批。"));

    verify(steps).recordReply(CASE, "经联席会议协调，用地将在本月内报批。", "zhangwei");
    assertThat(request).hasPassed(REPLIED).isWaitingAt(AWAIT_RETURN_VISIT);
  }

  @Test
  void supervisorAsksForTheOffice_whileDepartmentsHandle_theCaseGoesThereAtOnce() {
    when(escalations.escalate(eq(CASE), eq("SUPERVISOR"), eq("三个月未解决，企业多次投诉"), eq(false), eq("chenjianguo")))
        .thenReturn(new Escalation(EscalationSource.SUPERVISOR, "三个月未解决，企业多次投诉", "chenjianguo"));
    ProcessInstance request = start("land", "NORMAL", "zhangwei", "chenjianguo");
    acknowledge(request);
    complete(task(request), withVariables(DECISION, "HAND_OVER", LEAD_DEPARTMENT, "resources",
        COOPERATING_DEPARTMENTS, "housing", TIME_LIMIT, 10));

    runtimeService().createMessageCorrelation(MESSAGE_ESCALATION_REQUESTED).processInstanceBusinessKey(CASE)
        .setVariable(ESCALATION_REASON, "三个月未解决，企业多次投诉").setVariable(ESCALATED_BY, "chenjianguo")
        .correlate();

    assertThat(request).hasPassed(ESCALATED_BY_SUPERVISOR, ESCALATED_TO_JOINT_OFFICE, WITHDRAW_HANDLING)
        .isWaitingAt(HANDLE_BY_JOINT_OFFICE);
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(DEPARTMENT_HANDLING)
        .count()).isZero();
    Assertions.assertThat(runtimeService().getVariables(jointMeeting().getId()))
        .containsEntry(ESCALATION_SOURCE, "SUPERVISOR").containsEntry(ESCALATED_BY, "chenjianguo");
  }

  @Test
  void escalationWithoutAReason_isRefusedInChinese_andTheTaskStaysOpen() {
    ProcessInstance request = start("land", "NORMAL", "zhangwei", "chenjianguo");
    acknowledge(request);
    doThrow(new InvalidInput("escalationReason", "NotBlank")).when(handOver)
        .checkDecision(eq("ESCALATE"), any(), any(), any(), any(), any());
    Task decide = task(request);

    Assertions.assertThatThrownBy(() -> taskService().complete(decide.getId(), Map.of(DECISION, "ESCALATE")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("提交联席会议的理由");

    assertThat(request).isWaitingAt(DECIDE_HANDLING);
    verify(escalations, never()).escalate(anyString(), anyString(), any(), any(Boolean.class), any());
  }

  // --- the routing table -----------------------------------------------------------------------------------------

  @Test
  void routingTable_suggestsLeadCooperatingAndTimeLimit() {
    DmnDecisionTableResult land = route("land", "NORMAL");

    Assertions.assertThat(land.getSingleResult().getEntryMap()).containsEntry(LEAD_DEPARTMENT, "resources")
        .containsEntry(COOPERATING_DEPARTMENTS, "housing").containsEntry(TIME_LIMIT, 10);
    Assertions.assertThat(route("permits", "NORMAL").getSingleResult().getEntryMap())
        .containsEntry(LEAD_DEPARTMENT, "housing").containsEntry(COOPERATING_DEPARTMENTS, "resources,economy");
    Assertions.assertThat(route("schooling", "NORMAL").getSingleResult().getEntryMap())
        .containsEntry(LEAD_DEPARTMENT, "education");
  }

  @Test
  void routingTable_givesEveryCategoryALead_andUrgentRequestsAShorterLimit() {
    List<String> demoDepartments = List.of("economy", "resources", "housing", "hrss", "education", "power", "water");
    for (Category category : SEEDED_CATEGORIES) {
      Map<String, Object> normal = route(category.code(), "NORMAL").getSingleResult().getEntryMap();
      Map<String, Object> urgent = route(category.code(), "URGENT").getSingleResult().getEntryMap();

      Assertions.assertThat(demoDepartments).as(category.code()).contains((String) normal.get(LEAD_DEPARTMENT));
      Assertions.assertThat(urgent.get(LEAD_DEPARTMENT)).as(category.code()).isEqualTo(normal.get(LEAD_DEPARTMENT));
      Assertions.assertThat((Integer) urgent.get(TIME_LIMIT)).as(category.code())
          .isLessThan((Integer) normal.get(TIME_LIMIT)).isPositive();
      String cooperating = (String) normal.get(COOPERATING_DEPARTMENTS);
      if (!cooperating.isEmpty()) {
        Assertions.assertThat(demoDepartments).as(category.code()).containsAll(List.of(cooperating.split(",")));
      }
    }
  }

  @Test
  void routingTable_sendsAnUnknownCategoryToTheEconomyBureau() {
    Assertions.assertThat(route("spaceflight", "NORMAL").getSingleResult().getEntryMap())
        .containsEntry(LEAD_DEPARTMENT, "economy").containsEntry(COOPERATING_DEPARTMENTS, "")
        .containsEntry(TIME_LIMIT, 10);
  }

  // --- the enterprise's own steps: withdrawal and material ------------------------------------------------------

  @Test
  void withdrawnBeforeSigningFor_endsTheCase_withItsTimers() {
    ProcessInstance request = start("land", "NORMAL", "zhangwei", "chenjianguo");

    runtimeService().createMessageCorrelation(MESSAGE_REQUEST_WITHDRAWN).processInstanceBusinessKey(CASE).correlate();

    assertThat(request).hasPassed(REQUEST_WITHDRAWN).isEnded();
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(request.getId()).count()).isZero();
    verify(steps, never()).acknowledge(anyString(), anyString(), anyString());
  }

  @Test
  void withdrawnWhileTheEnterpriseIsAskedForMaterial_endsTheCase() {
    ProcessInstance request = askForMaterial();

    runtimeService().createMessageCorrelation(MESSAGE_REQUEST_WITHDRAWN).processInstanceBusinessKey(CASE).correlate();

    assertThat(request).hasPassed(REQUEST_WITHDRAWN).isEnded();
    verify(material, never()).closeForNoResponse(anyString(), any(), any());
  }

  @Test
  void officerAsksForMaterial_theEnterpriseAnswers_andTheOfficerDecidesAgain() throws IOException {
    ProcessInstance request = askForMaterial();

    verify(material).ask(CASE, "请补充营业执照副本和用地红线图。", "zhangwei");
    assertThat(request).isWaitingAt(AWAIT_MATERIAL).variables()
        .containsEntry(MATERIAL_WAIT, "P5WD");
    Assertions.assertThat(job(MATERIAL_OVERDUE, request).getDuedate())
        .as("five working days, Wednesday to Wednesday").isEqualTo(Date.from(SUBMITTED.plusDays(7).toInstant()));

    runtimeService().createMessageCorrelation(MESSAGE_MATERIAL_SUPPLIED).processInstanceBusinessKey(CASE).correlate();

    assertThat(request).hasPassed(MATERIAL_SUPPLIED).isWaitingAt(DECIDE_HANDLING);
    Assertions.assertThat(job(MATERIAL_OVERDUE, request)).isNull();
    assertForm(request, "decide-handling");
  }

  @Test
  void askForMaterialWithoutSayingWhat_isRefused_andTheTaskStaysOpen() {
    ProcessInstance request = start("land", "NORMAL", "zhangwei", "chenjianguo");
    acknowledge(request);
    doThrow(new InvalidInput(MATERIAL_ASK, "NotBlank")).when(material).checkAsk(" ");

    Assertions.assertThatThrownBy(() -> taskService().complete(task(request).getId(),
            Map.of(DECISION, "REQUEST_MATERIAL", MATERIAL_ASK, " ")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("需企业补充的材料");

    assertThat(request).isWaitingAt(DECIDE_HANDLING);
    verify(material, never()).ask(anyString(), anyString(), anyString());
  }

  @Test
  void noMaterialInTime_theOfficerFollowsUp_waitsAgain_andTheLateAnswerEndsTheFollowUp() throws IOException {
    ProcessInstance request = askForMaterial();
    ClockUtil.setCurrentTime(Date.from(SUBMITTED.plusDays(7).toInstant()));
    execute(job(MATERIAL_OVERDUE, request));
    assertThat(request).isWaitingAt(FOLLOW_UP_MATERIAL);
    assertThat(task(request)).isAssignedTo("zhangwei");
    assertForm(request, "follow-up-material");

    complete(task(request), withVariables(FOLLOW_UP, "WAIT", FOLLOW_UP_NOTE, "企业说下周一提交。"));

    verify(material).remind(CASE, "企业说下周一提交。", "zhangwei");
    assertThat(request).hasPassed(REMIND_ENTERPRISE).isWaitingAt(AWAIT_MATERIAL).variables()
        .containsEntry(MATERIAL_WAIT, "P3WD");

    execute(job(MATERIAL_OVERDUE, request));
    assertThat(request).isWaitingAt(FOLLOW_UP_MATERIAL);
    runtimeService().createMessageCorrelation(MESSAGE_MATERIAL_SUPPLIED).processInstanceBusinessKey(CASE).correlate();

    assertThat(request).hasPassed(MATERIAL_SUPPLIED_LATE).isWaitingAt(DECIDE_HANDLING);
    Assertions.assertThat(taskService().createTaskQuery().processInstanceId(request.getId())
        .taskDefinitionKey(FOLLOW_UP_MATERIAL).count()).isZero();
  }

  @Test
  void officerClosesAfterFollowUp_theCaseEndsAsNoResponse() {
    ProcessInstance request = askForMaterial();
    execute(job(MATERIAL_OVERDUE, request));

    complete(task(request), withVariables(FOLLOW_UP, FOLLOW_UP_CLOSE, FOLLOW_UP_NOTE, "企业表示不再需要。"));

    verify(material).closeForNoResponse(CASE, "企业表示不再需要。", "zhangwei");
    assertThat(request).hasPassed(NO_MATERIAL, NO_MATERIAL_CAUGHT, CLOSE_NO_RESPONSE, CLOSED_NO_RESPONSE).isEnded();
    verify(ratings, never()).close(anyString());
  }

  @Test
  void followUpWithoutANote_isRefused() {
    ProcessInstance request = askForMaterial();
    execute(job(MATERIAL_OVERDUE, request));

    Assertions.assertThatThrownBy(() -> taskService().complete(task(request).getId(),
            Map.of(FOLLOW_UP, "WAIT", FOLLOW_UP_NOTE, "")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("跟进情况");

    assertThat(request).isWaitingAt(FOLLOW_UP_MATERIAL);
  }

  private ProcessInstance askForMaterial() {
    ProcessInstance request = start("land", "NORMAL", "zhangwei", "chenjianguo");
    acknowledge(request);
    complete(task(request), withVariables(DECISION, "REQUEST_MATERIAL", MATERIAL_ASK, "请补充营业执照副本和用地红线图。"));
    return request;
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  private ProcessInstance start(String category, String urgency, String officer, String supervisor) {
    ProcessInstance request = runtimeService().startProcessInstanceByKey(ID, CASE,
        startVariables(category, urgency, officer, supervisor));
    assertThat(request).isStarted();
    return request;
  }

  /** The categories the database starts with (V22__request_category.sql), read from the migration itself. */
  private static List<Category> seededCategories() {
    try {
      String sql = Files.readString(Path.of("src/main/resources/db/migration/V22__request_category.sql"));
      Matcher row = Pattern.compile("\\('([a-z][a-z0-9-]*)', '([^']+)', \\d+").matcher(sql);
      List<Category> categories = new ArrayList<>();
      while (row.find()) {
        categories.add(new Category(row.group(1), row.group(2)));
      }
      return categories;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static VariableMap startVariables(String category, String urgency, String officer, String supervisor) {
    return Variables.createVariables()
        .putValue(CASE_NUMBER, CASE).putValue(ENTERPRISE_ID, 1L).putValue(ENTERPRISE_NAME, "广州某某精密制造有限公司")
        .putValue(TITLE, "新厂房用地指标").putValue(DESCRIPTION, "扩产需要新增用地 20 亩。").putValue(CATEGORY, category)
        .putValue(CATEGORY_LABEL, SEEDED_CATEGORIES.stream().filter(c -> c.code().equals(category))
            .map(Category::label).findFirst().orElse("其他"))
        .putValue(URGENCY, urgency).putValue(CONTACT_NAME, "王经理").putValue(CONTACT_PHONE, "020-12345678")
        .putValue(OFFICER, officer).putValue(SUPERVISOR, supervisor).putValue(LIGHT, "GREEN")
        .putValue(RESPONSE_WARN_AT, Date.from(ResponseDeadline.of(SUBMITTED.toInstant()).warnAt()))
        .putValue(RESPONSE_DUE_AT, Date.from(ResponseDeadline.of(SUBMITTED.toInstant()).dueAt()));
  }

  private static ProcessInstance jointMeeting() {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(JOINT_MEETING).singleResult();
  }

  private void acknowledge(ProcessInstance request) {
    complete(task(ACKNOWLEDGE_REQUEST, request), withVariables(FIRST_ANSWER, "已收到，张伟负责跟进。"));
    assertThat(request).isWaitingAt(DECIDE_HANDLING);
  }

  private static DmnDecisionTableResult route(String category, String urgency) {
    return decisionService().evaluateDecisionTableByKey(ROUTING_DECISION,
        Variables.createVariables().putValue(CATEGORY, category).putValue(URGENCY, urgency));
  }

  private static void assertForm(ProcessInstance request, String formId) throws IOException {
    Task current = taskService().createTaskQuery().processInstanceId(request.getId()).singleResult();
    assertForm(request, current.getTaskDefinitionKey(), formId);
  }

  /** The task's formRef names the form, and the engine finds that form in the deployment. */
  private static void assertForm(ProcessInstance request, String taskKey, String formId) throws IOException {
    Task current = taskService().createTaskQuery().processInstanceId(request.getId()).taskDefinitionKey(taskKey)
        .initializeFormKeys().singleResult();
    Assertions.assertThat(current.getCamundaFormRef().getKey()).isEqualTo(formId);
    try (InputStream form = formService().getDeployedTaskForm(current.getId())) {
      Assertions.assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
          .contains("\"id\": \"" + formId + "\"");
    }
  }

  /** The candidate groups of a task, assigned or not (BPM Assert's hasCandidateGroup wants an unassigned task). */
  private static List<String> candidateGroups(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(link -> link.getGroupId()).toList();
  }
}
