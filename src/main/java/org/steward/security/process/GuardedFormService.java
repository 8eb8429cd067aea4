package org.steward.security.process;

import java.util.Map;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/** The engine's form service; every task form submitted (Tasklist's way of completing) passes the guard first. */
class GuardedFormService extends FormServiceImpl {

  private final CompletionGuard guard;

  GuardedFormService(CompletionGuard guard) {
    this.guard = guard;
  }

  @Override
  public void submitTaskForm(String taskId, Map<String, Object> properties) {
    super.submitTaskForm(taskId, guard.admit(commandExecutor, taskId, properties));
  }

  @Override
  public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
      boolean deserializeValues) {
    return super.submitTaskFormWithVariablesInReturn(taskId, guard.admit(commandExecutor, taskId, properties),
        deserializeValues);
  }
}
