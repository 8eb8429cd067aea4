package org.steward.survey.process;

import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.steward.survey.process.SurveyCampaignProcess.*;
import static org.steward.workflow.Scenarios.completeAs;
import static org.steward.workflow.Scenarios.shanghai;
import static org.steward.workflow.Scenarios.startOf;
import static org.steward.workflow.Scenarios.job;
import static org.steward.workflow.Scenarios.jobOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.steward.deadline.Deadline;
import org.steward.deadline.InMemorySubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.deadline.process.TestDeadlineDelegates;
import org.steward.shared.InvalidInput;
import org.steward.survey.Campaigns;
import org.steward.survey.SurveyChases;
import org.steward.workflow.SystemContext;

/**
 * Scenario test of {@code survey-campaign} over the mocked survey use cases, with the real delegates: every path,
 * timers fired by executing their jobs. Created on Monday 2026-03-02 10:00, open from that day until Friday 2026-03-13;
 * the reminder goes out on Wednesday 2026-03-11 at 9:00; two officers (zhangwei and liuyang) chase their
 * non-responders within two working days: yellow from 2026-03-12, red from 2026-03-14 (Asia/Shanghai).
 */
@Deployment(resources = {RESOURCE, "forms/chase-survey-responses.form"})
class SurveyCampaignProcessTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  private static final long CAMPAIGN = 4L;
  private static final LocalDate DUE = LocalDate.of(2026, 3, 13);
  private static final Map<String, Long> CHASES = Map.of("zhangwei", 41L, "liuyang", 42L);

  private final Campaigns campaigns = mock(Campaigns.class);
  private final SurveyChases chases = mock(SurveyChases.class);
  private final InMemorySubject subject = new InMemorySubject("chase", true,
      execution -> String.valueOf(execution.getVariable(CHASE_ID)));
  private List<LightChanged> changes;

  @BeforeEach
  void registerDelegatesOverTheMockedApi() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 10));
    Mocks.register("openSurveyDelegate", new OpenSurveyDelegate(campaigns));
    Mocks.register("remindNonRespondersDelegate", new RemindNonRespondersDelegate(campaigns));
    Mocks.register("openSurveyChaseDelegate", new OpenSurveyChaseDelegate(chases));
    Mocks.register("recordSurveyChaseDelegate", new RecordSurveyChaseDelegate(chases));
    Mocks.register("closeSurveyDelegate", new CloseSurveyDelegate(campaigns));
    changes = TestDeadlineDelegates.register(ENGINE.getProcessEngine(), subject);
    Deadline deadline = new Deadline(DUE, startOf(LocalDate.of(2026, 3, 12)), startOf(DUE.plusDays(1)));
    subject.put("41", "SURVEY-4", deadline).put("42", "SURVEY-4", deadline);
    when(campaigns.remind(CAMPAIGN)).thenReturn(List.of("liuyang", "zhangwei"));
    CHASES.forEach((officer, chase) -> when(chases.open(CAMPAIGN, officer)).thenReturn(
        new SurveyChases.Opened(chase, "未答企业" + chase, deadline)));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
    identityService().clearAuthentication();
  }

  @Test
  void theCampaignOpens_remindsOnItsDay_officersChase_andItClosesAtItsEnd() {
    ProcessInstance campaign = start();

    assertThat(campaign).isWaitingAt(UNTIL_OPEN);
    Assertions.assertThat(job(campaign, UNTIL_OPEN).getDuedate()).isEqualTo(shanghai(2026, 3, 2, 0));
    execute(job(campaign, UNTIL_OPEN));
    verify(campaigns).open(CAMPAIGN);
    assertThat(campaign).hasPassed(OPEN_SURVEY).isWaitingAt(UNTIL_REMINDER);
    Assertions.assertThat(job(campaign, UNTIL_REMINDER).getDuedate()).isEqualTo(shanghai(2026, 3, 11, 9));
    verify(campaigns, never()).remind(anyLong());

    execute(job(campaign, UNTIL_REMINDER));
    verify(campaigns).remind(CAMPAIGN);
    Task zhangwei = task(campaign, "zhangwei");
    assertThat(zhangwei).hasName("催答未答企业").hasDueDate(shanghai(2026, 3, 14, 0));
    Assertions.assertThat(taskService().getVariables(zhangwei.getId())).containsEntry(CAMPAIGN_TITLE, "经营现状调查")
        .containsEntry(NON_RESPONDERS, "未答企业41").containsEntry(CHASE_ID, 41L);

    completeAs("zhangwei", zhangwei, Map.of(NOTE, "已电话提醒三家企业"));
    completeAs("liuyang", task(campaign, "liuyang"), Map.of(NOTE, "企业承诺周五前填写"));
    verify(chases).done(41L, "已电话提醒三家企业", "zhangwei");
    verify(chases).done(42L, "企业承诺周五前填写", "liuyang");
    assertThat(campaign).hasPassed(RECORD_CHASE, "EndEvent_Chased").isWaitingAt(UNTIL_CLOSE);
    verify(campaigns, never()).close(anyLong());

    Assertions.assertThat(job(campaign, UNTIL_CLOSE).getDuedate()).isEqualTo(shanghai(2026, 3, 14, 0));
    execute(job(campaign, UNTIL_CLOSE));
    verify(campaigns).close(CAMPAIGN);
    assertThat(campaign).hasPassed(CLOSE_SURVEY, "EndEvent_SurveyClosed").isEnded();
  }

  @Test
  void chasesNotDone_turnYellowThenRed_andEndAtTheClose() {
    ProcessInstance campaign = start();
    execute(job(campaign, UNTIL_OPEN));
    execute(job(campaign, UNTIL_REMINDER));
    Task zhangwei = task(campaign, "zhangwei");

    execute(jobOf(campaign, CHASE_NEAR, zhangwei, CHASE_ID));
    execute(jobOf(campaign, CHASE_OVERDUE, zhangwei, CHASE_ID));
    Assertions.assertThat(changes).extracting(LightChanged::subjectId, LightChanged::to)
        .containsExactly(tuple("41", Light.YELLOW), tuple("41", Light.RED));
    Assertions.assertThat(taskService().getVariableLocal(zhangwei.getId(), "light")).isEqualTo("RED");
    Assertions.assertThat(taskService().getVariableLocal(task(campaign, "liuyang").getId(), "light")).isNull();

    execute(job(campaign, SURVEY_CLOSES));
    verify(campaigns).close(CAMPAIGN);
    assertThat(campaign).hasPassed(CLOSE_SURVEY).isEnded();
    verify(chases, never()).done(anyLong(), anyString(), anyString());
  }

  @Test
  void whenEveryEnterpriseAnswered_nobodyChases_andTheCampaignWaitsForItsClose() {
    when(campaigns.remind(CAMPAIGN)).thenReturn(List.of());
    ProcessInstance campaign = start();
    execute(job(campaign, UNTIL_OPEN));
    execute(job(campaign, UNTIL_REMINDER));

    assertThat(campaign).isWaitingAt(UNTIL_CLOSE);
    verify(chases, never()).open(anyLong(), anyString());
    execute(job(campaign, UNTIL_CLOSE));
    assertThat(campaign).isEnded();
  }

  @Test
  void aChaseTheRecordStepRefuses_leavesTheTaskOpen() {
    ProcessInstance campaign = start();
    execute(job(campaign, UNTIL_OPEN));
    execute(job(campaign, UNTIL_REMINDER));
    Task liuyang = task(campaign, "liuyang");
    doThrow(new InvalidInput(NOTE, "NotBlank")).when(chases).done(eq(42L), isNull(), eq("liuyang"));

    Assertions.assertThatThrownBy(() -> completeAs("liuyang", liuyang, Map.of()))
        .isInstanceOf(InvalidInput.class);
    Assertions.assertThat(task(campaign, "liuyang").getId()).isEqualTo(liuyang.getId());
  }

  private ProcessInstance start() {
    new SurveyEngine(runtimeService(), new SystemContext(identityService())).start(CAMPAIGN, "经营现状调查",
        startOf(LocalDate.of(2026, 3, 2)), shanghai(2026, 3, 11, 9).toInstant(), startOf(DUE.plusDays(1)));
    ProcessInstance campaign = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("SURVEY-4")
        .singleResult();
    assertThat(campaign).isStarted();
    return campaign;
  }

  private static Task task(ProcessInstance campaign, String officer) {
    return taskQuery().processInstanceId(campaign.getId()).taskDefinitionKey(CHASE_NON_RESPONDERS)
        .taskAssignee(officer).singleResult();
  }
}
