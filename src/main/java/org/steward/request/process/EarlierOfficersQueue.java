package org.steward.request.process;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes the officers' queue, and its grant, off the open 签收诉求 tasks that earlier versions offered to it although the
 * task has its officer (see {@link OfficersQueueTaskListener}); idempotent and logged.
 */
@Component
@Order(22)
@RequiredArgsConstructor
class EarlierOfficersQueue implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(EarlierOfficersQueue.class);

  private final TaskService tasks;
  private final AuthorizationService authorizations;

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    List<Task> offered = tasks.createTaskQuery().processDefinitionKey(EnterpriseRequestProcess.ID)
        .taskDefinitionKey(EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST)
        .taskCandidateGroup(EnterpriseRequestProcess.OFFICERS).includeAssignedTasks()
        .list().stream().filter(task -> task.getAssignee() != null).toList();
    for (Task task : offered) {
      tasks.deleteCandidateGroup(task.getId(), EnterpriseRequestProcess.OFFICERS);
      // the engine keeps a candidate's grant when the candidate goes
      authorizations.createAuthorizationQuery().groupIdIn(EnterpriseRequestProcess.OFFICERS)
          .resourceType(Resources.TASK).resourceId(task.getId()).list()
          .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    }
    if (!offered.isEmpty()) {
      log.info("The officers' queue no longer holds {} 签收诉求 tasks that have their officer", offered.size());
    }
  }
}
