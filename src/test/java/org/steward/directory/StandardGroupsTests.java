package org.steward.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The standard groups' grants: least privilege, and the broad grants of earlier versions withdrawn from old databases.
 */
@SpringBootTest(properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
class StandardGroupsTests {

  private static final String ANY = Authorization.ANY;

  @Autowired
  StandardGroups groups;
  @Autowired
  AuthorizationService authorizations;

  @Test
  void databaseSeededByAnEarlierVersion_losesExactlyTheBroadGrants_andKeepsWhatAnAdministratorAdded() {
    // given the grants earlier versions made, and grants an administrator added beside them
    grant("officers", Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.CREATE_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY);
    grant("officers", Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
    grant("supervisors", Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant("dept-power", Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_HISTORY);
    grant("leaders", Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_HISTORY);
    grant("officers", Resources.PROCESS_DEFINITION, "calendar-check", ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant("officers", Resources.DEPLOYMENT, ANY, Permissions.READ);

    // when Steward starts, twice
    groups.run(new DefaultApplicationArguments());
    groups.run(new DefaultApplicationArguments());

    // then the broad grants are gone, what staff need and what the administrator added stay
    assertThat(granted("officers", Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.CREATE_INSTANCE))
        .isFalse();
    assertThat(granted("officers", Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_HISTORY))
        .isFalse();
    assertThat(granted("officers", Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE)).isFalse();
    assertThat(granted("supervisors", Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.CREATE_INSTANCE))
        .isFalse();
    assertThat(granted("dept-power", Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_HISTORY))
        .isFalse();
    assertThat(granted("leaders", Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_HISTORY))
        .isFalse();
    assertThat(granted("officers", Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ)).isTrue();
    assertThat(granted("dept-power", Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ)).isTrue();
    assertThat(granted("supervisors", Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_HISTORY))
        .isTrue();
    assertThat(granted("joint-office", Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_HISTORY))
        .isTrue();
    assertThat(granted("officers", Resources.PROCESS_DEFINITION, "calendar-check",
        ProcessDefinitionPermissions.CREATE_INSTANCE)).isTrue();
    assertThat(granted("officers", Resources.DEPLOYMENT, ANY, Permissions.READ)).isTrue();
    authorizations.deleteAuthorization(find("officers", Resources.PROCESS_DEFINITION, "calendar-check").getId());
    authorizations.deleteAuthorization(find("officers", Resources.DEPLOYMENT, ANY).getId());
  }

  @Test
  void newDepartment_getsTasklistAndDefinitions_butNoHistoryOfEveryCase() {
    Department department = new Department("grants" + System.nanoTime() % 100000, "授权测试局");
    groups.ensureDepartmentGroup(department);
    String group = department.groupId();

    assertThat(granted(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS)).isTrue();
    assertThat(granted(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ)).isTrue();
    assertThat(granted(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_HISTORY)).isFalse();
    assertThat(granted(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.CREATE_INSTANCE))
        .isFalse();
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = find(group, resource, resourceId);
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  private boolean granted(String group, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = find(group, resource, resourceId);
    return authorization != null && authorization.isPermissionGranted(permission);
  }

  private Authorization find(String group, Resource resource, String resourceId) {
    List<Authorization> found = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).list();
    return found.isEmpty() ? null : found.get(0);
  }
}
