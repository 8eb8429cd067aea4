package org.steward.security.process;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.steward.shared.InvalidInput;
import org.steward.shared.TaskNoLongerOpen;
import org.steward.workflow.TaskCompletionRefused;
import org.steward.workflow.TaskRefusals;

/**
 * Admits the variables of a task completion before the engine writes anything: exactly the fields of the task's Camunda
 * Form ({@link CompletionRules}), whoever completes it (engine-rest, Tasklist, Steward's own code). Forms and variables
 * are read without the caller's authorizations; parsed forms are kept per form definition.
 */
@RequiredArgsConstructor
final class CompletionGuard {

  private final TaskRefusals refusals;
  private final Map<String, CompletionForm> forms = new ConcurrentHashMap<>();

  /**
   * The variables to pass on to the engine for completing {@code taskId}.
   *
   * @throws org.steward.workflow.TaskCompletionRefused naming every variable the form does not admit
   * @throws TaskNoLongerOpen when the task has been completed or deleted
   * @throws NotFoundException when no such task ever existed
   */
  Map<String, Object> admit(CommandExecutor engine, String taskId, Map<String, Object> variables) {
    return engine.execute(context -> context.runWithoutAuthorization(() -> {
      TaskEntity task = openTask(context, taskId);
      if (task == null || variables == null || variables.isEmpty()) {
        return variables;
      }
      CompletionForm form = formOf(context, task);
      CompletionRules.Checked checked = CompletionRules.check(form, variables,
          name -> task.getVariableTyped(name, false));
      if (!checked.violations().isEmpty()) {
        throw refusals.refusal(new InvalidInput(checked.violations()), form::label);
      }
      return checked.admitted();
    }));
  }

  /**
   * Runs a completion of {@code taskId}; bad input a step of it finds (a listener, the service step after the task, in
   * the same transaction) becomes the task's Chinese refusal, its fields labelled as the task's form labels them. The
   * completion has rolled back by then: the task is open again, with its form.
   */
  <T> T completing(CommandExecutor engine, String taskId, Supplier<T> completion) {
    try {
      return completion.get();
    } catch (RuntimeException failure) {
      InvalidInput invalid = invalidInputIn(failure);
      if (invalid == null) {
        throw failure;
      }
      CompletionForm form = engine.execute(context -> context.runWithoutAuthorization(() -> {
        TaskEntity task = openTask(context, taskId);
        return task == null ? CompletionForm.NONE : formOf(context, task);
      }));
      // caused by the bad input, which Steward's own API (ProblemAdvice) answers as it always has
      throw (TaskCompletionRefused) refusals.refusal(invalid, form::label).initCause(invalid);
    }
  }

  private static InvalidInput invalidInputIn(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof InvalidInput invalid) {
        return invalid;
      }
    }
    return null;
  }

  /** Answers as {@link #admit} does when {@code taskId} is not open; for claims. */
  void ensureOpen(CommandExecutor engine, String taskId) {
    engine.execute(context -> context.runWithoutAuthorization(() -> openTask(context, taskId)));
  }

  private static TaskEntity openTask(CommandContext context, String taskId) {
    if (taskId == null) {
      return null; // the engine's own command names the missing argument
    }
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task != null) {
      return task;
    }
    if (context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId) != null) {
      throw new TaskNoLongerOpen(taskId);
    }
    throw new NotFoundException("Cannot find task with id " + taskId);
  }

  private CompletionForm formOf(CommandContext context, TaskEntity task) {
    task.initializeFormKey();
    CamundaFormRef ref = task.getCamundaFormRef();
    if (ref == null || task.getProcessDefinitionId() == null) {
      return CompletionForm.NONE;
    }
    CamundaFormDefinition definition =
        new GetCamundaFormDefinitionCmd(ref, task.getProcessDefinition().getDeploymentId()).execute(context);
    if (definition == null) {
      return CompletionForm.NONE;
    }
    return forms.computeIfAbsent(definition.getId(), id -> CompletionForm.parse(context.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName())
        .getBytes()));
  }
}
