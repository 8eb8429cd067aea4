package org.steward.request.process;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import org.steward.workflow.SystemContext;

/**
 * The request capability's port to the engine: starting a case's {@code enterprise-request}, the messages the
 * enterprise's actions send it, and finding a case from an instance or a task. The only place of the capability that
 * touches the engine's services; Steward's own calls run as the system ({@link SystemContext}).
 */
@Component
@RequiredArgsConstructor
public class RequestEngine {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final SystemContext system;

  /** Starts the case's process, its business key the case number. */
  public void start(String caseNumber, VariableMap variables) {
    system.run(() -> runtime.startProcessInstanceByKey(EnterpriseRequestProcess.ID, caseNumber, variables));
  }

  /** The enterprise withdrew the case: the interrupting event sub-process ends every task and timer of it. */
  public void withdrawn(String caseNumber) {
    correlate(EnterpriseRequestProcess.MESSAGE_REQUEST_WITHDRAWN, caseNumber);
  }

  /** The enterprise supplied the material asked for: the case goes back to the officer's decision. */
  public void materialSupplied(String caseNumber) {
    correlate(EnterpriseRequestProcess.MESSAGE_MATERIAL_SUPPLIED, caseNumber);
  }

  /**
   * The enterprise's rating reaches the case: it completes the open 回访 task, or is correlated to the case waiting for
   * it. Answers false when the case waits for no rating.
   */
  public boolean rate(String caseNumber, VariableMap answers) {
    return system.call(() -> {
      Task visit = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
          .processDefinitionKey(EnterpriseRequestProcess.ID)
          .taskDefinitionKey(EnterpriseRequestProcess.RETURN_VISIT).singleResult();
      if (visit != null) {
        tasks.complete(visit.getId(), answers);
        return true;
      }
      try {
        runtime.createMessageCorrelation(EnterpriseRequestProcess.MESSAGE_SATISFACTION_RATED)
            .processInstanceBusinessKey(caseNumber).setVariables(answers).correlate();
        return true;
      } catch (MismatchingMessageCorrelationException e) {
        return false;
      }
    });
  }

  /** A supervisor sends the case to the joint-meeting office; answers false when the case cannot take it now. */
  public boolean requestEscalation(String caseNumber, String reason, String byUser) {
    return system.call(() -> {
      try {
        runtime.createMessageCorrelation(EnterpriseRequestProcess.MESSAGE_ESCALATION_REQUESTED)
            .processInstanceBusinessKey(caseNumber)
            .setVariable(EnterpriseRequestProcess.ESCALATION_REASON, reason)
            .setVariable(EnterpriseRequestProcess.ESCALATED_BY, byUser)
            .correlate();
        return true;
      } catch (MismatchingMessageCorrelationException e) {
        return false;
      }
    });
  }

  /** The running {@code enterprise-request} instance of the case; empty once it has ended. */
  public Optional<String> instanceOf(String caseNumber) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber, EnterpriseRequestProcess.ID)
        .list().stream().map(ProcessInstance::getId).findFirst();
  }

  /**
   * The business key of a task's instance, for a task the engine's current user may read (the task query checks it);
   * the instance is then looked up as the system, for its key only.
   */
  public Optional<String> businessKeyOfTask(String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null || task.getProcessInstanceId() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(system.call(() -> runtime.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult())).map(ProcessInstance::getBusinessKey);
  }

  private void correlate(String message, String caseNumber) {
    system.run(() -> runtime.createMessageCorrelation(message).processInstanceBusinessKey(caseNumber).correlate());
  }
}
