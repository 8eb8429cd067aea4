package org.steward.convening.process;

import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processEngine;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.steward.convening.process.ConveningProcess.*;
import static org.steward.workflow.Scenarios.completeAs;
import static org.steward.workflow.Scenarios.shanghai;
import static org.steward.workflow.Scenarios.startOf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
import org.steward.deadline.process.TestDeadlineDelegates;
import org.steward.convening.Convening;
import org.steward.convening.ConveningLinks;
import org.steward.convening.ConveningConclusion;
import org.steward.convening.ConveningOpinions;
import org.steward.convening.Convenings;
import org.steward.convening.ConveningState;
import org.steward.convening.Opinion;
import org.steward.convening.OpinionState;
import org.steward.shared.InMemoryInstanceLinks;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotFound;
import org.steward.shared.NotWaitingForInstance;
import org.steward.workflow.TaskCompletionRefused;
import org.steward.workflow.TaskHandOver;
import org.steward.workflow.TaskRefusals;
import org.steward.workflow.TestTaskRefusals;

/**
 * Scenario test of {@code convening} over the mocked {@link Convenings}, {@link ConveningOpinions} and
 * {@link ConveningConclusion}, with the real delegates, listeners and {@link ConveningInstances} (start and 加签 by
 * process-instance modification): every path, timers fired by executing their jobs. Convened on Monday 2026-03-02
 * 10:00 by zhangwei, liuyang and wangjing due Thursday 2026-03-05: yellow from 03-05 00:00, red from 03-06 00:00
 * (Asia/Shanghai).
 */
@Deployment(resources = {RESOURCE, "forms/give-opinion.form", "forms/conclude-convening.form"})
class ConveningProcessTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  private static final String CASE = "QY20260302-0001";
  private static final String ENTERPRISE = "广州某某精密制造有限公司";
  private static final long CONVENING = 5L;
  private static final LocalDate DUE = LocalDate.of(2026, 3, 5);
  private static final String ZHANGWEI = "zhangwei";
  private static final Map<String, Long> OPINION_IDS = Map.of("liuyang", 11L, "wangjing", 12L, "lina", 13L);

  private final Convenings convenings = mock(Convenings.class);
  private final ConveningOpinions opinions = mock(ConveningOpinions.class);
  private final ConveningConclusion conclusion = mock(ConveningConclusion.class);
  private final ConveningLinks links = InMemoryInstanceLinks.of(ConveningLinks.class);
  private ConveningInstances instances;
  private final InMemorySubject subject = new InMemorySubject("opinion", true,
      execution -> Long.toString(opinions.opinionOf(links.of(execution.getProcessInstanceId()),
          (String) execution.getVariable(OFFICER)).id()));
  private List<LightChanged> changes;

  @BeforeEach
  void registerDelegatesOverTheMockedApi() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 10));
    TaskRefusals texts = TestTaskRefusals.reading("messages-convening");
    instances = new ConveningInstances(runtimeService(), links, taskService(),
        new TaskHandOver(taskService(), processEngine().getAuthorizationService()));
    Mocks.register("loadConveningDelegate", new LoadConveningDelegate(convenings, opinions, links));
    Mocks.register("loadOpinionDelegate", new LoadOpinionDelegate(opinions, links));
    Mocks.register("recordOpinionDelegate", new RecordOpinionDelegate(opinions, links));
    changes = TestDeadlineDelegates.register(ENGINE.getProcessEngine(), subject);
    Deadline deadline = new Deadline(DUE, startOf(DUE), startOf(DUE.plusDays(1)));
    subject.put("11", CASE, deadline).put("12", CASE, deadline);
    Mocks.register("recordConclusionDelegate", new RecordConclusionDelegate(conclusion, links));
    Mocks.register("checkConclusionTaskListener", new CheckConclusionTaskListener(conclusion, links, texts));
    when(convenings.convening(CONVENING)).thenReturn(convening("liuyang", "wangjing"));
    when(opinions.opinionOf(eq(CONVENING), anyString()))
        .thenAnswer(call -> opinion(call.getArgument(1), DUE));
    when(opinions.warnAt(any())).thenAnswer(call -> startOf(call.getArgument(0)));
    when(opinions.dueAt(any())).thenAnswer(call -> startOf(((LocalDate) call.getArgument(0)).plusDays(1)));
    when(opinions.opinionSummary(CONVENING)).thenReturn("刘洋：（尚未提出意见）\n王静：（尚未提出意见）");
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
    identityService().clearAuthentication();
  }

  @Test
  void everyOfficerGivesAnOpinion_thenTheConvenerConcludes() {
    ProcessInstance convening = start();

    assertThat(convening).isWaitingAt(GIVE_OPINION, CONCLUDE_CONVENING).variables()
        .containsEntry(DUE_DATE, "2026-03-05").containsEntry(CONVENER, ZHANGWEI).doesNotContainKey(OFFICERS);
    Task liuyang = opinionTask(convening, "liuyang");
    Task wangjing = opinionTask(convening, "wangjing");
    assertThat(liuyang).hasName("提出意见");
    Assertions.assertThat(liuyang.getDueDate()).isEqualTo(shanghai(2026, 3, 6, 0));
    Assertions.assertThat(liuyang.getFollowUpDate()).isEqualTo(shanghai(2026, 3, 5, 0));
    Task conclude = task(convening, CONCLUDE_CONVENING);
    assertThat(conclude).isAssignedTo(ZHANGWEI).hasName("汇总意见形成结论");
    Assertions.assertThat(conclude.getDueDate()).isEqualTo(shanghai(2026, 3, 6, 0));

    when(opinions.opinionSummary(CONVENING)).thenReturn("刘洋：建议先办理临时用地");
    completeAs("liuyang", liuyang, Map.of(OPINION, "建议先办理临时用地"));

    verify(opinions).giveOpinion(11L, "建议先办理临时用地", "liuyang");
    assertThat(convening).variables().containsEntry(OPINION_SUMMARY, "刘洋：建议先办理临时用地")
        .doesNotContainKey(OPINION);
    Assertions.assertThat(taskService().getVariable(wangjing.getId(), OPINION)).isNull();
    Assertions.assertThat(taskService().getVariable(wangjing.getId(), OFFICER)).isEqualTo("wangjing");

    completeAs("wangjing", wangjing, Map.of(OPINION, "同意，建议联合踏勘"));
    verify(opinions).giveOpinion(12L, "同意，建议联合踏勘", "wangjing");
    assertThat(convening).hasPassed(OPINIONS_COLLECTED).isWaitingAt(CONCLUDE_CONVENING);

    completeAs(ZHANGWEI, task(convening, CONCLUDE_CONVENING), Map.of(CONCLUSION, "先办临时用地，再联合踏勘"));

    verify(conclusion).checkConclusion(CONVENING, "先办临时用地，再联合踏勘");
    verify(conclusion).conclude(CONVENING, "先办临时用地，再联合踏勘", ZHANGWEI);
    assertThat(convening).hasPassed(RECORD_CONCLUSION, CONVENING_CONCLUDED).isEnded();
    Assertions.assertThat(changes).isEmpty();
  }

  @Test
  void deadlineTimers_fireAtEachOfficersWarnAtAndDueAt() {
    ProcessInstance convening = start();

    List<Job> near = jobs(convening, OPINION_DUE_NEAR);
    List<Job> overdue = jobs(convening, OPINION_OVERDUE);
    Assertions.assertThat(near).hasSize(2).allSatisfy(job ->
        Assertions.assertThat(job.getDuedate()).isEqualTo(shanghai(2026, 3, 5, 0)));
    Assertions.assertThat(overdue).hasSize(2).allSatisfy(job ->
        Assertions.assertThat(job.getDuedate()).isEqualTo(shanghai(2026, 3, 6, 0)));
  }

  @Test
  void deadlineNear_turnsTheOfficersOpinionYellow_andTheTaskStays() {
    ProcessInstance convening = start();
    ClockUtil.setCurrentTime(shanghai(2026, 3, 5, 0));

    jobs(convening, OPINION_DUE_NEAR).forEach(job -> execute(job));

    Assertions.assertThat(changes).extracting(LightChanged::subjectId, LightChanged::to)
        .containsExactlyInAnyOrder(tuple("11", Light.YELLOW), tuple("12", Light.YELLOW));
    assertThat(convening).hasPassed(MARK_OPINION_NEAR, OPINION_NEAR_SIGNALLED).isWaitingAt(GIVE_OPINION);
    Assertions.assertThat(taskService().getVariableLocal(opinionTask(convening, "liuyang").getId(), LIGHT))
        .isEqualTo("YELLOW");
    // the light is the officer's, on the officer's task: the convener's task stays out of the 即将到期 filter
    Assertions.assertThat(taskService().getVariable(task(convening, CONCLUDE_CONVENING).getId(), LIGHT)).isNull();
  }

  @Test
  void deadlineMissed_flagsTheOfficerLate_andTheConclusionCancelsTheOpenOpinion() {
    ProcessInstance convening = start();
    completeAs("liuyang", opinionTask(convening, "liuyang"), Map.of(OPINION, "建议先办理临时用地"));
    ClockUtil.setCurrentTime(shanghai(2026, 3, 6, 9));

    jobs(convening, OPINION_OVERDUE).forEach(job -> execute(job));

    Assertions.assertThat(changes).containsExactly(new LightChanged("opinion", "12", CASE, Light.GREEN, Light.RED));
    assertThat(convening).hasPassed(MARK_OPINION_LATE, OFFICER_FLAGGED_LATE).isWaitingAt(GIVE_OPINION,
        CONCLUDE_CONVENING);
    Assertions.assertThat(taskService().getVariableLocal(opinionTask(convening, "wangjing").getId(), LIGHT))
        .isEqualTo("RED");

    completeAs(ZHANGWEI, task(convening, CONCLUDE_CONVENING), Map.of(CONCLUSION, "按刘洋意见办理"));

    verify(conclusion).conclude(CONVENING, "按刘洋意见办理", ZHANGWEI);
    assertThat(convening).hasPassed(CONVENING_CONCLUDED).hasNotPassed(OPINIONS_COLLECTED).isEnded();
    Assertions.assertThat(taskQuery().processInstanceId(convening.getId()).count()).isZero();
  }

  @Test
  void opinionWithAForgedOpinionId_isRecordedAsTheCompletingOfficersOwn() {
    ProcessInstance convening = start();
    verify(links).claim(CONVENING, convening.getId());

    completeAs("liuyang", opinionTask(convening, "liuyang"), Map.of(OPINION, "伪造", "opinionId", 12L));

    verify(opinions).giveOpinion(11L, "伪造", "liuyang");
    verify(opinions, never()).giveOpinion(eq(12L), any(), any());
  }

  @Test
  void opinionCompletedBySomeoneNotConvened_isRefused_andTheTaskStays() {
    ProcessInstance convening = start();
    when(opinions.opinionOf(CONVENING, "lina")).thenThrow(new NotFound("opinion", CONVENING + "/lina"));
    Task liuyang = opinionTask(convening, "liuyang");

    Assertions.assertThatThrownBy(() -> completeAs("lina", liuyang, Map.of(OPINION, "代为提出")))
        .isInstanceOf(NotFound.class);

    verify(opinions, never()).giveOpinion(anyLong(), any(), any());
    Assertions.assertThat(taskQuery().taskId(liuyang.getId()).count()).isOne();
  }

  @Test
  void secondInstanceForTheSameConvening_isRefused() {
    start();

    Assertions.assertThatThrownBy(this::start).isInstanceOf(NotWaitingForInstance.class);
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isEqualTo(1);
  }

  @Test
  void opinionTheRecordStepRefuses_leavesTheTaskOpen() {
    ProcessInstance convening = start();
    // the opinion is checked once, by the step that records it, in the completion's transaction
    doThrow(new InvalidInput("opinion", "NotBlank")).when(opinions).giveOpinion(anyLong(), isNull(), any());
    Task liuyang = opinionTask(convening, "liuyang");

    Assertions.assertThatThrownBy(() -> completeAs("liuyang", liuyang, Map.of())).isInstanceOf(InvalidInput.class);

    Assertions.assertThat(taskQuery().taskId(liuyang.getId()).count()).isOne();
  }

  @Test
  void conclusionWhileOpinionsAreAwaited_isRefused_andTheTaskStays() {
    ProcessInstance convening = start();
    doThrow(new InvalidInput("opinions", "convening.opinions.outstanding", 2, "2026-03-05")).when(conclusion)
        .checkConclusion(CONVENING, "先行结论");

    Assertions.assertThatThrownBy(() -> completeAs(ZHANGWEI, task(convening, CONCLUDE_CONVENING),
            Map.of(CONCLUSION, "先行结论")))
        .hasMessageContaining("任务未完成：意见：尚有 2 份意见在时限内未提出（最迟 2026-03-05）")
        .hasRootCauseInstanceOf(TaskCompletionRefused.class);

    verify(conclusion, never()).conclude(anyLong(), any(), any());
    assertThat(convening).isWaitingAt(GIVE_OPINION, CONCLUDE_CONVENING);
  }

  @Test
  void addedOfficer_whileOpinionsRun_getsOneMoreInstance_andTheBodyWaitsForIt() {
    ProcessInstance convening = start();
    completeAs("liuyang", opinionTask(convening, "liuyang"), Map.of(OPINION, "建议先办理临时用地"));

    instances.addOfficer(CONVENING, "lina");

    Task lina = opinionTask(convening, "lina");
    Assertions.assertThat(lina.getDueDate()).isEqualTo(shanghai(2026, 3, 6, 0));
    Assertions.assertThat(jobs(convening, OPINION_OVERDUE)).hasSize(2);
    Assertions.assertThat(runtimeService().getActivityInstance(convening.getId())
        .getActivityInstances(OFFICER_OPINION_BODY)).hasSize(1);
    completeAs("wangjing", opinionTask(convening, "wangjing"), Map.of(OPINION, "同意"));
    assertThat(convening).hasNotPassed(OPINIONS_COLLECTED);

    completeAs("lina", lina, Map.of(OPINION, "人社方面无障碍"));

    verify(opinions).giveOpinion(13L, "人社方面无障碍", "lina");
    assertThat(convening).hasPassed(OPINIONS_COLLECTED).isWaitingAt(CONCLUDE_CONVENING);
  }

  @Test
  void addedOfficer_afterEveryOpinionIsIn_startsTheOpinionsAnew_withThatOfficerOnly() {
    ProcessInstance convening = start();
    completeAs("liuyang", opinionTask(convening, "liuyang"), Map.of(OPINION, "建议先办理临时用地"));
    completeAs("wangjing", opinionTask(convening, "wangjing"), Map.of(OPINION, "同意"));
    assertThat(convening).hasPassed(OPINIONS_COLLECTED).isWaitingAt(CONCLUDE_CONVENING);
    ClockUtil.setCurrentTime(shanghai(2026, 3, 9, 10));
    when(opinions.opinionOf(CONVENING, "lina")).thenReturn(opinion("lina", LocalDate.of(2026, 3, 10)));

    instances.addOfficer(CONVENING, "lina");

    Task lina = opinionTask(convening, "lina");
    Assertions.assertThat(lina.getDueDate()).isEqualTo(shanghai(2026, 3, 11, 0));
    Assertions.assertThat(taskQuery().processInstanceId(convening.getId()).taskDefinitionKey(GIVE_OPINION).count())
        .isOne();
    completeAs("lina", lina, Map.of(OPINION, "人社方面无障碍"));
    assertThat(convening).isWaitingAt(CONCLUDE_CONVENING);
    Assertions.assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService()
        .createHistoricActivityInstanceQuery().processInstanceId(convening.getId())
        .activityId(OPINIONS_COLLECTED).count()).isEqualTo(2);
  }

  @Test
  void everyUserTask_refersToADeployedForm() {
    ProcessInstance convening = start();

    List<Task> tasks = taskQuery().processInstanceId(convening.getId()).initializeFormKeys().list();

    Assertions.assertThat(tasks).extracting(t -> t.getCamundaFormRef().getKey())
        .containsOnly("give-opinion", "conclude-convening").contains("give-opinion", "conclude-convening");
    tasks.forEach(t -> Assertions.assertThat(formService().getDeployedTaskForm(t.getId())).isNotNull());
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  private ProcessInstance start() {
    ProcessInstance convening = instances.start(CASE, ENTERPRISE, CONVENING, ZHANGWEI, "新厂房用地能否先行办理临时用地？");
    assertThat(convening).isStarted();
    Assertions.assertThat(convening.getBusinessKey()).isEqualTo(CASE);
    return convening;
  }

  private static Task opinionTask(ProcessInstance convening, String officer) {
    return taskQuery().processInstanceId(convening.getId()).taskDefinitionKey(GIVE_OPINION).taskAssignee(officer)
        .singleResult();
  }

  private static Task task(ProcessInstance convening, String key) {
    return taskQuery().processInstanceId(convening.getId()).taskDefinitionKey(key).singleResult();
  }

  private static List<Job> jobs(ProcessInstance convening, String activityId) {
    return managementService().createJobQuery().processInstanceId(convening.getId()).activityId(activityId).list();
  }

  private static Convening convening(String... officers) {
    List<Opinion> opinions = java.util.Arrays.stream(officers).map(o -> opinion(o, DUE)).toList();
    return new Convening(CONVENING, CASE, "新厂房用地能否先行办理临时用地？", ZHANGWEI, "张伟", 3,
        Instant.parse("2026-03-02T02:00:00Z"), DUE, ConveningState.OPEN, null, null, null, opinions);
  }

  private static Opinion opinion(String officer, LocalDate due) {
    return new Opinion(OPINION_IDS.get(officer), officer, officer, due, OpinionState.OPEN, Light.GREEN, false, null,
        null, Instant.parse("2026-03-02T02:00:00Z"), null);
  }
}
