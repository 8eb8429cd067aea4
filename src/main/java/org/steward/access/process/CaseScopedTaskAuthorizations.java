package org.steward.access.process;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default task authorizations without their historic half. With historic instance permissions on, Camunda
 * grants every candidate and assignee READ on the task's {@code HISTORIC_TASK}, and the historic variable query lets
 * such a grant read every variable of the task's process instance; a candidate group such as {@code officers} would so
 * read every case's contact. Here task holders get the runtime grant only (read and work on the task), and the
 * history of a case is read through {@link HistoricInstanceGrants}, that is by the case scope.
 */
class CaseScopedTaskAuthorizations extends DefaultAuthorizationProvider {

  @Override
  protected AuthorizationEntity[] createOrUpdateAuthorizations(Task task, String groupId, String userId) {
    return new AuthorizationEntity[] {createOrUpdateAuthorization(task, userId, groupId, Resources.TASK, false,
        getRuntimePermissions(isEnforceSpecificVariablePermission()))};
  }
}
