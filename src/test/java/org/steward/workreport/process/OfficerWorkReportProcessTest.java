package org.steward.workreport.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.steward.workflow.Scenarios.completeAs;
import static org.steward.workflow.Scenarios.shanghai;
import static org.steward.workreport.process.OfficerWorkReportProcess.*;

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
import org.steward.shared.InvalidInput;
import org.steward.workreport.WorkReports;

/**
 * Scenario test of {@code officer-work-report} over the mocked use case, with the real delegates: the quarter's timer
 * fires on 1 April 2026 at 9:00 (Asia/Shanghai); zhangwei's report (11) is sent back once and accepted, liuyang's (12)
 * has no supervisor and is reviewed from the supervisors' queue; each report keeps its own answers.
 */
@Deployment(resources = {RESOURCE, "forms/write-work-summary.form", "forms/review-work-summary.form"})
class OfficerWorkReportProcessTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  private final WorkReports reports = mock(WorkReports.class);

  @BeforeEach
  void registerDelegatesOverTheMockedApi() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 31, 12));
    Mocks.register("draftWorkReportsDelegate", new DraftWorkReportsDelegate(reports));
    Mocks.register("openWorkReportDelegate", new OpenWorkReportDelegate(reports));
    Mocks.register("submitWorkReportDelegate", new SubmitWorkReportDelegate(reports));
    Mocks.register("recordWorkReviewDelegate", new RecordWorkReviewDelegate(reports));
    when(reports.draft(LocalDate.of(2026, 4, 1))).thenReturn(List.of(11L, 12L));
    when(reports.open(11L)).thenReturn(new WorkReports.Opened("zhangwei", "chenjianguo", "2026-Q1", "办结诉求：3 件"));
    when(reports.open(12L)).thenReturn(new WorkReports.Opened("liuyang", null, "2026-Q1", "办结诉求：1 件"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
    identityService().clearAuthentication();
  }

  @Test
  void eachQuarter_everyOfficerWrites_andTheSupervisorSendsBackThenAccepts() {
    ProcessInstance quarter = startAtTheQuarter();

    Task zhangwei = task(quarter, WRITE_SUMMARY, "zhangwei");
    Assertions.assertThat(taskService().getVariables(zhangwei.getId())).containsEntry(FIGURES, "办结诉求：3 件")
        .containsEntry(QUARTER, "2026-Q1");
    completeAs("zhangwei", zhangwei, Map.of(SUMMARY, "走访企业十二家。"));
    completeAs("liuyang", task(quarter, WRITE_SUMMARY, "liuyang"), Map.of(SUMMARY, "办结诉求一件。"));
    verify(reports).submit(11L, "走访企业十二家。", "zhangwei");
    verify(reports).submit(12L, "办结诉求一件。", "liuyang");

    // each review shows its own report's summary, not the other officer's
    Task review = task(quarter, REVIEW_REPORT, "chenjianguo");
    Assertions.assertThat(taskService().getVariable(review.getId(), SUMMARY)).isEqualTo("走访企业十二家。");
    Task queued = taskQuery().processInstanceId(quarter.getId()).taskDefinitionKey(REVIEW_REPORT).taskUnassigned()
        .taskCandidateGroup("supervisors").singleResult();
    Assertions.assertThat(taskService().getVariable(queued.getId(), SUMMARY)).isEqualTo("办结诉求一件。");

    when(reports.review(11L, "SEND_BACK", "请补充走访发现的问题", "chenjianguo")).thenReturn(false);
    completeAs("chenjianguo", review, Map.of(DECISION, "SEND_BACK", NOTE, "请补充走访发现的问题"));
    Task again = task(quarter, WRITE_SUMMARY, "zhangwei");
    Assertions.assertThat(taskService().getVariable(again.getId(), NOTE)).isEqualTo("请补充走访发现的问题");
    completeAs("zhangwei", again, Map.of(SUMMARY, "走访企业十二家，发现用电问题两项。"));
    when(reports.review(11L, "ACCEPT", null, "chenjianguo")).thenReturn(true);
    Task second = task(quarter, REVIEW_REPORT, "chenjianguo");
    Assertions.assertThat(taskService().getVariable(second.getId(), NOTE)).as("a new review starts empty").isNull();
    completeAs("chenjianguo", second, Map.of(DECISION, "ACCEPT"));
    when(reports.review(12L, "ACCEPT", null, "linhui")).thenReturn(true);
    taskService().claim(queued.getId(), "linhui");
    completeAs("linhui", queued, Map.of(DECISION, "ACCEPT"));

    assertThat(quarter).hasPassed("EndEvent_ReportAccepted", "EndEvent_QuarterDone").isEnded();
  }

  @Test
  void aQuarterWithoutNewReports_endsAtOnce() {
    when(reports.draft(LocalDate.of(2026, 4, 1))).thenReturn(List.of());
    Assertions.assertThat(startAtTheQuarter()).as("ended at once").isNull();

    verify(reports).draft(LocalDate.of(2026, 4, 1));
    verify(reports, never()).open(anyLong());
    Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(ID).finished()
        .count()).isEqualTo(1);
  }

  @Test
  void aSummaryTheSubmitStepRefuses_leavesTheTaskOpen() {
    ProcessInstance quarter = startAtTheQuarter();
    Task zhangwei = task(quarter, WRITE_SUMMARY, "zhangwei");
    doThrow(new InvalidInput(SUMMARY, "NotBlank")).when(reports).submit(eq(11L), isNull(), any());

    Assertions.assertThatThrownBy(() -> completeAs("zhangwei", zhangwei, Map.of()))
        .isInstanceOf(InvalidInput.class);
    Assertions.assertThat(task(quarter, WRITE_SUMMARY, "zhangwei").getId()).isEqualTo(zhangwei.getId());
  }

  /** The quarter's timer job, due on the first of April at 9:00, executed: the quarter's running instance, if any. */
  private static ProcessInstance startAtTheQuarter() {
    Job timer = managementService().createJobQuery().activityId(QUARTER_BEGINS).singleResult();
    Assertions.assertThat(timer.getDuedate()).isEqualTo(shanghai(2026, 4, 1, 9));
    ClockUtil.setCurrentTime(timer.getDuedate());
    execute(timer);
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(ID).singleResult();
  }

  private static Task task(ProcessInstance quarter, String key, String assignee) {
    return taskQuery().processInstanceId(quarter.getId()).taskDefinitionKey(key).taskAssignee(assignee)
        .singleResult();
  }
}
