package org.steward.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.steward.shared.StewardClock;

/** Steps and moments the process scenario tests share (engine of the running test, Beijing time). */
public final class Scenarios {

  private Scenarios() {
  }

  /** Completes {@code task} as {@code user} with {@code variables}, as Tasklist would for that user. */
  public static void completeAs(String user, Task task, Map<String, Object> variables) {
    identityService().setAuthenticatedUserId(user);
    try {
      taskService().complete(task.getId(), variables);
    } finally {
      identityService().clearAuthentication();
    }
  }

  /** The one job of {@code activityId} in {@code instance} (a timer's, an asynchronous step's), or null. */
  public static Job job(ProcessInstance instance, String activityId) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
  }

  /**
   * The job of {@code activityId} in {@code instance} that belongs to {@code task}: the one whose execution sees the
   * same {@code idVariable} (the subject's id) as the task, where several instances of a sub-process wait side by side.
   */
  public static Job jobOf(ProcessInstance instance, String activityId, Task task, String idVariable) {
    Object id = taskService().getVariable(task.getId(), idVariable);
    return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId).list()
        .stream().filter(j -> id != null && id.equals(runtimeService().getVariable(j.getExecutionId(), idVariable)))
        .findFirst().orElseThrow();
  }

  /** The full hour of a day, Asia/Shanghai. */
  public static Date shanghai(int year, int month, int day, int hour) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, StewardClock.ZONE).toInstant());
  }

  /** The start of a day, Asia/Shanghai. */
  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(StewardClock.ZONE).toInstant();
  }
}
