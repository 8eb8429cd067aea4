package org.steward.supervision.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
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
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.steward.supervision.process.SupervisionOrderProcess.*;
import static org.steward.workflow.Scenarios.completeAs;
import static org.steward.workflow.Scenarios.shanghai;
import static org.steward.workflow.Scenarios.startOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
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
import org.steward.shared.InMemoryInstanceLinks;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotWaitingForInstance;
import org.steward.supervision.OrderAnswers;
import org.steward.supervision.OrderInstances;
import org.steward.workflow.TaskHandOver;
import org.steward.supervision.OrderReviews;
import org.steward.supervision.SupervisionOrder;
import org.steward.supervision.SupervisionOrderState;
import org.steward.supervision.SupervisionOrders;
import org.steward.workflow.TaskRefusals;
import org.steward.workflow.TestTaskRefusals;

/**
 * Scenario test of {@code supervision-order} over the mocked {@link SupervisionOrders} and its use cases, with the real
 * delegates, listeners, {@link DepartmentQueueTaskListener} and {@link SupervisionOrderInstances}: every path, timers
 * fired by executing their jobs. Issued on Monday 2026-03-02 10:00 by leader01 to the power department, due Thursday
 * 2026-03-05: yellow from 03-05 00:00, red from 03-06 00:00 (Asia/Shanghai).
 */
@Deployment(resources = {RESOURCE, "forms/sign-supervision-order.form", "forms/answer-supervision-order.form",
    "forms/review-supervision-order.form"})
class SupervisionOrderProcessTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  private static final String CASE = "QY20260302-0001";
  private static final long ORDER = 7L;
  private static final long OTHER_ORDER = 8L;
  private static final LocalDate DUE = LocalDate.of(2026, 3, 5);
  private static final String LEADER = "leader01";
  private static final String STAFF = "power01";

  private final SupervisionOrders orders = mock(SupervisionOrders.class);
  private final OrderAnswers answers = mock(OrderAnswers.class);
  private final OrderReviews reviews = mock(OrderReviews.class);
  private final OrderInstances links = InMemoryInstanceLinks.of(OrderInstances.class);
  private final InMemorySubject subject = new InMemorySubject("order", false,
      execution -> Long.toString(links.of(execution.getProcessInstanceId())));
  private List<LightChanged> changes;

  @BeforeEach
  void registerDelegatesOverTheMockedApi() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 10));
    TaskRefusals texts = TestTaskRefusals.reading("messages-supervision");
    Mocks.register("departmentQueueTaskListener", new DepartmentQueueTaskListener());
    Mocks.register("loadOrderDelegate", new LoadOrderDelegate(orders, links));
    Mocks.register("recordOrderSigningDelegate", new RecordOrderSigningDelegate(answers, links));
    Mocks.register("recordOrderAnswerDelegate", new RecordOrderAnswerDelegate(answers, links));
    Mocks.register("recordOrderReviewDelegate", new RecordOrderReviewDelegate(reviews, links));
    changes = TestDeadlineDelegates.register(ENGINE.getProcessEngine(), subject);
    LocalDate due = LocalDate.of(2026, 3, 5);
    subject.put(Long.toString(ORDER), "QY20260302-0001", new Deadline(due, startOf(due), startOf(due.plusDays(1))));
    Mocks.register("checkOrderReviewTaskListener", new CheckOrderReviewTaskListener(reviews, texts));
    when(orders.order(ORDER)).thenReturn(order("DEPARTMENT", "power", "供电局"));
    when(orders.issuerName(any())).thenReturn("陈建国");
    when(orders.warnAt(any())).thenAnswer(call -> startOf(call.getArgument(0)));
    when(orders.dueAt(any())).thenAnswer(call -> startOf(((LocalDate) call.getArgument(0)).plusDays(1)));
    when(reviews.review(eq(ORDER), anyString(), any(), anyString()))
        .thenAnswer(call -> ACCEPTED.equals(call.getArgument(1)));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
    identityService().clearAuthentication();
  }

  @Test
  void departmentSignsAndAnswers_issuerAccepts_orderClosed() {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt(SIGN_FOR_ORDER).variables().containsEntry(DUE_DATE, "2026-03-05")
        .containsEntry(TARGET_NAME, "供电局").containsEntry(ISSUER, LEADER).containsEntry(ISSUER_NAME, "陈建国")
        .containsEntry(LIGHT, "GREEN");
    Task sign = task(instance);
    assertThat(sign).hasName("签收督办单").hasCandidateGroup("dept-power");
    Assertions.assertThat(sign.getAssignee()).isNull();
    Assertions.assertThat(sign.getDueDate()).isEqualTo(shanghai(2026, 3, 6, 0));
    Assertions.assertThat(sign.getFollowUpDate()).isEqualTo(shanghai(2026, 3, 5, 0));

    completeAs(STAFF, sign, Map.of());
    verify(answers).sign(ORDER, STAFF);
    assertThat(instance).isWaitingAt(REPORT_BACK);
    assertThat(task(instance)).hasName("反馈督办情况").hasCandidateGroup("dept-power");

    completeAs(STAFF, task(instance), Map.of(ANSWER, "已制定供电方案，3月10日前完成接电"));
    verify(answers).answer(ORDER, "已制定供电方案，3月10日前完成接电", STAFF);
    assertThat(instance).isWaitingAt(REVIEW_ANSWER);
    assertThat(task(instance)).hasName("审核督办反馈").isAssignedTo(LEADER);
    Assertions.assertThat(taskService().getIdentityLinksForTask(task(instance).getId()))
        .as("the supervisors' pool only without the issuer").extracting(IdentityLink::getGroupId)
        .doesNotContain("supervisors");

    completeAs(LEADER, task(instance), Map.of(REVIEW_RESULT, ACCEPTED));
    verify(reviews).checkReview(ACCEPTED, null);
    verify(reviews).review(ORDER, ACCEPTED, null, LEADER);
    assertThat(instance).hasPassed(ANSWER_RECORDED, RECORD_REVIEW, ORDER_CLOSED).isEnded();
    Assertions.assertThat(changes).isEmpty();
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void answerRejected_goesBackToTheDepartmentWithoutSigningAgain_andTheSecondAnswerIsAccepted() {
    ProcessInstance instance = start();
    completeAs(STAFF, task(instance), Map.of());
    completeAs(STAFF, task(instance), Map.of(ANSWER, "正在协调"));

    completeAs(LEADER, task(instance), Map.of(REVIEW_RESULT, REJECTED, REVIEW_NOTE, "请给出接电的具体日期"));

    verify(reviews).review(ORDER, REJECTED, "请给出接电的具体日期", LEADER);
    assertThat(instance).isWaitingAt(REPORT_BACK).variables().containsEntry(REVIEW_NOTE, "请给出接电的具体日期")
        .containsEntry(SIGNED, true);
    assertThat(task(instance)).hasCandidateGroup("dept-power");
    Assertions.assertThat(jobs(instance, ORDER_DUE_NEAR)).as("the deadline runs on").hasSize(1);

    completeAs(STAFF, task(instance), Map.of(ANSWER, "3月10日完成接电"));
    completeAs(LEADER, task(instance), Map.of(REVIEW_RESULT, ACCEPTED));

    verify(answers, times(1)).sign(anyLong(), anyString());
    verify(answers).answer(ORDER, "3月10日完成接电", STAFF);
    assertThat(instance).isEnded();
  }

  @Test
  void deadlineTimers_turnTheOrderYellowThenRed_andTheTaskStays() {
    ProcessInstance instance = start();
    Assertions.assertThat(jobs(instance, ORDER_DUE_NEAR)).singleElement()
        .satisfies(job -> Assertions.assertThat(job.getDuedate()).isEqualTo(shanghai(2026, 3, 5, 0)));
    Assertions.assertThat(jobs(instance, ORDER_OVERDUE)).singleElement()
        .satisfies(job -> Assertions.assertThat(job.getDuedate()).isEqualTo(shanghai(2026, 3, 6, 0)));

    ClockUtil.setCurrentTime(shanghai(2026, 3, 5, 0));
    jobs(instance, ORDER_DUE_NEAR).forEach(job -> execute(job));

    Assertions.assertThat(subject.light(Long.toString(ORDER))).isEqualTo(Light.YELLOW);
    assertThat(instance).hasPassed(MARK_ORDER_NEAR, ORDER_NEAR_SIGNALLED).isWaitingAt(SIGN_FOR_ORDER).variables()
        .containsEntry(LIGHT, "YELLOW");

    ClockUtil.setCurrentTime(shanghai(2026, 3, 6, 9));
    jobs(instance, ORDER_OVERDUE).forEach(job -> execute(job));

    Assertions.assertThat(changes).extracting(LightChanged::to).containsExactly(Light.YELLOW, Light.RED);
    assertThat(instance).hasPassed(MARK_ORDER_OVERDUE, ORDER_OVERDUE_SIGNALLED).isWaitingAt(SIGN_FOR_ORDER)
        .variables().containsEntry(LIGHT, "RED");
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void orderOnTheCasesOfficer_isAssignedToTheOfficer() {
    when(orders.order(ORDER)).thenReturn(order("OFFICER", "zhangwei", "张伟"));
    ProcessInstance instance = start();

    Task sign = task(instance);
    assertThat(sign).isAssignedTo("zhangwei");
    List<IdentityLink> candidates = taskService().getIdentityLinksForTask(sign.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).toList();
    Assertions.assertThat(candidates).isEmpty();

    SupervisionOrderInstances instances = instances();
    identityService().setAuthenticatedUserId("zhangwei");
    Assertions.assertThat(instances.complete(ORDER, SIGN_FOR_ORDER, "zhangwei", Map.of())).isTrue();
    Assertions.assertThat(instances.complete(ORDER, SIGN_FOR_ORDER, "zhangwei", Map.of())).as("signed already")
        .isFalse();
    identityService().clearAuthentication();
    verify(answers).sign(ORDER, "zhangwei");
    assertThat(instance).isWaitingAt(REPORT_BACK);
    assertThat(task(instance)).isAssignedTo("zhangwei");
  }

  @Test
  void answerWithoutText_andRejectionWithoutNote_areRefusedInChinese_andTheTasksStay() {
    ProcessInstance instance = start();
    completeAs(STAFF, task(instance), Map.of());
    // the answer is checked once, by the step that records it, in the completion's transaction
    doThrow(new InvalidInput("answer", "NotBlank")).when(answers).answer(anyLong(), isNull(), any());

    Task report = task(instance);
    Assertions.assertThatThrownBy(() -> completeAs(STAFF, report, Map.of())).isInstanceOf(InvalidInput.class);
    assertThat(instance).isWaitingAt(REPORT_BACK);
    Assertions.assertThat(task(instance).getId()).isEqualTo(report.getId());

    completeAs(STAFF, report, Map.of(ANSWER, "正在协调"));
    doThrow(new InvalidInput("reviewNote", "NotBlank")).when(reviews).checkReview(REJECTED, null);
    Task review = task(instance);
    Assertions.assertThatThrownBy(() -> completeAs(LEADER, review, Map.of(REVIEW_RESULT, REJECTED)))
        .hasMessageContaining("任务未完成：审核意见：不能为空");
    assertThat(instance).isWaitingAt(REVIEW_ANSWER);
  }

  @Test
  void start_claimsItsOrder_andAForgedOrderIdReachesNoOtherOrder() {
    ProcessInstance instance = start();
    verify(links).claim(ORDER, instance.getId());

    completeAs(STAFF, task(instance), Map.of(ORDER_ID, OTHER_ORDER));
    completeAs(STAFF, task(instance), Map.of(ANSWER, "伪造", ORDER_ID, OTHER_ORDER));

    verify(answers).sign(ORDER, STAFF);
    verify(answers).answer(ORDER, "伪造", STAFF);
    verify(answers, never()).answer(eq(OTHER_ORDER), any(), any());
    Assertions.assertThat(instances()
        .complete(OTHER_ORDER, REVIEW_ANSWER, LEADER, Map.of())).as("no task of the other order").isFalse();
  }

  @Test
  void secondInstanceForTheSameOrder_isRefused() {
    start();

    Assertions.assertThatThrownBy(this::start).isInstanceOf(NotWaitingForInstance.class);
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isEqualTo(1);
  }

  // --- helpers -------------------------------------------------------------------------------------------------------

  private SupervisionOrderInstances instances() {
    return new SupervisionOrderInstances(runtimeService(), taskService(), links,
        new TaskHandOver(taskService(), processEngine().getAuthorizationService()));
  }

  private ProcessInstance start() {
    instances().start(ORDER, CASE, "广州某某精密制造有限公司");
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(ID).processInstanceBusinessKey(CASE)
        .singleResult();
  }

  private static SupervisionOrder order(String targetKind, String target, String targetName) {
    return new SupervisionOrder(ORDER, CASE, null, targetKind, target, targetName, "三个工作日内拿出接电方案", 3, LEADER,
        shanghai(2026, 3, 2, 10).toInstant(), DUE, SupervisionOrderState.ISSUED, Light.GREEN, null, null, null,
        null, null, 0, null, null, null, null);
  }

  private static Task task(ProcessInstance instance) {
    return taskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private static List<Job> jobs(ProcessInstance instance, String activityId) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).list();
  }
}
