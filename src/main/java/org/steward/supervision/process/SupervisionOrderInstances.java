package org.steward.supervision.process;

import static org.steward.supervision.process.SupervisionOrderProcess.*;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.supervision.OrderInstances;
import org.steward.workflow.TaskHandOver;

/**
 * The engine side of a supervision order: starts its {@code supervision-order} instance, and completes its waiting
 * task for REST callers. Callers check the rights.
 */
@Component
@RequiredArgsConstructor
public class SupervisionOrderInstances {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final OrderInstances instances;
  private final TaskHandOver handOver;

  /** Starts the order's instance; the business key is the case number, so the order's tasks count as the case's. */
  public void start(long orderId, String caseNumber, String enterpriseName) {
    runtime.startProcessInstanceByKey(ID, caseNumber, Variables.createVariables()
        .putValue(CASE_NUMBER, caseNumber)
        .putValue(ENTERPRISE_NAME, enterpriseName)
        .putValue(ORDER_ID, orderId));
  }

  /**
   * Completes the order's waiting task of that kind as the engine's current user, claiming it for {@code user} first
   * when nobody has; answers false when the order waits at no such task.
   */
  public boolean complete(long orderId, String taskKey, String user, Map<String, Object> variables) {
    // the order's own instance, not whichever instance holds a variable orderId with that value
    Task task = instances.instanceOf(orderId)
        .map(instance -> tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult())
        .orElse(null);
    if (task == null) {
      return false;
    }
    if (task.getAssignee() == null) {
      tasks.claim(task.getId(), user);
    }
    tasks.complete(task.getId(), variables);
    return true;
  }

  /**
   * The order now addresses {@code to} instead of {@code from} (its case was transferred): the instance's target and
   * the order's open tasks that {@code from} held, with their grants.
   */
  public void retarget(long orderId, String from, String to) {
    instances.instanceOf(orderId).ifPresent(instance -> {
      runtime.setVariable(instance, TARGET, to);
      runtime.setVariable(instance, TARGET_OFFICER, to);
      tasks.createTaskQuery().processInstanceId(instance).taskAssignee(from).list()
          .forEach(task -> handOver.handOver(task.getId(), from, to));
    });
  }
}
