package org.steward.directory;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates Steward's standard Camunda groups and what they may do in the webapps and the engine. Idempotent: at each
 * start it adds only what is missing, and never takes a grant away that an administrator added.
 */
@Component
@Order(20)
class StandardGroups implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(StandardGroups.class);

  private static final String ANY = Authorization.ANY;

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  StandardGroups(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    ensureGroup(StewardGroups.OFFICERS, "首席服务官");
    ensureGroup(StewardGroups.SUPERVISORS, "督办负责人");
    ensureGroup(StewardGroups.JOINT_OFFICE, "联席会议办公室");
    ensureGroup(StewardGroups.LEADERS, "项目挂点领导");
    // Enterprises use Steward's API only: no webapp and no engine grant.
    ensureGroup(StewardGroups.ENTERPRISES, "企业");

    for (String group : List.of(StewardGroups.OFFICERS, StewardGroups.SUPERVISORS, StewardGroups.JOINT_OFFICE)) {
      grantStaff(group);
      // Officers, supervisors and the office start cases themselves (e.g. a request taken by phone).
      grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
    }
    // Leaders work in Tasklist on the tasks of their projects (assigned to them by name).
    grantStaff(StewardGroups.LEADERS);
    // Who reads every case reads every case's history; the others read the history of their cases only, through
    // the historic instance grants of access.process.HistoricInstanceGrants.
    for (String group : List.of(StewardGroups.SUPERVISORS, StewardGroups.JOINT_OFFICE)) {
      grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_HISTORY);
    }
    // Supervisors watch lights and chase overdue matters in Cockpit, so they read every instance and task.
    grant(StewardGroups.SUPERVISORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(StewardGroups.SUPERVISORS, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK);
    log.info("Standard groups and their authorizations are in place");
  }

  /** The department's group with its Tasklist grants; called whenever a department is created. */
  void ensureDepartmentGroup(Department department) {
    ensureGroup(department.groupId(), department.name());
    grantStaff(department.groupId());
  }

  boolean isMember(String userId, String groupId) {
    return identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
  }

  /** What every staff group (officers, supervisors, office, departments) needs to work in Tasklist. */
  private void grantStaff(String group) {
    grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identity.saveGroup(group);
      log.info("Created group {} ({})", id, name);
    }
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(group)
        .resourceType(resource)
        .resourceId(resourceId)
        .list().stream().findFirst()
        .orElse(null);
    boolean changed = authorization == null;
    if (changed) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }
}
