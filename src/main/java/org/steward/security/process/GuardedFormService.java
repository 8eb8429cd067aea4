package org.steward.security.process;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's form service; every task form submitted (Tasklist's way of completing) passes the guard first, and its
 * bad input becomes the task's refusal.
 */
@RequiredArgsConstructor
class GuardedFormService extends FormServiceImpl {

  private final CompletionGuard guard;

  @Override
  public void submitTaskForm(String taskId, Map<String, Object> properties) {
    Map<String, Object> admitted = guard.admit(commandExecutor, taskId, properties);
    guard.completing(commandExecutor, taskId, () -> {
      super.submitTaskForm(taskId, admitted);
      return null;
    });
  }

  @Override
  public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
      boolean deserializeValues) {
    Map<String, Object> admitted = guard.admit(commandExecutor, taskId, properties);
    return guard.completing(commandExecutor, taskId,
        () -> super.submitTaskFormWithVariablesInReturn(taskId, admitted, deserializeValues));
  }
}
