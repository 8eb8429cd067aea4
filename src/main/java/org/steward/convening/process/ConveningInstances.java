package org.steward.convening.process;

import static org.steward.convening.process.ConveningProcess.*;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.convening.ConveningLinks;
import org.steward.workflow.TaskHandOver;

/**
 * The engine side of a convening: starts its {@code convening} instance, and adds an officer to a running one (加签) by
 * process-instance modification, one more instance of the officer's opinion sub-process. Callers check the rights and
 * set the engine identity.
 */
@Component
@RequiredArgsConstructor
public class ConveningInstances {

  private final RuntimeService runtime;
  private final ConveningLinks links;
  private final TaskService tasks;
  private final TaskHandOver handOver;

  /** Starts the convening's instance (business key = case number). */
  public ProcessInstance start(String caseNumber, String enterpriseName, long conveningId, String convener,
      String question) {
    return runtime.startProcessInstanceByKey(ID, caseNumber, Variables.createVariables()
        .putValue(CASE_NUMBER, caseNumber)
        .putValue(ENTERPRISE_NAME, enterpriseName)
        .putValue(CONVENING_ID, conveningId)
        .putValue(CONVENER, convener)
        .putValue(QUESTION, question));
  }

  /**
   * Starts one more opinion sub-process for {@code officer}: inside the running multi-instance body (the engine counts
   * it in {@code nrOfInstances}), or, when every earlier officer has answered and the body is gone, as a new body with
   * this one instance.
   */
  public void addOfficer(long conveningId, String officer) {
    ProcessInstance instance = instance(conveningId)
        .orElseThrow(() -> new IllegalStateException("No running convening instance for convening " + conveningId));
    ActivityInstance tree = runtime.getActivityInstance(instance.getId());
    Optional<ActivityInstance> body = Arrays.stream(tree.getActivityInstances(OFFICER_OPINION_BODY)).findFirst();
    if (body.isPresent()) {
      runtime.createProcessInstanceModification(instance.getId())
          .startBeforeActivity(OFFICER_OPINION, body.get().getId())
          .setVariableLocal(OFFICER, officer)
          .execute();
    } else {
      runtime.createProcessInstanceModification(instance.getId())
          .startBeforeActivity(OFFICER_OPINION_BODY)
          .setVariables(Map.of(OFFICERS, Variables.objectValue(java.util.List.of(officer), true).create()))
          .execute();
    }
  }

  /**
   * The convening is now {@code to}'s (its case was transferred): the instance's convener and the open tasks
   * {@code from} held as the convener, with their grants.
   */
  public void changeConvener(long conveningId, String from, String to) {
    instance(conveningId).ifPresent(instance -> {
      runtime.setVariable(instance.getId(), CONVENER, to);
      tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(CONCLUDE_CONVENING)
          .taskAssignee(from).list().forEach(task -> handOver.handOver(task.getId(), from, to));
    });
  }

  private Optional<ProcessInstance> instance(long conveningId) {
    // the convening's own instance, not whichever instance holds a variable conveningId with that value
    return links.instanceOf(conveningId).map(instance -> runtime.createProcessInstanceQuery()
        .processInstanceId(instance).active().singleResult());
  }
}
