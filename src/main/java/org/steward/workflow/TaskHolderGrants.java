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
import org.steward.directory.StewardGroups;

/**
 * Brings the grants the engine gave task holders before Steward set {@code defaultUserPermissionNameForTask} to
 * TASK_WORK (READ and UPDATE on an open task for its assignee, owner and candidates) down to READ and TASK_WORK, so
 * that holders of tasks created by earlier versions cannot set their variables outside a completion either. Then takes
 * READ out of the grants on single tasks of a group that reads every task ({@link StewardGroups#READING_EVERY_TASK},
 * access.process.CaseScopedTaskAuthorizations): its grant on every task reads them still, and each such READ made
 * every task query slower (issue 18). Idempotent and logged; any other task grant (an administrator's, a user's)
 * stays as it is.
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
    List<Authorization> reading = authorizations.createAuthorizationQuery()
        .groupIdIn(StewardGroups.READING_EVERY_TASK.toArray(String[]::new))
        .resourceType(Resources.TASK)
        .hasPermission(TaskPermissions.READ)
        .hasPermission(TaskPermissions.TASK_WORK)
        .list().stream()
        .filter(grant -> !Authorization.ANY.equals(grant.getResourceId()))
        .toList();
    for (Authorization grant : reading) {
      grant.removePermission(TaskPermissions.READ);
      authorizations.saveAuthorization(grant);
    }
    if (!reading.isEmpty()) {
      log.info("READ taken out of {} task grants of groups that read every task already", reading.size());
    }
  }

  private static boolean isEarlierDefault(Authorization grant) {
    return Arrays.stream(TaskPermissions.values()).filter(permission -> permission != TaskPermissions.NONE)
        .allMatch(permission -> grant.isPermissionGranted(permission) == EARLIER_DEFAULT.contains(permission));
  }
}
