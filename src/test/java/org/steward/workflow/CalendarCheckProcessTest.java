package org.steward.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.ZonedDateTime;
import java.util.Date;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steward.calendar.WorkingDayCalendar;

/**
 * Scenario test of {@code calendar-check}: the engine resolves {@code P2WD} and {@code P1WD} over the 2026 schedule
 * (in memory, see camunda-unit.cfg.xml). Started on Wednesday 2026-09-30 10:00, right before 国庆 (10/1–10/7 off,
 * Saturday 10/10 worked): one working day later is Thursday 10/8, two are Friday 10/9, same clock time.
 */
@Deployment(resources = CalendarCheckProcess.RESOURCE)
class CalendarCheckProcessTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension ENGINE = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
      .assertClassCoverageAtLeast(1.0)
      .build();

  private static final ZonedDateTime STARTED = ZonedDateTime.of(2026, 9, 30, 10, 0, 0, 0, WorkingDayCalendar.ZONE);

  @BeforeEach
  void startBeforeNationalDay() {
    ClockUtil.setCurrentTime(Date.from(STARTED.toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void confirmationTask_isDueTwoWorkingDaysLater_skippingNationalDay() {
    ProcessInstance check = runtimeService().startProcessInstanceByKey(CalendarCheckProcess.ID);

    assertThat(check).isWaitingAt(CalendarCheckProcess.CONFIRM_CALENDAR);
    Task confirm = task(check);
    assertThat(confirm).hasCandidateGroup(CalendarCheckProcess.ADMINISTRATORS);
    Assertions.assertThat(confirm.getDueDate()).isEqualTo(shanghai(2026, 10, 9, 10));
  }

  @Test
  void reminderTimer_isDueOneWorkingDayLater_skippingNationalDay() {
    ProcessInstance check = runtimeService().startProcessInstanceByKey(CalendarCheckProcess.ID);

    Job reminder = job(CalendarCheckProcess.REMINDER_DUE, check);
    Assertions.assertThat(reminder.getDuedate()).isEqualTo(shanghai(2026, 10, 8, 10));
  }

  @Test
  void confirmedInTime_endsAsConfirmed() {
    ProcessInstance check = runtimeService().startProcessInstanceByKey(CalendarCheckProcess.ID);
    assertThat(check).isWaitingAt(CalendarCheckProcess.CONFIRM_CALENDAR);

    complete(task(check));

    assertThat(check).hasPassed(CalendarCheckProcess.CALENDAR_CONFIRMED)
        .hasNotPassed(CalendarCheckProcess.CHECK_OVERDUE)
        .isEnded();
  }

  @Test
  void notConfirmedWithinOneWorkingDay_timerEndsAsOverdue() {
    ProcessInstance check = runtimeService().startProcessInstanceByKey(CalendarCheckProcess.ID);
    assertThat(check).isWaitingAt(CalendarCheckProcess.CONFIRM_CALENDAR);
    ClockUtil.setCurrentTime(shanghai(2026, 10, 8, 10));

    execute(job(CalendarCheckProcess.REMINDER_DUE, check));

    assertThat(check).hasPassed(CalendarCheckProcess.REMINDER_DUE, CalendarCheckProcess.CHECK_OVERDUE)
        .hasNotPassed(CalendarCheckProcess.CALENDAR_CONFIRMED)
        .isEnded();
  }

  private static Date shanghai(int year, int month, int day, int hour) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, WorkingDayCalendar.ZONE).toInstant());
  }
}
