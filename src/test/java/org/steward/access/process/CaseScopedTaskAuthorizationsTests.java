package org.steward.access.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
class CaseScopedTaskAuthorizationsTests {

  @Autowired
  TaskService taskService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  ReadEveryTaskGrants readEveryTaskGrants;

  @Test
  void aCandidateGroupReadsAndWorksOnItsTask_supervisorsWhoReadEveryTaskGetTheWorkOnly() {
    // given a task offered to the officers and to the supervisors
    Task task = taskService.newTask();
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), "officers");
    taskService.addCandidateGroup(task.getId(), "supervisors");

    // then
    Authorization officers = grantOn(task, "officers");
    assertThat(officers.isPermissionGranted(Permissions.READ)).isTrue();
    assertThat(officers.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    Authorization supervisors = grantOn(task, "supervisors");
    assertThat(supervisors.isPermissionGranted(Permissions.READ)).isFalse();
    assertThat(supervisors.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    taskService.deleteTask(task.getId(), true);
  }

  @Test
  void supervisorsReadOnTheirTasks_grantedByAnEarlierVersion_isTakenOut_twice() {
    // given a task offered to the supervisors by an earlier version: READ and TASK_WORK on it
    Task task = taskService.newTask();
    taskService.saveTask(task);
    Authorization earlier = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    earlier.setGroupId("supervisors");
    earlier.setResource(Resources.TASK);
    earlier.setResourceId(task.getId());
    earlier.addPermission(Permissions.READ);
    earlier.addPermission(TaskPermissions.TASK_WORK);
    authorizationService.saveAuthorization(earlier);

    // when
    readEveryTaskGrants.run(new DefaultApplicationArguments());
    readEveryTaskGrants.run(new DefaultApplicationArguments());

    // then the task's grant works, and the grant on every task still reads
    Authorization supervisors = grantOn(task, "supervisors");
    assertThat(supervisors.isPermissionGranted(Permissions.READ)).isFalse();
    assertThat(supervisors.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(Authorization.ANY).groupIdIn("supervisors").hasPermission(Permissions.READ).count()).isOne();
    taskService.deleteTask(task.getId(), true);
  }

  private Authorization grantOn(Task task, String group) {
    return authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId())
        .groupIdIn(group).singleResult();
  }
}
