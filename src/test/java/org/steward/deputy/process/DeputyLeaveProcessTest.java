package org.steward.deputy.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.steward.deputy.process.DeputyLeaveProcess.HAND_OVER_TASKS;
import static org.steward.deputy.process.DeputyLeaveProcess.KEY_PREFIX;
import static org.steward.deputy.process.DeputyLeaveProcess.RESOURCE;
import static org.steward.deputy.process.DeputyLeaveProcess.RETURN_TASKS;
import static org.steward.deputy.process.DeputyLeaveProcess.UNTIL_LEAVE_ENDS;
import static org.steward.deputy.process.DeputyLeaveProcess.UNTIL_LEAVE_STARTS;
import static org.steward.workflow.Scenarios.shanghai;
import static org.steward.workflow.Scenarios.startOf;

import java.time.LocalDate;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steward.deputy.Leaves;
import org.steward.workflow.SystemContext;

/**
 * Scenario test of {@code deputy-leave} over the mocked leave use cases, with the real delegates: a leave set on
 * Monday 2026-04-06 for Tuesday 2026-04-07 to Wednesday 2026-04-08 (Asia/Shanghai) hands over at its first midnight and
 * gives back after its last day; a cancelled leave's instance ends without either.
 */
@Deployment(resources = RESOURCE)
class DeputyLeaveProcessTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  private static final long LEAVE = 7L;

  private final Leaves leaves = mock(Leaves.class);
  private DeputyEngine engine;

  @BeforeEach
  void registerDelegatesOverTheMockedApi() {
    ClockUtil.setCurrentTime(shanghai(2026, 4, 6, 10));
    Mocks.register("beginLeaveDelegate", new BeginLeaveDelegate(leaves));
    Mocks.register("endLeaveDelegate", new EndLeaveDelegate(leaves));
    engine = new DeputyEngine(runtimeService(), new SystemContext(identityService()));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void theLeaveHandsOverOnItsFirstDay_andGivesBackAfterItsLastDay() {
    ProcessInstance leave = start();

    assertThat(leave).isWaitingAt(UNTIL_LEAVE_STARTS);
    Assertions.assertThat(job(leave, UNTIL_LEAVE_STARTS).getDuedate()).isEqualTo(shanghai(2026, 4, 7, 0));
    execute(job(leave, UNTIL_LEAVE_STARTS));
    verify(leaves).begin(LEAVE);
    assertThat(leave).hasPassed(HAND_OVER_TASKS).isWaitingAt(UNTIL_LEAVE_ENDS);
    Assertions.assertThat(job(leave, UNTIL_LEAVE_ENDS).getDuedate()).isEqualTo(shanghai(2026, 4, 9, 0));
    verify(leaves, never()).end(LEAVE);

    execute(job(leave, UNTIL_LEAVE_ENDS));
    verify(leaves).end(LEAVE);
    assertThat(leave).hasPassed(RETURN_TASKS).isEnded();
  }

  @Test
  void aCancelledLeave_endsItsInstance_withoutHandingOver() {
    ProcessInstance leave = start();

    engine.cancel(LEAVE);

    assertThat(leave).isEnded();
    verify(leaves, never()).begin(LEAVE);
    Assertions.assertThat(managementService().createJobQuery().processInstanceId(leave.getId()).count()).isZero();
  }

  private ProcessInstance start() {
    engine.start(LEAVE, startOf(LocalDate.of(2026, 4, 7)), startOf(LocalDate.of(2026, 4, 9)));
    ProcessInstance leave = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(KEY_PREFIX + LEAVE)
        .singleResult();
    assertThat(leave).isStarted();
    return leave;
  }

  private static Job job(ProcessInstance leave, String activityId) {
    return managementService().createJobQuery().processInstanceId(leave.getId()).activityId(activityId)
        .singleResult();
  }
}
