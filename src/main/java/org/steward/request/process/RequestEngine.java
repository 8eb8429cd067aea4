package org.steward.request.process;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import org.steward.access.CaseHistoryGrants;
import org.steward.workflow.SystemContext;
import org.steward.workflow.TaskHandOver;

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
  private final AuthorizationService authorizations;
  private final ProcessEngineConfigurationImpl configuration;
  private final CaseHistoryGrants historyGrants;
  private final TaskHandOver handOver;

  /** The processes a case calls that carry the case's officer (to tell when a unit is returned). */
  private static final Set<String> CALLED_WITH_OFFICER = Set.of(EnterpriseRequestProcess.DEPARTMENT_HANDLING,
      EnterpriseRequestProcess.JOINT_MEETING);

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

  /**
   * Hands the case's officer-side work to another officer (转办): the variables {@code officer} and {@code supervisor}
   * of its {@code enterprise-request}, the {@code officer} of the units' and the office's instances that still name
   * the former officer, and the open tasks of the case assigned to the former officer (to the former supervisor, its
   * units' 督办逾期事项 included) go to the new one, whose grant on them replaces the former one's. A case still in
   * the officers' queue (no officer) has its 签收诉求 task taken off the queue. The departments' tasks stay where they
   * are.
   */
  public void transfer(String caseNumber, String fromOfficer, String toOfficer, String fromSupervisor,
      String toSupervisor) {
    // one engine command: the engine's reads are cached and its writes flushed together, once per case
    system.run(() -> configuration.getCommandExecutorTxRequired().execute(context -> {
      String instance = instanceOf(caseNumber).orElse(null);
      if (instance == null) {
        return null;
      }
      runtime.setVariable(instance, EnterpriseRequestProcess.OFFICER, toOfficer);
      runtime.setVariable(instance, EnterpriseRequestProcess.SUPERVISOR, toSupervisor);
      boolean newSupervisor = fromSupervisor != null && !fromSupervisor.equals(toSupervisor);
      for (String called : CALLED_WITH_OFFICER) {
        for (ProcessInstance unit : runtime.createProcessInstanceQuery()
            .processInstanceBusinessKey(caseNumber, called).list()) {
          if (Objects.equals(runtime.getVariable(unit.getId(), EnterpriseRequestProcess.OFFICER), fromOfficer)) {
            runtime.setVariable(unit.getId(), EnterpriseRequestProcess.OFFICER, toOfficer);
          }
          if (newSupervisor) {
            reassignTasks(unit.getId(), fromSupervisor, toSupervisor);
          }
        }
      }
      if (fromOfficer == null) {
        takeOffTheQueue(instance, toOfficer);
      } else {
        reassignTasks(instance, fromOfficer, toOfficer);
      }
      if (newSupervisor) {
        reassignTasks(instance, fromSupervisor, toSupervisor);
      }
      // the new officer reads the case's history now, not from its next task on
      historyGrants.grantReaders(caseNumber);
      return null;
    }));
  }

  private void reassignTasks(String instance, String from, String to) {
    for (Task task : tasks.createTaskQuery().processInstanceId(instance).taskAssignee(from).list()) {
      handOver.handOver(task.getId(), from, to);
    }
  }

  private void takeOffTheQueue(String instance, String to) {
    for (Task task : tasks.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST).taskUnassigned().list()) {
      tasks.setAssignee(task.getId(), to);
      tasks.deleteCandidateGroup(task.getId(), EnterpriseRequestProcess.OFFICERS);
      // the engine keeps a candidate's grant when the candidate goes
      authorizations.createAuthorizationQuery().groupIdIn(EnterpriseRequestProcess.OFFICERS)
          .resourceType(Resources.TASK).resourceId(task.getId()).list()
          .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    }
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
