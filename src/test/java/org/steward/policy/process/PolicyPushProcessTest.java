package org.steward.policy.process;

import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.steward.policy.process.PolicyPushProcess.*;
import static org.steward.workflow.Scenarios.completeAs;
import static org.steward.workflow.Scenarios.shanghai;
import static org.steward.workflow.Scenarios.startOf;
import static org.steward.workflow.Scenarios.job;
import static org.steward.workflow.Scenarios.jobOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.assertj.core.api.Assertions;
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
import org.mockito.InOrder;
import org.steward.deadline.Deadline;
import org.steward.deadline.InMemorySubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.deadline.process.TestDeadlineDelegates;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.policy.Policies;
import org.steward.policy.PolicyConfirmations;
import org.steward.policy.PolicyDeliveries;
import org.steward.policy.PolicyJobs;
import org.steward.shared.InvalidInput;
import org.steward.shared.StewardClock;
import org.steward.workflow.SystemContext;

/**
 * Scenario test of {@code policy-push} over the mocked policy use cases, with the real delegates: every path, the
 * delivery's batches and timers run by executing their jobs. Published on Monday 2026-03-02 10:00, valid until
 * 2026-03-31; two key enterprises (7 and 8, officers zhangwei and liuyang) confirm within five working days: yellow
 * from 2026-03-06, red from 2026-03-10 (Asia/Shanghai); key enterprise 9 (officer zhangwei) matches later.
 */
@Deployment(resources = {RESOURCE, "forms/confirm-policy-delivery.form"})
class PolicyPushProcessTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  private static final long POLICY = 3L;
  private static final LocalDate DUE = LocalDate.of(2026, 3, 9);
  private static final Map<Long, Long> CONFIRMATIONS = Map.of(7L, 71L, 8L, 81L, 9L, 91L);
  private static final Map<Long, String> OFFICERS = Map.of(7L, "zhangwei", 8L, "liuyang", 9L, "zhangwei");

  private final Policies policies = mock(Policies.class);
  private final PolicyDeliveries deliveries = mock(PolicyDeliveries.class);
  private final PolicyConfirmations confirmations = mock(PolicyConfirmations.class);
  private final DirectoryManagement directory = mock(DirectoryManagement.class);
  private final InMemorySubject subject = new InMemorySubject("confirmation", true,
      execution -> String.valueOf(execution.getVariable(CONFIRMATION_ID)));
  private List<LightChanged> changes;

  @BeforeEach
  void registerDelegatesOverTheMockedApi() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 10));
    Mocks.register("deliverPolicyDelegate", new DeliverPolicyDelegate(deliveries));
    Mocks.register("collectKeyEnterprisesDelegate", new CollectKeyEnterprisesDelegate(deliveries));
    Mocks.register("openPolicyConfirmationDelegate", new OpenPolicyConfirmationDelegate(confirmations, directory));
    Mocks.register("recordPolicyConfirmationDelegate", new RecordPolicyConfirmationDelegate(confirmations));
    Mocks.register("expirePolicyDelegate", new ExpirePolicyDelegate(policies));
    changes = TestDeadlineDelegates.register(ENGINE.getProcessEngine(), subject);
    Deadline deadline = new Deadline(DUE, startOf(LocalDate.of(2026, 3, 6)), startOf(DUE.plusDays(1)));
    subject.put("71", "POLICY-3", deadline).put("81", "POLICY-3", deadline).put("91", "POLICY-3", deadline);
    when(deliveries.deliverBatch(POLICY, 0L)).thenReturn(new PolicyDeliveries.Batch(8L, false));
    when(deliveries.keyEnterprisesToConfirm(POLICY)).thenReturn(List.of(7L, 8L));
    for (long enterprise : List.of(7L, 8L, 9L)) {
      when(confirmations.open(POLICY, enterprise)).thenReturn(new PolicyConfirmations.Opened(
          CONFIRMATIONS.get(enterprise), OFFICERS.get(enterprise), deadline));
      when(directory.enterprise(enterprise)).thenReturn(Optional.of(new Enterprise(enterprise, "企业" + enterprise,
          "91440101MA59XXXX0" + enterprise, "制造业", "天河区", List.of(), null)));
    }
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
    identityService().clearAuthentication();
  }

  @Test
  void everyKeyEnterpriseIsConfirmed_thenThePolicyExpiresAtItsEnd() {
    ProcessInstance policy = start(LocalDate.of(2026, 3, 31));
    assertThat(policy).isWaitingAt(DELIVER_POLICY);
    Assertions.assertThat(engine().delivering(Set.of(POLICY, 4L))).as("published, not delivered yet")
        .containsExactly(POLICY);
    verify(deliveries, never()).deliverBatch(anyLong(), anyLong());

    Assertions.assertThat(deliver(policy)).as("one batch").isEqualTo(1);
    assertThat(policy).hasPassed(DELIVER_POLICY, MORE_TO_DELIVER, COLLECT_KEY_ENTERPRISES)
        .isWaitingAt(CONFIRM_DELIVERY);
    Assertions.assertThat(engine().delivering(Set.of(POLICY))).isEmpty();
    Task zhangwei = task(policy, "zhangwei");
    assertThat(zhangwei).hasName("政策送达确认")
        .hasDueDate(shanghai(2026, 3, 10, 0));
    Assertions.assertThat(taskService().getVariables(zhangwei.getId())).containsEntry(POLICY_TITLE, "稳岗补贴")
        .containsEntry(ENTERPRISE_NAME, "企业7").containsEntry(CONFIRMATION_ID, 71L);

    completeAs("zhangwei", zhangwei, Map.of(APPLICABILITY, "APPLICABLE"));
    completeAs("liuyang", task(policy, "liuyang"), Map.of(APPLICABILITY, "NOT_APPLICABLE", NOTE, "企业不在补贴范围"));
    verify(confirmations).confirm(71L, "APPLICABLE", null, "zhangwei");
    verify(confirmations).confirm(81L, "NOT_APPLICABLE", "企业不在补贴范围", "liuyang");
    assertThat(policy).hasPassed(RECORD_CONFIRMATION, "EndEvent_Confirmed").isWaitingAt(UNTIL_EXPIRY);
    verify(policies, never()).expire(anyLong());

    execute(job(policy, UNTIL_EXPIRY));
    verify(policies).expire(POLICY);
    assertThat(policy).hasPassed(EXPIRE_POLICY, "EndEvent_PolicyExpired").isEnded();
  }

  @Test
  void confirmationsNotDone_turnYellowThenRed_andEndWhenThePolicyExpires() {
    ProcessInstance policy = start(LocalDate.of(2026, 3, 31));
    deliver(policy);
    Task zhangwei = task(policy, "zhangwei");

    execute(jobOf(policy, CONFIRMATION_NEAR, zhangwei, CONFIRMATION_ID));
    execute(jobOf(policy, CONFIRMATION_OVERDUE, zhangwei, CONFIRMATION_ID));
    Assertions.assertThat(changes).extracting(LightChanged::subjectId, LightChanged::to)
        .containsExactly(tuple("71", Light.YELLOW), tuple("71", Light.RED));
    Assertions.assertThat(taskService().getVariableLocal(zhangwei.getId(), "light")).isEqualTo("RED");
    // the other enterprise's task keeps its own light
    Assertions.assertThat(taskService().getVariableLocal(task(policy, "liuyang").getId(), "light")).isNull();
    assertThat(policy).isWaitingAt(CONFIRM_DELIVERY);

    execute(job(policy, POLICY_EXPIRES));
    verify(policies).expire(POLICY);
    assertThat(policy).hasPassed(EXPIRE_POLICY).isEnded();
    verify(confirmations, never()).confirm(anyLong(), anyString(), anyString(), anyString());
  }

  @Test
  void withoutMatches_nothingIsConfirmed_andThePolicyWaitsForItsEnd() {
    when(deliveries.deliverBatch(POLICY, 0L)).thenReturn(new PolicyDeliveries.Batch(0L, false));
    when(deliveries.keyEnterprisesToConfirm(POLICY)).thenReturn(List.of());
    ProcessInstance policy = start(LocalDate.of(2026, 3, 2));

    Assertions.assertThat(deliver(policy)).isEqualTo(1);
    assertThat(policy).isWaitingAt(UNTIL_EXPIRY);
    Assertions.assertThat(job(policy, UNTIL_EXPIRY).getDuedate()).isEqualTo(shanghai(2026, 3, 3, 0));
    execute(job(policy, UNTIL_EXPIRY));
    assertThat(policy).isEnded();
    verify(policies).expire(POLICY);
  }

  @Test
  void aConfirmationTheRecordStepRefuses_leavesTheTaskOpen() {
    ProcessInstance policy = start(LocalDate.of(2026, 3, 31));
    deliver(policy);
    Task liuyang = task(policy, "liuyang");
    doThrow(new InvalidInput(NOTE, "NotBlank")).when(confirmations).confirm(eq(81L), eq("UNDECIDED"), isNull(),
        eq("liuyang"));

    Assertions.assertThatThrownBy(() -> completeAs("liuyang", liuyang, Map.of(APPLICABILITY, "UNDECIDED")))
        .isInstanceOf(InvalidInput.class);
    Assertions.assertThat(task(policy, "liuyang").getId()).isEqualTo(liuyang.getId());
  }

  @Test
  void aLargeDelivery_runsInBatches_eachAJobOfItsOwn_fromWhereThePreviousOneStopped() {
    when(deliveries.deliverBatch(POLICY, 0L)).thenReturn(new PolicyDeliveries.Batch(500L, true));
    when(deliveries.deliverBatch(POLICY, 500L)).thenReturn(new PolicyDeliveries.Batch(1003L, true));
    when(deliveries.deliverBatch(POLICY, 1003L)).thenReturn(new PolicyDeliveries.Batch(1003L, false));
    ProcessInstance policy = start(LocalDate.of(2026, 3, 31));

    execute(job(policy, DELIVER_POLICY));
    assertThat(policy).isWaitingAt(DELIVER_POLICY);
    Assertions.assertThat(runtimeService().getVariable(policy.getId(), DELIVERED_UP_TO)).isEqualTo(500L);
    Assertions.assertThat(runtimeService().getVariable(policy.getId(), MORE_TO_DELIVER_FLAG)).as("transient")
        .isNull();
    verify(deliveries, never()).keyEnterprisesToConfirm(anyLong());

    Assertions.assertThat(deliver(policy)).as("the two batches left").isEqualTo(2);
    InOrder order = inOrder(deliveries);
    order.verify(deliveries).deliverBatch(POLICY, 0L);
    order.verify(deliveries).deliverBatch(POLICY, 500L);
    order.verify(deliveries).deliverBatch(POLICY, 1003L);
    order.verify(deliveries).keyEnterprisesToConfirm(POLICY);
    assertThat(policy).isWaitingAt(CONFIRM_DELIVERY);
    Assertions.assertThat(taskQuery().processInstanceId(policy.getId()).count()).isEqualTo(2);
  }

  @Test
  void aKeyEnterpriseMatchingLater_isConfirmedByItsOfficer_withItsOwnLights() {
    ProcessInstance policy = start(LocalDate.of(2026, 3, 31));
    deliver(policy);
    completeAs("zhangwei", task(policy, "zhangwei"), Map.of(APPLICABILITY, "APPLICABLE"));

    engine().confirmLate(POLICY, 9L);
    Task late = taskQuery().processInstanceId(policy.getId()).taskDefinitionKey(CONFIRM_LATE_DELIVERY)
        .singleResult();
    assertThat(late).hasName("政策送达确认").isAssignedTo("zhangwei").hasDueDate(shanghai(2026, 3, 10, 0));
    Assertions.assertThat(taskService().getVariables(late.getId())).containsEntry(ENTERPRISE_NAME, "企业9")
        .containsEntry(CONFIRMATION_ID, 91L).containsEntry(ENTERPRISE_ID, 9L);
    Assertions.assertThat(runtimeService().getVariable(policy.getId(), ENTERPRISE_ID)).as("not the instance's")
        .isNull();

    execute(job(policy, LATE_CONFIRMATION_NEAR));
    execute(job(policy, LATE_CONFIRMATION_OVERDUE));
    Assertions.assertThat(changes).extracting(LightChanged::subjectId, LightChanged::to)
        .containsExactly(tuple("91", Light.YELLOW), tuple("91", Light.RED));
    completeAs("zhangwei", late, Map.of(APPLICABILITY, "APPLICABLE"));
    verify(confirmations).confirm(91L, "APPLICABLE", null, "zhangwei");
    assertThat(policy).hasPassed(RECORD_LATE_CONFIRMATION, "EndEvent_LateConfirmed").isWaitingAt(CONFIRM_DELIVERY);
  }

  @Test
  void aLateConfirmationStillOpen_endsWithThePolicy() {
    when(deliveries.keyEnterprisesToConfirm(POLICY)).thenReturn(List.of());
    ProcessInstance policy = start(LocalDate.of(2026, 3, 31));
    deliver(policy);
    engine().confirmLate(POLICY, 9L);
    assertThat(policy).isWaitingAt(UNTIL_EXPIRY, CONFIRM_LATE_DELIVERY);

    execute(job(policy, UNTIL_EXPIRY));
    verify(policies).expire(POLICY);
    assertThat(policy).hasPassed(EXPIRE_POLICY, "EndEvent_PolicyExpired").isEnded();
  }

  /** Executes the delivery's jobs, one batch each, as the job executor would; answers how many. */
  private static int deliver(ProcessInstance policy) {
    assertThat(policy).isNotNull();
    return PolicyJobs.deliver(runtimeService(), managementService(), POLICY);
  }

  private static PolicyEngine engine() {
    return new PolicyEngine(runtimeService(), new SystemContext(identityService()));
  }

  private ProcessInstance start(LocalDate validTo) {
    engine().start(POLICY, "稳岗补贴",
        validTo.plusDays(1).atStartOfDay(StewardClock.ZONE).toInstant());
    ProcessInstance policy = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("POLICY-3")
        .singleResult();
    assertThat(policy).isStarted();
    return policy;
  }

  private static Task task(ProcessInstance policy, String officer) {
    return taskQuery().processInstanceId(policy.getId()).taskDefinitionKey(CONFIRM_DELIVERY).taskAssignee(officer)
        .singleResult();
  }
}
