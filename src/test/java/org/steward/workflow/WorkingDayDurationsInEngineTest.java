package org.steward.workflow;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.steward.calendar.WorkingDayCalendar;

/**
 * What designers may write, checked in the engine (camunda-unit.cfg.xml): an expression that builds the duration from a
 * variable, a working-day follow-up date, and plain ISO-8601 durations, which keep their usual meaning.
 */
class WorkingDayDurationsInEngineTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension ENGINE =
      ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml").build();

  private static final Date BEFORE_NATIONAL_DAY = shanghai(2026, 9, 30, 10);

  private ProcessEngine engine;
  private String deploymentId;

  @BeforeEach
  void startBeforeNationalDay() {
    engine = ENGINE.getProcessEngine();
    ClockUtil.setCurrentTime(BEFORE_NATIONAL_DAY);
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    if (deploymentId != null) {
      engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void dueDateFromAVariable_andFollowUpDate_countWorkingDays() {
    deploy(Bpmn.createExecutableProcess("working-day-expression").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Started")
        .userTask("UserTask_Handle").camundaCandidateGroups("officers")
        .camundaDueDate("P${timeLimit}WD").camundaFollowUpDate("P1WD")
        .endEvent("EndEvent_Done")
        .done());

    ProcessInstance instance = engine.getRuntimeService()
        .startProcessInstanceByKey("working-day-expression", Map.of("timeLimit", 3));

    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    Assertions.assertThat(task.getDueDate()).isEqualTo(shanghai(2026, 10, 10, 10));
    Assertions.assertThat(task.getFollowUpDate()).isEqualTo(shanghai(2026, 10, 8, 10));
  }

  @Test
  void isoDurationTimer_keepsItsClockMeaning() {
    deploy(Bpmn.createExecutableProcess("iso-timer").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Started")
        .intermediateCatchEvent("TimerEvent_Wait").timerWithDuration("PT24H")
        .endEvent("EndEvent_Done")
        .done());

    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("iso-timer");

    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
    Assertions.assertThat(timer.getDuedate()).isEqualTo(shanghai(2026, 10, 1, 10));
  }

  private void deploy(BpmnModelInstance model) {
    deploymentId = engine.getRepositoryService().createDeployment()
        .addModelInstance("model.bpmn", model).deploy().getId();
  }

  private static Date shanghai(int year, int month, int day, int hour) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, WorkingDayCalendar.ZONE).toInstant());
  }
}
