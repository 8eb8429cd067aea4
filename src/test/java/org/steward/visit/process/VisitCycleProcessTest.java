package org.steward.visit.process;

import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.steward.visit.process.EnterpriseVisitProcess.*;
import static org.steward.visit.process.VisitCycleProcess.ALL_PLANNED;
import static org.steward.visit.process.VisitCycleProcess.MONTH_STARTED;
import static org.steward.visit.process.VisitCycleProcess.MORE_TO_PLAN;
import static org.steward.visit.process.VisitCycleProcess.MORE_TO_PLAN_FLAG;
import static org.steward.visit.process.VisitCycleProcess.OPEN_CYCLE;
import static org.steward.visit.process.VisitCycleProcess.PERIOD_START;
import static org.steward.visit.process.VisitCycleProcess.PLANNED_UP_TO;
import static org.steward.visit.process.VisitCycleProcess.PLAN_VISITS;
import static org.steward.workflow.Scenarios.completeAs;
import static org.steward.workflow.Scenarios.shanghai;
import static org.steward.workflow.Scenarios.startOf;
import static org.steward.workflow.Scenarios.job;
import static org.steward.workflow.Scenarios.jobOf;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
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
import org.mockito.InOrder;
import org.steward.deadline.Deadline;
import org.steward.deadline.InMemorySubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.deadline.process.TestDeadlineDelegates;
import org.steward.shared.InvalidInput;
import org.steward.shared.StewardClock;
import org.steward.visit.VisitCycle;
import org.steward.visit.VisitPlanning;
import org.steward.visit.Visits;

/**
 * Scenario test of {@code visit-cycle} and the {@code enterprise-visit} instances it starts, over the mocked visit use
 * cases, with the real delegates: every path, the monthly timer, the planning's batches and the light timers run by
 * executing their jobs. The March 2026 cycle opens on Sunday 2026-03-01 01:00: visit 11 of 企业7 (officer zhangwei,
 * monthly) and visit 12 of 企业8 (officer liuyang, quarterly), yellow from 2026-03-17, red from 2026-03-21
 * (Asia/Shanghai).
 */
@Deployment(resources = {VisitCycleProcess.RESOURCE, EnterpriseVisitProcess.RESOURCE, "forms/record-visit.form"})
class VisitCycleProcessTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
  private static final LocalDate DUE = LocalDate.of(2026, 3, 20);

  private final VisitPlanning planning = mock(VisitPlanning.class);
  private final Visits visits = mock(Visits.class);
  private final InMemorySubject subject = new InMemorySubject("visit", true,
      execution -> String.valueOf(execution.getVariable(VISIT_ID)));
  private List<LightChanged> changes;
  private VisitPlanning.Planned visit11;
  private VisitPlanning.Planned visit12;

  @BeforeEach
  void registerDelegatesOverTheMockedApi() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 1, 1));
    Mocks.register("openVisitCycleDelegate", new OpenVisitCycleDelegate());
    Mocks.register("planVisitsDelegate", new PlanVisitsDelegate(planning));
    Mocks.register("recordVisitDelegate", new RecordVisitDelegate(visits));
    changes = TestDeadlineDelegates.register(ENGINE.getProcessEngine(), subject);
    Deadline deadline = new Deadline(DUE, startOf(LocalDate.of(2026, 3, 17)), startOf(DUE.plusDays(1)));
    subject.put("11", "VISIT-11", deadline).put("12", "VISIT-12", deadline);
    visit11 = new VisitPlanning.Planned(11L, "zhangwei", 7L, "企业7", VisitCycle.MONTHLY, deadline);
    visit12 = new VisitPlanning.Planned(12L, "liuyang", 8L, "企业8", VisitCycle.QUARTERLY, deadline);
    when(planning.planBatch(MARCH, 0L)).thenReturn(new VisitPlanning.Batch(List.of(visit11, visit12), 40L, false));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
    identityService().clearAuthentication();
  }

  @Test
  void theMonthlyTimer_opensTheCycle_startsOneVisitPerPlannedVisit_andEndsOnceAllArePlanned() {
    Job timer = monthlyTimer();
    ZonedDateTime due = timer.getDuedate().toInstant().atZone(StewardClock.ZONE);
    Assertions.assertThat(List.of(due.getDayOfMonth(), due.getHour(), due.getMinute())).as("the 1st, 01:00")
        .containsExactly(1, 1, 0);

    ProcessInstance cycle = openCycle();
    assertThat(cycle).hasPassed(MONTH_STARTED, OPEN_CYCLE).isWaitingAt(PLAN_VISITS);
    Assertions.assertThat(runtimeService().getVariable(cycle.getId(), PERIOD_START)).isEqualTo("2026-03-01");
    verify(planning, never()).planBatch(any(), anyLong());

    Assertions.assertThat(plan(cycle)).as("one batch").isEqualTo(1);
    assertThat(cycle).hasPassed(MORE_TO_PLAN, ALL_PLANNED).isEnded();
    ProcessInstance visit = visit(11L);
    assertThat(visit).hasBusinessKey("VISIT-11").hasPassed(VISIT_DUE).isWaitingAt(VISIT_ENTERPRISE);
    Task zhangwei = task("zhangwei");
    assertThat(zhangwei).hasName("走访企业").hasDueDate(shanghai(2026, 3, 21, 0));
    Assertions.assertThat(zhangwei.getFollowUpDate()).isEqualTo(shanghai(2026, 3, 17, 0));
    Assertions.assertThat(taskService().getVariables(zhangwei.getId())).containsEntry(ENTERPRISE_NAME, "企业7")
        .containsEntry(ENTERPRISE_ID, 7L).containsEntry(OFFICER, "zhangwei").containsEntry(CYCLE_LABEL, "每月")
        .containsEntry(VISIT_ID, 11L);
    Assertions.assertThat(taskService().getVariable(task("liuyang").getId(), CYCLE_LABEL)).isEqualTo("每季度");
  }

  @Test
  void aVisitRecorded_endsItsOwnInstance_andLeavesTheOthersAsTheyWere() {
    plan(openCycle());
    ProcessInstance zhangweis = visit(11L);
    ProcessInstance liuyangs = visit(12L);

    completeAs("zhangwei", task("zhangwei"), record("ON_SITE", "产线满负荷运转", "用工缺口 30 人\n厂房用电容量不足"));
    verify(visits).record(11L, "2026-03-05", "ON_SITE", "王总（总经理）", "产线满负荷运转", "用工缺口 30 人\n厂房用电容量不足",
        "zhangwei");
    assertThat(zhangweis).hasPassed(VISIT_ENTERPRISE, RECORD_VISIT, VISITED).isEnded();
    Assertions.assertThat(taskService().getVariables(task("liuyang").getId())).as("another visit sees none of it")
        .doesNotContainKeys(SITUATION, PROBLEMS, MODE);

    completeAs("liuyang", task("liuyang"), record("PHONE", "经营平稳", null));
    verify(visits).record(12L, "2026-03-05", "PHONE", "王总（总经理）", "经营平稳", null, "liuyang");
    assertThat(liuyangs).isEnded();
  }

  @Test
  void visitsNotDone_turnYellowThenRed_eachWithItsOwnLight() {
    plan(openCycle());
    ProcessInstance visit = visit(11L);
    Task zhangwei = task("zhangwei");

    execute(jobOf(visit, VISIT_NEAR, zhangwei, VISIT_ID));
    execute(jobOf(visit, VISIT_OVERDUE, zhangwei, VISIT_ID));
    Assertions.assertThat(changes).extracting(LightChanged::subjectId, LightChanged::to)
        .containsExactly(tuple("11", Light.YELLOW), tuple("11", Light.RED));
    Assertions.assertThat(taskService().getVariableLocal(zhangwei.getId(), "light")).isEqualTo("RED");
    Assertions.assertThat(taskService().getVariableLocal(task("liuyang").getId(), "light")).isNull();
    assertThat(visit).hasPassed(MARK_VISIT_NEAR, "EndEvent_VisitNearSignalled", MARK_VISIT_OVERDUE,
        "EndEvent_VisitOverdueSignalled").isWaitingAt(VISIT_ENTERPRISE);

    completeAs("zhangwei", zhangwei, record("VIDEO", "视频连线了解情况", null));
    verify(visits).record(eq(11L), eq("2026-03-05"), eq("VIDEO"), any(), any(), any(), eq("zhangwei"));
    assertThat(visit).isEnded();
  }

  @Test
  void aRecordTheRecordStepRefuses_leavesTheTaskOpen() {
    plan(openCycle());
    Task liuyang = task("liuyang");
    doThrow(new InvalidInput(SITUATION, "NotBlank")).when(visits).record(eq(12L), any(), any(), any(), eq(" "),
        any(), eq("liuyang"));

    Assertions.assertThatThrownBy(() -> completeAs("liuyang", liuyang, record("PHONE", " ", null)))
        .isInstanceOf(InvalidInput.class);
    Assertions.assertThat(task("liuyang").getId()).isEqualTo(liuyang.getId());
  }

  @Test
  void aLargeCycle_isPlannedInBatches_eachAJobOfItsOwnWithItsVisits_fromWhereThePreviousOneStopped() {
    when(planning.planBatch(MARCH, 0L)).thenReturn(new VisitPlanning.Batch(List.of(visit11), 500L, true));
    when(planning.planBatch(MARCH, 500L)).thenReturn(new VisitPlanning.Batch(List.of(), 1000L, true));
    when(planning.planBatch(MARCH, 1000L)).thenReturn(new VisitPlanning.Batch(List.of(visit12), 1003L, false));
    ProcessInstance cycle = openCycle();

    execute(job(cycle, PLAN_VISITS));
    Assertions.assertThat(taskQuery().processDefinitionKey(EnterpriseVisitProcess.ID).count())
        .as("the first batch's visit").isEqualTo(1);
    assertThat(cycle).isWaitingAt(PLAN_VISITS);
    Assertions.assertThat(runtimeService().getVariable(cycle.getId(), PLANNED_UP_TO)).isEqualTo(500L);
    Assertions.assertThat(runtimeService().getVariable(cycle.getId(), MORE_TO_PLAN_FLAG)).as("transient").isNull();

    Assertions.assertThat(plan(cycle)).as("the two batches left").isEqualTo(2);
    InOrder order = inOrder(planning);
    order.verify(planning).planBatch(MARCH, 0L);
    order.verify(planning).planBatch(MARCH, 500L);
    order.verify(planning).planBatch(MARCH, 1000L);
    Assertions.assertThat(taskQuery().processDefinitionKey(EnterpriseVisitProcess.ID).list())
        .extracting(Task::getAssignee).containsExactlyInAnyOrder("zhangwei", "liuyang");
    assertThat(cycle).isEnded();
  }

  private static Map<String, Object> record(String mode, String situation, String problems) {
    Map<String, Object> values = new HashMap<>();
    values.put(VISIT_DATE, "2026-03-05");
    values.put(MODE, mode);
    values.put(PEOPLE_MET, "王总（总经理）");
    values.put(SITUATION, situation);
    if (problems != null) {
      values.put(PROBLEMS, problems);
    }
    return values;
  }

  private static Job monthlyTimer() {
    // the start event's timer: the visits' light timers belong to instances
    return managementService().createJobQuery().processDefinitionKey(VisitCycleProcess.ID).timers().list().stream()
        .filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();
  }

  /** Fires the monthly timer (at the clock's time, the 1st of March) and answers the cycle it started. */
  private static ProcessInstance openCycle() {
    execute(monthlyTimer());
    ProcessInstance cycle = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("VISITS-2026-03")
        .singleResult();
    assertThat(cycle).isStarted();
    return cycle;
  }

  /** Executes the planning's jobs, one batch each, as the job executor would; answers how many. */
  private static int plan(ProcessInstance cycle) {
    int batches = 0;
    for (Job job = job(cycle, PLAN_VISITS); job != null; job = job(cycle, PLAN_VISITS)) {
      execute(job);
      batches++;
    }
    return batches;
  }

  private static ProcessInstance visit(long visitId) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(EnterpriseVisitProcess.ID)
        .processInstanceBusinessKey("VISIT-" + visitId).singleResult();
  }

  private static Task task(String officer) {
    return taskQuery().processDefinitionKey(EnterpriseVisitProcess.ID).taskDefinitionKey(VISIT_ENTERPRISE)
        .taskAssignee(officer).singleResult();
  }
}
