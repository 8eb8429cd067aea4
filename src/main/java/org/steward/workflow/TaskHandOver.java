package org.steward.workflow;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * Hands a task from one user to another. The engine grants a new assignee its permission on the task but keeps the
 * former assignee's: here the former one loses it, so that whoever a task left (an officer whose case was transferred,
 * an officer on leave, a deputy after the leave) can no longer read or complete it.
 */
@Component
@RequiredArgsConstructor
public class TaskHandOver {

  private final TaskService tasks;
  private final AuthorizationService authorizations;

  /** Assigns the task to {@code to} and takes {@code from}'s grant on it away; run as the system. */
  public void handOver(String taskId, String from, String to) {
    tasks.setAssignee(taskId, to);
    authorizations.createAuthorizationQuery().userIdIn(from).resourceType(Resources.TASK).resourceId(taskId).list()
        .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }

  /**
   * The same from a task listener, in the command that created or assigned the task: the former assignee's grant may
   * have been made in this very command and not be written yet, so it is dropped from the command's cache as well.
   */
  public void handOver(DelegateTask task, String to) {
    String from = task.getAssignee();
    task.setAssignee(to);
    if (from == null || from.equals(to)) {
      return;
    }
    DbEntityManager entities = Context.getCommandContext().getDbEntityManager();
    entities.getCachedEntitiesByType(AuthorizationEntity.class).stream()
        .filter(grant -> grant.getResourceType() == Resources.TASK.resourceType()
            && task.getId().equals(grant.getResourceId()) && from.equals(grant.getUserId()))
        .forEach(entities::delete);
    authorizations.createAuthorizationQuery().userIdIn(from).resourceType(Resources.TASK).resourceId(task.getId())
        .list().forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
  }
}
