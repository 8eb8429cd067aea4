package org.steward.access.process;

import java.util.Arrays;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.steward.directory.StewardGroups;

/**
 * Camunda's default task authorizations without their historic half. With historic instance permissions on, Camunda
 * grants every candidate and assignee READ on the task's {@code HISTORIC_TASK}, and the historic variable query lets
 * such a grant read every variable of the task's process instance; a candidate group such as {@code officers} would so
 * read every case's contact. Here task holders get the runtime grant only (read and work on the task), and the
 * history of a case is read through {@link HistoricInstanceGrants}, that is by the case scope.
 *
 * <p>A candidate group that reads every task already ({@link StewardGroups#READING_EVERY_TASK}) gets the work
 * permission on its tasks without READ (earlier grants: workflow.TaskHolderGrants). Every authorized task query joins
 * the caller's READ grants to each task it looks at, one comparison per task and grant (docs/benchmarks.md, issue 18);
 * a READ grant per 督办 task made that the square of the city for every supervisor, and added nothing they could not
 * read already.
 */
class CaseScopedTaskAuthorizations extends DefaultAuthorizationProvider {

  @Override
  protected AuthorizationEntity[] createOrUpdateAuthorizations(Task task, String groupId, String userId) {
    Permission[] permissions = getRuntimePermissions(isEnforceSpecificVariablePermission());
    if (groupId != null && StewardGroups.READING_EVERY_TASK.contains(groupId)) {
      permissions = Arrays.stream(permissions).filter(p -> p != Permissions.READ).toArray(Permission[]::new);
    }
    return new AuthorizationEntity[] {createOrUpdateAuthorization(task, userId, groupId, Resources.TASK, false,
        permissions)};
  }
}
