package org.steward.handling.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.steward.handling.process.DepartmentHandlingProcess.*;
import static org.steward.workflow.Scenarios.completeAs;
import static org.steward.workflow.Scenarios.shanghai;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.mockito.Mockito;
import org.steward.deadline.Deadline;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Officer;
import org.steward.directory.OfficerKind;
import org.steward.deadline.InMemorySubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.deadline.process.TestDeadlineDelegates;
import org.steward.handling.HandlingManagement;
import org.steward.handling.HandlingUnit;
import org.steward.handling.Rating;
import org.steward.handling.SupervisionNotes;
import org.steward.handling.UnitClock;
import org.steward.handling.UnitExtensions;
import org.steward.handling.UnitInstances;
import org.steward.handling.UnitReports;
import org.steward.handling.UnitReturns;
import org.steward.handling.UnitRole;
import org.steward.handling.UnitState;
import org.steward.shared.InMemoryInstanceLinks;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotWaitingForInstance;
import org.steward.shared.StewardClock;
import org.steward.workflow.TaskCompletionRefused;
import org.steward.workflow.TaskRefusals;
import org.steward.workflow.TestTaskRefusals;

/**
 * Scenario test of {@code department-handling} over the mocked handling API ({@link HandlingManagement} and its use
 * cases), with the real delegates and listeners: every path, every timer fired by executing its job. Handed over on
 * Monday 2026-03-02 10:00, due Thursday 2026-03-05: yellow from 03-05 00:00, red from 03-06 00:00 (Asia/Shanghai).
 */
@Deployment(resources = {RESOURCE, "forms/handle-matter.form",
    "forms/approve-extension.form", "forms/supervise-unit.form"})
class DepartmentHandlingProcessTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  private static final String CASE = "QY20260302-0001";
  private static final long UNIT = 7L;
  private static final long OTHER_UNIT = 8L;
  private static final LocalDate DUE = LocalDate.of(2026, 3, 5);
  private static final LocalDate EXTENDED_DUE = LocalDate.of(2026, 3, 12);
  private static final String STAFF = "housing01";
  private static final String SUPERVISOR = "chenjianguo";
  /** Three working days after the due date (Thursday 03-05): the start of Wednesday 03-11. */
  private static final Date RED_TOO_LONG = shanghai(2026, 3, 11, 0);

  private final HandlingManagement handling = mock(HandlingManagement.class);
  private final UnitReports reports = mock(UnitReports.class);
  private final UnitReturns returns = mock(UnitReturns.class);
  private final UnitExtensions extensions = mock(UnitExtensions.class);
  private final SupervisionNotes notes = mock(SupervisionNotes.class);
  private final DirectoryManagement directory = mock(DirectoryManagement.class);
  private final UnitInstances units = InMemoryInstanceLinks.of(UnitInstances.class);
  private final InMemorySubject subject = new InMemorySubject("unit", false,
      execution -> Long.toString(units.of(execution.getProcessInstanceId())));
  private List<LightChanged> changes;

  @BeforeEach
  void registerDelegatesOverTheMockedApi() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 10));
    TaskRefusals texts = TestTaskRefusals.reading("messages-handling");
    Mocks.register("loadUnitDelegate", new LoadUnitDelegate(handling, units));
    Mocks.register("remindSignForDelegate", new RemindSignForDelegate(reports, units));
    Mocks.register("recordSigningTaskListener", new RecordSigningTaskListener(reports, units));
    Mocks.register("recordFeedbackDelegate", new RecordFeedbackDelegate(reports, units));
    Mocks.register("returnMatterDelegate", new ReturnMatterDelegate(returns, units));
    Mocks.register("requestExtensionDelegate", new RequestExtensionDelegate(extensions, units));
    Mocks.register("decideExtensionDelegate", new DecideExtensionDelegate(extensions, units));
    Mocks.register("checkStillOverdueDelegate", new CheckStillOverdueDelegate(handling, units));
    Mocks.register("closeSupervisionDelegate", new CloseSupervisionDelegate(notes, units));
    Mocks.register("assignSupervisorTaskListener", new AssignSupervisorTaskListener(directory));
    when(directory.supervisorOf("zhangwei")).thenReturn(Optional.of(new Officer(SUPERVISOR, "陈建国", "power",
        OfficerKind.ENTERPRISE, null, null, true)));
    Mocks.register("checkHandlingReportTaskListener", new CheckHandlingReportTaskListener(reports, units, texts));
    Mocks.register("checkExtensionDecisionTaskListener", new CheckExtensionDecisionTaskListener(extensions, texts));
    changes = TestDeadlineDelegates.register(ENGINE.getProcessEngine(), subject);
    subject.put(Long.toString(UNIT), CASE, deadline(DUE));
    when(handling.clock(UNIT)).thenReturn(clock(unit(DUE, UnitState.ASSIGNED, null)));
    when(reports.giveFeedback(any(Long.class), any(), any())).thenReturn(Rating.DONE);
    when(handling.escalateAt(DUE)).thenReturn(RED_TOO_LONG.toInstant());
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
    identityService().clearAuthentication();
  }

  @Test
  void unitSignsByClaimingAndReportsInTime_endsWithFeedbackGiven() {
    ProcessInstance unit = start();

    assertThat(unit).isWaitingAt(HANDLE_MATTER)
        .variables().containsEntry(DEPARTMENT, "housing").containsEntry(DEPARTMENT_NAME, "住房和城乡建设局")
        .containsEntry(ROLE, "LEAD").containsEntry(DUE_DATE, "2026-03-05").containsEntry(LIGHT, "GREEN");
    Task handle = task(unit);
    assertThat(handle).hasCandidateGroup("dept-housing").hasName("签收并办理");
    verify(reports, never()).sign(anyLong(), any());

    claimAs(STAFF, handle);
    verify(reports).sign(UNIT, STAFF);
    Assertions.assertThat(handle.getDueDate()).isEqualTo(shanghai(2026, 3, 6, 0));
    Assertions.assertThat(handle.getFollowUpDate()).isEqualTo(shanghai(2026, 3, 5, 0));

    completeAs(STAFF, handle, Map.of(ACTION, "FEEDBACK", FEEDBACK, "已办理用电报装，供电方案已出具"));

    verify(reports).checkReport(UNIT, "FEEDBACK", "已办理用电报装，供电方案已出具", null, null);
    verify(reports).giveFeedback(UNIT, "已办理用电报装，供电方案已出具", STAFF);
    assertThat(unit).hasPassed(RECORD_FEEDBACK, FEEDBACK_RECORDED, FEEDBACK_GIVEN).hasNotPassed(MATTER_RETURNED)
        .isEnded();
    Assertions.assertThat(changes).isEmpty();
  }

  @Test
  void deadlineTimers_fireAtWarnAtAndDueAt() {
    ProcessInstance unit = start();

    Assertions.assertThat(job(DEADLINE_NEAR, unit).getDuedate()).isEqualTo(shanghai(2026, 3, 5, 0));
    Assertions.assertThat(job(DEADLINE_MISSED, unit).getDuedate()).isEqualTo(shanghai(2026, 3, 6, 0));
    Assertions.assertThat(job(SIGN_FOR_OVERDUE, unit).getDuedate()).isEqualTo(shanghai(2026, 3, 3, 10));
  }

  @Test
  void notSignedWithinOneWorkingDay_remindsTheDepartment_andKeepsTheTask() {
    ProcessInstance unit = start();
    ClockUtil.setCurrentTime(shanghai(2026, 3, 3, 10));

    execute(job(SIGN_FOR_OVERDUE, unit));

    verify(reports).remindSignFor(UNIT);
    assertThat(unit).hasPassed(REMIND_SIGN_FOR, SIGN_FOR_REMINDED).isWaitingAt(HANDLE_MATTER);
  }

  @Test
  void completedWithoutAClaim_signsFirst_andGivingTheTaskBackKeepsTheSigning() {
    ProcessInstance unit = start();
    Task handle = task(HANDLE_MATTER, unit);
    claimAs(STAFF, handle);
    taskService().setAssignee(handle.getId(), null);
    verify(reports, times(1)).sign(UNIT, STAFF);

    completeAs("housing02", handle, Map.of(ACTION, "FEEDBACK", FEEDBACK, "已办结"));

    verify(reports).sign(UNIT, "housing02");
    verify(reports).giveFeedback(UNIT, "已办结", "housing02");
  }

  @Test
  void deadlineNear_turnsTheUnitYellow_andHandlingGoesOn() {
    ProcessInstance unit = signed(start());
    ClockUtil.setCurrentTime(shanghai(2026, 3, 5, 0));

    execute(job(DEADLINE_NEAR, unit));

    Assertions.assertThat(changes).containsExactly(new LightChanged("unit", "7", CASE, Light.GREEN, Light.YELLOW));
    assertThat(unit).hasPassed(MARK_DEADLINE_NEAR, DEADLINE_NEAR_SIGNALLED).isWaitingAt(HANDLE_MATTER)
        .variables().containsEntry(LIGHT, "YELLOW");
  }

  @Test
  void deadlineMissed_turnsRed_andASupervisorClosesTheSupervision() {
    ProcessInstance unit = signed(start());
    ClockUtil.setCurrentTime(shanghai(2026, 3, 6, 0));

    execute(job(DEADLINE_MISSED, unit));

    Assertions.assertThat(changes).containsExactly(new LightChanged("unit", "7", CASE, Light.GREEN, Light.RED));
    assertThat(unit).isWaitingAt(HANDLE_MATTER, SUPERVISE_UNIT, STILL_RED_TOO_LONG).variables()
        .containsEntry(LIGHT, "RED");
    Assertions.assertThat(job(STILL_RED_TOO_LONG, unit).getDuedate()).isEqualTo(RED_TOO_LONG);
    Task supervise = task(SUPERVISE_UNIT, unit);
    assertThat(supervise).isAssignedTo(SUPERVISOR).hasName("督办逾期事项");
    Assertions.assertThat(supervisorsPool(supervise)).as("out of the supervisors' pool while the supervisor has it")
        .isEmpty();

    completeAs(SUPERVISOR, supervise, Map.of(SUPERVISION_NOTE, "已电话督促，承诺下周一办结"));

    verify(notes).closeSupervision(UNIT, SUPERVISOR, "已电话督促，承诺下周一办结");
    assertThat(unit).hasPassed(CLOSE_SUPERVISION, SUPERVISION_CLOSED).isWaitingAt(HANDLE_MATTER);
  }

  @Test
  void aUnitWithoutAnOfficersSupervisor_leavesItsSupervisionToTheGroup() {
    ProcessInstance unit = signed(start());
    runtimeService().removeVariable(unit.getId(), OFFICER);
    ClockUtil.setCurrentTime(shanghai(2026, 3, 6, 0));

    execute(job(DEADLINE_MISSED, unit));

    Task supervise = task(SUPERVISE_UNIT, unit);
    assertThat(supervise).isNotAssigned().hasCandidateGroup("supervisors");
    completeAs(SUPERVISOR, supervise, Map.of(SUPERVISION_NOTE, "已督促"));
    assertThat(unit).hasPassed(SUPERVISION_CLOSED);
  }

  @Test
  void aSupervisionTaskGivenBack_returnsToTheSupervisorsPool_andLeavesItWhenClaimed() {
    ProcessInstance unit = signed(start());
    ClockUtil.setCurrentTime(shanghai(2026, 3, 6, 0));
    execute(job(DEADLINE_MISSED, unit));
    Task supervise = task(SUPERVISE_UNIT, unit);

    taskService().setAssignee(supervise.getId(), null);

    assertThat(task(SUPERVISE_UNIT, unit)).isNotAssigned().hasCandidateGroup("supervisors");
    Assertions.assertThat(supervisorsPool(supervise)).hasSize(1);

    taskService().claim(supervise.getId(), "linhui");

    assertThat(task(SUPERVISE_UNIT, unit)).isAssignedTo("linhui");
    Assertions.assertThat(supervisorsPool(supervise)).isEmpty();
  }

  /** The task's candidate links to the supervisors' group. */
  private static List<IdentityLink> supervisorsPool(Task task) {
    return taskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "supervisors".equals(link.getGroupId())).toList();
  }

  @Test
  void unitStillRedAfterTheConfiguredWorkingDays_escalatesToTheJointOffice_whileTheWorkGoesOn() {
    ProcessInstance unit = signed(start());
    ClockUtil.setCurrentTime(shanghai(2026, 3, 6, 0));
    execute(job(DEADLINE_MISSED, unit));
    ClockUtil.setCurrentTime(RED_TOO_LONG);
    when(handling.redTooLong(UNIT)).thenReturn(true);

    execute(job(STILL_RED_TOO_LONG, unit));

    // nothing above catches it when the unit runs alone; enterprise-request catches it around its call activity
    assertThat(unit).hasPassed(CHECK_STILL_OVERDUE, ESCALATED_TO_JOINT_OFFICE).hasNotPassed(NO_LONGER_OVERDUE)
        .isWaitingAt(HANDLE_MATTER, SUPERVISE_UNIT);
  }

  @Test
  void unitExtendedOrFinishedBeforeTheEscalation_isNotEscalated() {
    ProcessInstance unit = signed(start());
    ClockUtil.setCurrentTime(shanghai(2026, 3, 6, 0));
    execute(job(DEADLINE_MISSED, unit));
    ClockUtil.setCurrentTime(RED_TOO_LONG);
    when(handling.redTooLong(UNIT)).thenReturn(false);

    execute(job(STILL_RED_TOO_LONG, unit));

    assertThat(unit).hasPassed(NO_LONGER_OVERDUE).hasNotPassed(ESCALATED_TO_JOINT_OFFICE)
        .isWaitingAt(HANDLE_MATTER, SUPERVISE_UNIT);
  }

  @Test
  void feedbackWhileSupervised_endsTheInstance_andCancelsTheSupervisionTask() {
    ProcessInstance unit = signed(start());
    ClockUtil.setCurrentTime(shanghai(2026, 3, 6, 9));
    execute(job(DEADLINE_MISSED, unit));
    when(reports.giveFeedback(any(Long.class), any(), any())).thenReturn(Rating.SLOW);

    completeAs(STAFF, task(HANDLE_MATTER, unit), Map.of(ACTION, "FEEDBACK", FEEDBACK, "已办结"));

    assertThat(unit).hasPassed(FEEDBACK_GIVEN).hasNotPassed(SUPERVISION_CLOSED).isEnded();
    Assertions.assertThat(taskQuery().processInstanceId(unit.getId()).count()).isZero();
  }

  @Test
  void returnWithReason_endsAsReturned_andTellsTheOfficer() {
    ProcessInstance unit = signed(start());

    completeAs(STAFF, task(HANDLE_MATTER, unit), Map.of(ACTION, "RETURN", REASON, "属供电局职责"));

    verify(returns).returnMatter(UNIT, "属供电局职责", STAFF, "zhangwei");
    assertThat(unit).hasPassed(RETURN_MATTER, RETURN_RECORDED, MATTER_RETURNED).hasNotPassed(FEEDBACK_GIVEN)
        .isEnded();
  }

  @Test
  void extensionRejected_goesBackToHandling_underTheOldDeadline() {
    ProcessInstance unit = signed(start());
    String deadlineJob = job(DEADLINE_MISSED, unit).getId();

    completeAs(STAFF, task(HANDLE_MATTER, unit),
        Map.of(ACTION, "EXTENSION", REQUESTED_DUE_DATE, "2026-03-12", REASON, "需等待规划许可"));
    verify(extensions).requestExtension(UNIT, EXTENDED_DUE, "需等待规划许可", STAFF);
    assertThat(unit).isWaitingAt(APPROVE_EXTENSION);
    assertThat(task(APPROVE_EXTENSION, unit)).hasCandidateGroup("supervisors");

    completeAs(SUPERVISOR, task(APPROVE_EXTENSION, unit), Map.of(EXTENSION_DECISION, REJECTED, DECISION_NOTE, "时限已充足"));

    verify(extensions).decideExtension(UNIT, false, SUPERVISOR, "时限已充足");
    assertThat(unit).isWaitingAt(HANDLE_MATTER).variables().doesNotContainEntry(OUTCOME, OUTCOME_EXTENDED);
    Assertions.assertThat(job(DEADLINE_MISSED, unit).getId()).isEqualTo(deadlineJob);
    verify(handling, times(1)).clock(UNIT);
  }

  @Test
  void extensionApproved_reloadsTheDeadline_andRecreatesBothTimers_withoutSigningAgain() {
    ProcessInstance unit = signed(start());
    completeAs(STAFF, task(HANDLE_MATTER, unit),
        Map.of(ACTION, "EXTENSION", REQUESTED_DUE_DATE, "2026-03-12", REASON, "需等待规划许可"));
    when(handling.clock(UNIT))
        .thenReturn(clock(unit(EXTENDED_DUE, UnitState.SIGNED, Instant.parse("2026-03-02T03:00:00Z"))));
    when(handling.escalateAt(EXTENDED_DUE)).thenReturn(RED_TOO_LONG.toInstant());
    subject.put(Long.toString(UNIT), CASE, deadline(EXTENDED_DUE));

    completeAs(SUPERVISOR, task(APPROVE_EXTENSION, unit), Map.of(EXTENSION_DECISION, APPROVED));

    verify(extensions).decideExtension(UNIT, true, SUPERVISOR, null);
    assertThat(unit).hasPassed(EXTENSION_GRANTED).isWaitingAt(HANDLE_MATTER)
        .variables().containsEntry(DUE_DATE, "2026-03-12");
    Assertions.assertThat(job(DEADLINE_NEAR, unit).getDuedate()).isEqualTo(shanghai(2026, 3, 12, 0));
    Assertions.assertThat(job(DEADLINE_MISSED, unit).getDuedate()).isEqualTo(shanghai(2026, 3, 13, 0));
    Assertions.assertThat(task(HANDLE_MATTER, unit).getDueDate()).isEqualTo(shanghai(2026, 3, 13, 0));
    verify(reports, never()).remindSignFor(anyLong());

    completeAs(STAFF, task(HANDLE_MATTER, unit), Map.of(ACTION, "FEEDBACK", FEEDBACK, "已办结"));
    assertThat(unit).hasPassed(FEEDBACK_GIVEN).isEnded();
  }

  @Test
  void incompleteReport_isRefusedInChinese_andTheTaskStays() {
    ProcessInstance unit = signed(start());
    doThrow(new InvalidInput("reason", "NotBlank")).when(reports)
        .checkReport(UNIT, "RETURN", null, null, null);
    Task handle = task(HANDLE_MATTER, unit);

    Assertions.assertThatThrownBy(() -> completeAs(STAFF, handle, Map.of(ACTION, "RETURN")))
        .hasMessageContaining("任务未完成：理由：不能为空")
        .hasRootCauseInstanceOf(TaskCompletionRefused.class);

    verify(returns, never()).returnMatter(anyLong(), any(), any(), any());
    assertThat(unit).isWaitingAt(HANDLE_MATTER);
  }

  @Test
  void missingDecision_isRefused_andTheApprovalTaskStays() {
    ProcessInstance unit = signed(start());
    completeAs(STAFF, task(HANDLE_MATTER, unit),
        Map.of(ACTION, "EXTENSION", REQUESTED_DUE_DATE, "2026-03-12", REASON, "需等待规划许可"));
    doThrow(new InvalidInput("extensionDecision", "handling.extension.decision")).when(extensions)
        .checkExtensionDecision(null, null);

    Assertions.assertThatThrownBy(() -> completeAs(SUPERVISOR, task(APPROVE_EXTENSION, unit), Map.of()))
        .hasMessageContaining("任务未完成：审批意见：请选择同意或不同意")
        .hasRootCauseInstanceOf(TaskCompletionRefused.class);
    assertThat(unit).isWaitingAt(APPROVE_EXTENSION);
  }

  @Test
  void start_claimsItsUnit_andEveryStepActsOnTheClaimedUnit() {
    ProcessInstance unit = start();

    verify(units).claim(UNIT, unit.getId());
    claimAs(STAFF, task(HANDLE_MATTER, unit));
    completeAs(STAFF, task(HANDLE_MATTER, unit), Map.of(ACTION, "FEEDBACK", FEEDBACK, "伪造", UNIT_ID, OTHER_UNIT));

    verify(reports, Mockito.atLeastOnce()).sign(UNIT, STAFF);
    verify(reports).checkReport(UNIT, "FEEDBACK", "伪造", null, null);
    verify(reports).giveFeedback(UNIT, "伪造", STAFF);
    verify(reports, never()).sign(Mockito.eq(OTHER_UNIT), any());
    verify(reports, never()).giveFeedback(Mockito.eq(OTHER_UNIT), any(), any());
  }

  @Test
  void extensionApprovedAfterAForgedUnitId_reloadsTheClaimedUnit() {
    ProcessInstance unit = signed(start());
    completeAs(STAFF, task(HANDLE_MATTER, unit),
        Map.of(ACTION, "EXTENSION", REQUESTED_DUE_DATE, "2026-03-12", REASON, "需等待规划许可", UNIT_ID, OTHER_UNIT));

    completeAs(SUPERVISOR, task(APPROVE_EXTENSION, unit), Map.of(EXTENSION_DECISION, APPROVED));

    verify(extensions).requestExtension(UNIT, EXTENDED_DUE, "需等待规划许可", STAFF);
    verify(extensions).decideExtension(UNIT, true, SUPERVISOR, null);
    verify(handling, times(2)).clock(UNIT);
    verify(handling, never()).clock(OTHER_UNIT);
  }

  @Test
  void startForAUnitThatDoesNotWaitForAnInstance_isRefused_andNothingRuns() {
    ProcessInstance first = start();

    Assertions.assertThatThrownBy(this::start).isInstanceOf(NotWaitingForInstance.class);

    Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isEqualTo(1);
    Assertions.assertThat(taskQuery().processInstanceId(first.getId()).count()).isEqualTo(1);
    verify(handling, times(1)).clock(UNIT);
  }

  @Test
  void everyUserTask_refersToADeployedForm() {
    ProcessInstance unit = start();
    Assertions.assertThat(formKey(unit)).isEqualTo("handle-matter");
    completeAs(STAFF, task(unit),
        Map.of(ACTION, "EXTENSION", REQUESTED_DUE_DATE, "2026-03-12", REASON, "需等待规划许可"));
    Assertions.assertThat(formKey(unit)).isEqualTo("approve-extension");
    execute(job(DEADLINE_MISSED, unit));
    Task supervise = taskQuery().processInstanceId(unit.getId()).taskDefinitionKey(SUPERVISE_UNIT)
        .initializeFormKeys().singleResult();
    Assertions.assertThat(supervise.getCamundaFormRef().getKey()).isEqualTo("supervise-unit");
    Assertions.assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService()
        .getDeployedTaskForm(supervise.getId())).isNotNull();
  }

  private ProcessInstance start() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CASE_NUMBER, CASE);
    variables.put(UNIT_ID, UNIT);
    variables.put(ENTERPRISE_NAME, "广州某某精密制造有限公司");
    variables.put(TITLE, "新厂房用电报装");
    variables.put(CATEGORY, "power");
    variables.put(OFFICER, "zhangwei");
    ProcessInstance unit = runtimeService().startProcessInstanceByKey(ID, CASE, variables);
    assertThat(unit).isStarted();
    return unit;
  }

  private ProcessInstance signed(ProcessInstance unit) {
    claimAs(STAFF, task(HANDLE_MATTER, unit));
    return unit;
  }

  private static void claimAs(String userId, Task task) {
    identityService().setAuthenticatedUserId(userId);
    try {
      taskService().claim(task.getId(), userId);
    } finally {
      identityService().clearAuthentication();
    }
  }

  private static String formKey(ProcessInstance unit) {
    return taskQuery().processInstanceId(unit.getId()).initializeFormKeys().list().stream()
        .filter(t -> !t.getTaskDefinitionKey().equals(SUPERVISE_UNIT)).findFirst().orElseThrow()
        .getCamundaFormRef().getKey();
  }

  /** Yellow from the start of the due date, red from the start of the day after (the default rule). */
  private static Deadline deadline(LocalDate due) {
    return new Deadline(due, due.atStartOfDay(StewardClock.ZONE).toInstant(),
        due.plusDays(1).atStartOfDay(StewardClock.ZONE).toInstant());
  }

  private static UnitClock clock(HandlingUnit unit) {
    return new UnitClock(unit, deadline(unit.dueDate()));
  }

  private static HandlingUnit unit(LocalDate due, UnitState state, Instant signedAt) {
    return new HandlingUnit(UNIT, CASE, 1, "housing", "住房和城乡建设局", UnitRole.LEAD, due, state,
        Light.GREEN, Rating.ON_TRACK, null, null, signedAt, null, List.of());
  }
}
