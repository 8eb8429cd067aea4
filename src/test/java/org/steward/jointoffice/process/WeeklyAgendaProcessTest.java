package org.steward.jointoffice.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.steward.jointoffice.process.WeeklyAgendaProcess.*;
import static org.steward.workflow.Scenarios.shanghai;

import java.time.LocalDate;
import java.util.Map;

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
import org.steward.calendar.OfficialHolidaySchedules;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.jointoffice.WeeklyMeeting;
import org.steward.shared.StewardClock;

/**
 * Scenario test of {@code weekly-agenda} over a mocked {@link WeeklyMeeting} whose meeting day follows the official
 * 2026 schedule: on a normal Monday the task is there at 09:00; on Monday 2026-10-05 (National Day holiday, off until
 * 10-07) the process waits until Thursday 2026-10-08 09:00. The timer start job is executed at a set engine clock.
 */
@Deployment(resources = {RESOURCE, "forms/weekly-agenda.form"})
class WeeklyAgendaProcessTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  private static final String AGENDA_TEXT = "一、未办结的提交事项（0 件，按提交先后）\n二、未解决的共性问题（0 个，按提出先后）";

  private final WeeklyMeeting weekly = mock(WeeklyMeeting.class);
  private final WorkingDayCalendar calendar = OfficialHolidaySchedules.calendar();

  @BeforeEach
  void registerDelegatesOverTheMockedApi() {
    Mocks.register("planWeeklyMeetingDelegate", new PlanWeeklyMeetingDelegate(weekly));
    Mocks.register("prepareAgendaDelegate", new PrepareAgendaDelegate(weekly));
    Mocks.register("recordWeeklyNotesDelegate", new RecordWeeklyNotesDelegate(weekly));
    when(weekly.weeklyMeetingDay(any())).thenAnswer(call -> {
      LocalDate day = call.getArgument(0);
      while (!calendar.isWorkingDay(day)) {
        day = day.plusDays(1);
      }
      return day;
    });
    when(weekly.weeklyMeetingAt(any())).thenAnswer(call -> ((LocalDate) call.getArgument(0))
        .atTime(WeeklyMeeting.MEETING_TIME).atZone(StewardClock.ZONE).toInstant());
    when(weekly.weeklyAgenda()).thenReturn(AGENDA_TEXT);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
    identityService().clearAuthentication();
  }

  @Test
  void normalMonday_theAgendaTaskIsThereAt9() {
    ClockUtil.setCurrentTime(shanghai(2026, 10, 12, 9));

    ProcessInstance meeting = fireMondayTimer();

    assertThat(meeting).hasPassed(PLAN_MEETING, PREPARE_AGENDA).hasNotPassed(MEETING_DAY_REACHED)
        .isWaitingAt(HOLD_MEETING).variables().containsEntry(MEETING_DAY, "2026-10-12")
        .containsEntry(AGENDA, AGENDA_TEXT);
    assertThat(task(meeting)).hasCandidateGroup("joint-office").hasName("周例会议程");
  }

  @Test
  void holidayMonday_waitsUntil9OnTheNextWorkingDay_thenTheOfficeRecordsItsNotes() {
    ClockUtil.setCurrentTime(shanghai(2026, 10, 5, 9));

    ProcessInstance meeting = fireMondayTimer();

    assertThat(meeting).isWaitingAt(MEETING_DAY_REACHED).variables().containsEntry(MEETING_DAY, "2026-10-08");
    Assertions.assertThat(job(MEETING_DAY_REACHED, meeting).getDuedate()).isEqualTo(shanghai(2026, 10, 8, 9));

    ClockUtil.setCurrentTime(shanghai(2026, 10, 8, 9));
    execute(job(MEETING_DAY_REACHED, meeting));
    assertThat(meeting).isWaitingAt(HOLD_MEETING);

    identityService().setAuthenticatedUserId("lianxiban");
    taskService().complete(task(meeting).getId(), Map.of(NOTES, "逐项过了议程，两件交部门限期办结"));

    verify(weekly).recordWeeklyMeeting(LocalDate.of(2026, 10, 8), AGENDA_TEXT, "逐项过了议程，两件交部门限期办结",
        "lianxiban");
    assertThat(meeting).hasPassed(RECORD_NOTES, MEETING_HELD).isEnded();
  }

  /** Executes the Monday timer start job, as the job executor would at 09:00, and answers the instance it started. */
  private static ProcessInstance fireMondayTimer() {
    Job start = managementService().createJobQuery().processDefinitionKey(ID).list().stream()
        .filter(j -> j.getProcessInstanceId() == null).findFirst().orElseThrow();
    managementService().executeJob(start.getId());
    ProcessInstance instance = runtimeService().createProcessInstanceQuery().processDefinitionKey(ID).singleResult();
    assertThat(instance).isStarted();
    return instance;
  }
}
