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
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.steward.visit.process.EnterpriseVisitProcess.*;
import static org.steward.visit.process.VisitCycleProcess.ALL_PLANNED;
import static org.steward.visit.process.VisitCycleProcess.MONTH_STARTED;
import static org.steward.visit.process.VisitCycleProcess.NOTIFY_OFFICERS;
import static org.steward.visit.process.VisitCycleProcess.OPEN_CYCLE;
import static org.steward.visit.process.VisitCycleProcess.PERIOD_START;
import static org.steward.visit.process.VisitCycleProcess.PLAN_VISITS;
import static org.steward.workflow.Scenarios.completeAs;
import static org.steward.workflow.Scenarios.shanghai;
import static org.steward.workflow.Scenarios.startOf;
import static org.steward.workflow.Scenarios.jobOf;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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
    Mocks.register("openVisitCycleDelegate", new OpenVisitCycleDelegate(planning));
    Mocks.register("planVisitsDelegate", new PlanVisitsDelegate(planning));
    Mocks.register("recordVisitDelegate", new RecordVisitDelegate(visits));
    Mocks.register("notifyVisitOfficersDelegate", new NotifyVisitOfficersDelegate(planning));
    changes = TestDeadlineDelegates.register(ENGINE.getProcessEngine(), subject);
    Deadline deadline = new Deadline(DUE, startOf(LocalDate.of(2026, 3, 17)), startOf(DUE.plusDays(1)));
    subject.put("11", "VISIT-11", deadline).put("12", "VISIT-12", deadline);
    visit11 = new VisitPlanning.Planned(11L, "zhangwei", 7L, "企业7", VisitCycle.MONTHLY, deadline);
    visit12 = new VisitPlanning.Planned(12L, "liuyang", 8L, "企业8", VisitCycle.QUARTERLY, deadline);
    when(planning.batchStarts()).thenReturn(List.of(0L));
    when(planning.planBatch(MARCH, 0L, null)).thenReturn(List.of(visit11, visit12));
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
    verify(planning, never()).planBatch(any(), anyLong(), any());

    Assertions.assertThat(plan(cycle)).as("one batch and its completion").isEqualTo(2);
    assertThat(cycle).hasPassed(PLAN_VISITS, NOTIFY_OFFICERS, ALL_PLANNED).isEnded();
    verify(planning).notifyOfficers(MARCH);
    ProcessInstance visit = visit(11L);
    assertThat(visit).hasBusinessKey("VISIT-11").hasPassed(VISIT_DUE).isWaitingAt(VISIT_ENTERPRISE);
    Task zhangwei = task("zhangwei");
    assertThat(zhangwei).hasName("走访企业").hasDueDate(shanghai(2026, 3, 21, 0));
    Assertions.assertThat(zhangwei.getFollowUpDate()).isEqualTo(shanghai(2026, 3, 17, 0));
    Assertions.assertThat(taskService().getVariables(zhangwei.getId())).containsEntry(ENTERPRISE_NAME, "企业7")
        .containsEntry(ENTERPRISE_ID, 7L).containsEntry(CYCLE_LABEL, "每月").containsEntry(VISIT_ID, 11L)
        .as("read once, when the task was created").doesNotContainKeys(OFFICER, WARN_AT, DUE_AT);
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
  void aLargeCycle_isPlannedInBatches_eachAJobOfItsOwnWithItsVisits_thatMayRunSideBySide() {
    when(planning.batchStarts()).thenReturn(List.of(0L, 500L, 1000L));
    when(planning.planBatch(MARCH, 0L, 500L)).thenReturn(List.of(visit11));
    when(planning.planBatch(MARCH, 500L, 1000L)).thenReturn(List.of());
    when(planning.planBatch(MARCH, 1000L, null)).thenReturn(List.of(visit12));
    ProcessInstance cycle = openCycle();

    List<Job> batches = jobs(cycle);
    Assertions.assertThat(batches).as("one job per batch, none exclusive: the executor may run them at once")
        .hasSize(3).noneMatch(job -> ((JobEntity) job).isExclusive());
    execute(batches.get(2));
    Assertions.assertThat(taskQuery().processDefinitionKey(EnterpriseVisitProcess.ID).list())
        .extracting(Task::getAssignee).as("the last batch's visit, committed with its job").containsExactly("liuyang");
    assertThat(cycle).isWaitingAt(PLAN_VISITS);
    verify(planning, never()).notifyOfficers(any());

    Assertions.assertThat(plan(cycle)).as("the other batches' jobs and the batches' completions").isEqualTo(5);
    verify(planning).planBatch(MARCH, 0L, 500L);
    verify(planning).planBatch(MARCH, 500L, 1000L);
    verify(planning).planBatch(MARCH, 1000L, null);
    Assertions.assertThat(taskQuery().processDefinitionKey(EnterpriseVisitProcess.ID).list())
        .extracting(Task::getAssignee).containsExactlyInAnyOrder("zhangwei", "liuyang");
    assertThat(cycle).isEnded();
    verify(planning).notifyOfficers(MARCH);
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

  /** Executes the planning's jobs (each batch's, then each batch's completion) as the job executor would. */
  private static int plan(ProcessInstance cycle) {
    int executed = 0;
    for (List<Job> jobs = jobs(cycle); !jobs.isEmpty(); jobs = jobs(cycle)) {
      jobs.forEach(BpmnAwareTests::execute);
      executed += jobs.size();
    }
    return executed;
  }

  private static List<Job> jobs(ProcessInstance cycle) {
    return managementService().createJobQuery().processInstanceId(cycle.getId()).activityId(PLAN_VISITS).list();
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
