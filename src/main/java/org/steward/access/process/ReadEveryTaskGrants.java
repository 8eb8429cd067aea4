package org.steward.access.process;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
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
 * Takes READ out of the grants earlier versions gave a group that reads every task on each task offered to it
 * (READ and TASK_WORK on one open task, see {@link CaseScopedTaskAuthorizations}), after workflow.TaskHolderGrants
 * brought older ones to that shape; the group's grant on every task reads them still. Idempotent and logged.
 */
@Component
@Order(22)
@RequiredArgsConstructor
class ReadEveryTaskGrants implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ReadEveryTaskGrants.class);

  private final AuthorizationService authorizations;

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    List<Authorization> earlier = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(Resources.TASK)
        .groupIdIn(CaseScopedTaskAuthorizations.READ_EVERY_TASK.toArray(String[]::new))
        .hasPermission(Permissions.READ)
        .hasPermission(TaskPermissions.TASK_WORK)
        .list().stream()
        .filter(grant -> !Authorization.ANY.equals(grant.getResourceId()))
        .toList();
    for (Authorization grant : earlier) {
      grant.removePermission(Permissions.READ);
      authorizations.saveAuthorization(grant);
    }
    if (!earlier.isEmpty()) {
      log.info("READ taken out of {} task grants of groups that read every task", earlier.size());
    }
  }
}
