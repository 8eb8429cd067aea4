package org.steward.directory;

import java.util.List;

import lombok.RequiredArgsConstructor;
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
 * Creates Steward's standard Camunda groups and what they may do in the webapps and the engine (docs/security.md).
 * Least privilege: only Steward's own code (SystemContext) and administrators start processes and correlate messages;
 * staff work on their tasks through the authorizations the engine gives task holders (READ and TASK_WORK); supervisors
 * and the joint-meeting office read every case. Idempotent: at each start it adds only what is missing, withdraws the
 * broad grants earlier versions made ({@link #WITHDRAWN}), and never takes away any other grant an administrator added.
 */
@Component
@Order(20)
@RequiredArgsConstructor
class StandardGroups implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(StandardGroups.class);

  private static final String ANY = Authorization.ANY;

  /** Grants earlier versions of Steward made on every definition or instance that are now wrong, per group. */
  private static final List<Withdrawal> WITHDRAWN = List.of(
      new Withdrawal(Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.CREATE_INSTANCE,
          StewardGroups.OFFICERS, StewardGroups.SUPERVISORS, StewardGroups.JOINT_OFFICE),
      new Withdrawal(Resources.PROCESS_INSTANCE, ProcessInstancePermissions.CREATE,
          StewardGroups.OFFICERS, StewardGroups.SUPERVISORS, StewardGroups.JOINT_OFFICE),
      // the scope of a case decides who reads its history; officers, leaders and departments get it per case
      new Withdrawal(Resources.PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_HISTORY,
          StewardGroups.OFFICERS, StewardGroups.LEADERS, StewardGroups.DEPARTMENT_PREFIX + "*"));

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    ensureGroup(StewardGroups.OFFICERS, "首席服务官");
    ensureGroup(StewardGroups.SUPERVISORS, "督办负责人");
    ensureGroup(StewardGroups.JOINT_OFFICE, "联席会议办公室");
    ensureGroup(StewardGroups.LEADERS, "项目挂点领导");
    ensureGroup(StewardGroups.DESIGNERS, "流程设计人员");
    ensureGroup(StewardGroups.POLICY_EDITORS, "政策编辑人员");
    // The metrics' readers (a Prometheus scraper's account): /actuator/prometheus only, no engine grant, no webapp.
    ensureGroup(StewardGroups.MONITORING, "运行监控");
    // Enterprises use Steward's API only: no webapp and no engine grant.
    ensureGroup(StewardGroups.ENTERPRISES, "企业");

    // Officers and leaders work in Tasklist on the tasks the engine gives them (as assignee or candidate).
    grantStaff(StewardGroups.OFFICERS);
    grantStaff(StewardGroups.LEADERS);
    // Supervisors and the office read every case, and every case's history (the others read the history of their
    // cases only, through access.process.HistoricInstanceGrants); supervisors watch lights and chase overdue matters
    // in Cockpit, whose start page counts tasks per candidate group (READ on every task).
    for (String group : List.of(StewardGroups.SUPERVISORS, StewardGroups.JOINT_OFFICE)) {
      grantStaff(group);
      grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_HISTORY);
    }
    grant(StewardGroups.SUPERVISORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(StewardGroups.SUPERVISORS, Resources.PROCESS_DEFINITION, ANY,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK);
    grant(StewardGroups.SUPERVISORS, Resources.TASK, ANY, Permissions.READ);
    // Cockpit's 决策 page: the routing table and the decisions it made (category and urgency in, departments out)
    grant(StewardGroups.SUPERVISORS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(StewardGroups.SUPERVISORS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    // Designers deploy models (Camunda Modeler's 部署 calls engine-rest) and see the definitions, never a case: no grant
    // on instances, tasks or history, and no webapp
    grant(StewardGroups.DESIGNERS, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);
    grant(StewardGroups.DESIGNERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
    grant(StewardGroups.DESIGNERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    grant(StewardGroups.DESIGNERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    WITHDRAWN.forEach(this::withdraw);
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

  /**
   * What every staff group (officers, supervisors, office, leaders, departments) needs to work in Tasklist: the
   * application and the definitions (diagrams and forms). Tasks come with the engine's own grants to their holders.
   */
  private void grantStaff(String group) {
    grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
  }

  /** Takes the withdrawn permission away from its groups' grants on every resource of its type; idempotent. */
  private void withdraw(Withdrawal withdrawal) {
    List<Authorization> held = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(withdrawal.resource())
        .resourceId(ANY)
        .hasPermission(withdrawal.permission())
        .list();
    for (Authorization authorization : held) {
      if (authorization.getGroupId() != null && withdrawal.concerns(authorization.getGroupId())) {
        authorization.removePermission(withdrawal.permission());
        authorizations.saveAuthorization(authorization);
        log.info("Withdrew {} on every {} from group {} (granted by earlier versions of Steward)",
            withdrawal.permission().getName(), withdrawal.resource().resourceName(), authorization.getGroupId());
      }
    }
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

  /** A permission on every resource of a type, withdrawn from some groups ({@code dept-*}: every department). */
  private record Withdrawal(Resource resource, Permission permission, String... groups) {

    boolean concerns(String group) {
      for (String pattern : groups) {
        boolean prefix = pattern.endsWith("*");
        if (prefix ? group.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(group)) {
          return true;
        }
      }
      return false;
    }
  }
}
