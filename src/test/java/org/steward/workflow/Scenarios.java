package org.steward.workflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

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

  /** The full hour of a day, Asia/Shanghai. */
  public static Date shanghai(int year, int month, int day, int hour) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, StewardClock.ZONE).toInstant());
  }

  /** The start of a day, Asia/Shanghai. */
  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(StewardClock.ZONE).toInstant();
  }
}
