package org.steward.deputy.process;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.steward.workflow.SystemContext;
import org.steward.workflow.TaskHandOver;

/** Moves tasks between an officer on leave and the deputy, as the system (no user's authorizations apply). */
@Component
@RequiredArgsConstructor
public class DeputyTasks {

  static final String CASE_NUMBER = "caseNumber";

  private final TaskService taskService;
  private final RuntimeService runtime;
  private final SystemContext system;
  private final TaskHandOver handOver;

  /** An open task: its id, its name and its case (null for a task of no case). */
  public record OpenTask(String id, String name, String caseNumber) {
  }

  /** The open tasks assigned to the user. */
  public List<OpenTask> openTasksOf(String userId) {
    return system.call(() -> taskService.createTaskQuery().taskAssignee(userId).active().list().stream()
        .map(task -> new OpenTask(task.getId(), task.getName(), caseNumberOf(task))).toList());
  }

  /** Hands the task from {@code fromId} to {@code toId}, who alone may work on it then. */
  public void handOver(String taskId, String fromId, String toId) {
    system.run(() -> handOver.handOver(taskId, fromId, toId));
  }

  /** Gives the task back to {@code officerId} if it is still open and held by {@code deputyId}; answers whether. */
  public boolean giveBack(String taskId, String deputyId, String officerId) {
    return system.call(() -> {
      Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
      if (task == null || !deputyId.equals(task.getAssignee())) {
        return false;
      }
      handOver.handOver(taskId, deputyId, officerId);
      return true;
    });
  }

  private String caseNumberOf(Task task) {
    if (task.getExecutionId() == null) {
      return null;
    }
    Object caseNumber = runtime.getVariable(task.getExecutionId(), CASE_NUMBER);
    if (caseNumber != null) {
      return caseNumber.toString();
    }
    ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }
}
