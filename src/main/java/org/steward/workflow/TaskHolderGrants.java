package org.steward.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the grants the engine gave task holders before Steward set {@code defaultUserPermissionNameForTask} to
 * TASK_WORK (READ and UPDATE on an open task for its assignee, owner and candidates) down to READ and TASK_WORK, so
 * that holders of tasks created by earlier versions cannot set their variables outside a completion either. Idempotent
 * and logged; a task grant of any other shape (an administrator's) stays as it is.
 */
@Component
@Order(21)
@RequiredArgsConstructor
class TaskHolderGrants implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TaskHolderGrants.class);

  /** Exactly what the engine's default gave a task holder: READ and UPDATE, nothing else. */
  private static final Set<Permission> EARLIER_DEFAULT = Set.of(TaskPermissions.READ, TaskPermissions.UPDATE);

  private final AuthorizationService authorizations;

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    List<Authorization> earlier = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(Resources.TASK)
        .hasPermission(TaskPermissions.UPDATE)
        .list().stream()
        .filter(grant -> !Authorization.ANY.equals(grant.getResourceId()) && isEarlierDefault(grant))
        .toList();
    for (Authorization grant : earlier) {
      grant.removePermission(TaskPermissions.UPDATE);
      grant.addPermission(TaskPermissions.TASK_WORK);
      authorizations.saveAuthorization(grant);
    }
    if (!earlier.isEmpty()) {
      log.info("Task holders' UPDATE replaced by TASK_WORK on {} grants of tasks created by earlier versions",
          earlier.size());
    }
  }

  private static boolean isEarlierDefault(Authorization grant) {
    return Arrays.stream(TaskPermissions.values()).filter(permission -> permission != TaskPermissions.NONE)
        .allMatch(permission -> grant.isPermissionGranted(permission) == EARLIER_DEFAULT.contains(permission));
  }
}
