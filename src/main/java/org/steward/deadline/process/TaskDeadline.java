package org.steward.deadline.process;

import java.time.Instant;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import org.steward.deadline.Deadline;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.DeadlineSubject.State;
import org.steward.deadline.Light;
import org.steward.deadline.Lights;
import org.steward.shared.StewardClock;

/**
 * A user task's own time limit as a deadline subject ({@code task}), so a designer gives a new task yellow and red
 * lights without Java: its due date (red) and follow-up date (yellow, or the due date without one) are the deadline,
 * its task variable {@code light} holds the light, and it closes when the task is completed.
 */
@Component
@RequiredArgsConstructor
class TaskDeadline {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final LightVariables variables;

  /** A user task's own due date and follow-up date as a deadline subject ({@code task}), its id the task's. */
  @Bean
  DeadlineSubject taskSubject() {
    return new DeadlineSubject("task", true, this::idOf, this::stateOf, this::setLight);
  }

  private String idOf(DelegateExecution execution) {
    return variables.timedTasks(execution).stream().findFirst().map(Task::getId)
        .orElseThrow(() -> new IllegalStateException(execution.getCurrentActivityId()
            + " follows a timer whose activity has no open task"));
  }

  private State stateOf(String id) {
    Task task = tasks.createTaskQuery().taskId(id).singleResult();
    if (task == null) {
      return new State(null, Light.GREEN, false, null);
    }
    if (task.getDueDate() == null) {
      throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " has no due date to turn red at");
    }
    Instant dueAt = task.getDueDate().toInstant();
    Instant warnAt = task.getFollowUpDate() == null ? dueAt : task.getFollowUpDate().toInstant();
    String caseNumber = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult().getBusinessKey();
    return new State(caseNumber, tasks.getVariableLocal(id, Lights.VARIABLE) instanceof String light
        ? Light.valueOf(light) : Light.GREEN, true,
        new Deadline(LocalDate.ofInstant(dueAt, StewardClock.ZONE), warnAt, dueAt));
  }

  private void setLight(String id, Light light) {
    tasks.setVariableLocal(id, Lights.VARIABLE, light.name());
  }
}
