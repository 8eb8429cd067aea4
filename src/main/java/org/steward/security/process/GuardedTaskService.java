package org.steward.security.process;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's task service; every completion, resolution, error or escalation of a task passes the guard first, and a
 * completion's bad input becomes the task's refusal.
 */
@RequiredArgsConstructor
class GuardedTaskService extends TaskServiceImpl {

  private final CompletionGuard guard;

  @Override
  public void claim(String taskId, String userId) {
    guard.ensureOpen(commandExecutor, taskId);
    super.claim(taskId, userId);
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    Map<String, Object> admitted = guard.admit(commandExecutor, taskId, variables);
    guard.completing(commandExecutor, taskId, () -> {
      super.complete(taskId, admitted);
      return null;
    });
  }

  @Override
  public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
      boolean deserializeValues) {
    Map<String, Object> admitted = guard.admit(commandExecutor, taskId, variables);
    return guard.completing(commandExecutor, taskId,
        () -> super.completeWithVariablesInReturn(taskId, admitted, deserializeValues));
  }

  @Override
  public void resolveTask(String taskId, Map<String, Object> variables) {
    super.resolveTask(taskId, guard.admit(commandExecutor, taskId, variables));
  }

  @Override
  public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
    super.handleBpmnError(taskId, errorCode, errorMessage, guard.admit(commandExecutor, taskId, variables));
  }

  @Override
  public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
    super.handleEscalation(taskId, escalationCode, guard.admit(commandExecutor, taskId, variables));
  }
}
