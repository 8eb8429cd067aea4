package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
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
class TaskHolderGrantsTests {

  @Autowired
  TaskHolderGrants grants;
  @Autowired
  AuthorizationService authorizations;
  @Autowired
  TaskService taskService;

  @Test
  void newTask_givesItsAssigneeTaskWork_notUpdate() {
    Task task = newTask();
    taskService.setAssignee(task.getId(), "zhangwei");

    Authorization assignee = grantOf("zhangwei", task.getId());

    assertThat(assignee.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    assertThat(assignee.isPermissionGranted(TaskPermissions.UPDATE)).isFalse();
    taskService.deleteTask(task.getId(), true);
  }

  @Test
  void holdersGrantOfAnEarlierVersion_becomesTaskWork_anAdministratorsGrantStays_twice() {
    // given a task holder's grant as the engine made it before TASK_WORK, and an administrator's grant of another shape
    Task task = newTask();
    grant("liuyang", task.getId(), TaskPermissions.READ, TaskPermissions.UPDATE);
    grant("wangjing", task.getId(), TaskPermissions.READ, TaskPermissions.UPDATE, TaskPermissions.DELETE);

    // when Steward starts, twice
    grants.run(new DefaultApplicationArguments());
    grants.run(new DefaultApplicationArguments());

    // then
    Authorization holder = grantOf("liuyang", task.getId());
    assertThat(holder.isPermissionGranted(TaskPermissions.READ)).isTrue();
    assertThat(holder.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    assertThat(holder.isPermissionGranted(TaskPermissions.UPDATE)).isFalse();
    Authorization administrators = grantOf("wangjing", task.getId());
    assertThat(administrators.isPermissionGranted(TaskPermissions.UPDATE)).isTrue();
    assertThat(administrators.isPermissionGranted(TaskPermissions.TASK_WORK)).isFalse();
    taskService.deleteTask(task.getId(), true);
  }

  @Test
  void supervisorsReadOnTheirTasks_grantedByAnEarlierVersion_isTakenOut_twice() {
    // given a task offered to the supervisors by an earlier version: READ and TASK_WORK on it
    Task task = newTask();
    Authorization earlier = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    earlier.setGroupId("supervisors");
    earlier.setResource(Resources.TASK);
    earlier.setResourceId(task.getId());
    earlier.addPermission(TaskPermissions.READ);
    earlier.addPermission(TaskPermissions.TASK_WORK);
    authorizations.saveAuthorization(earlier);

    // when Steward starts, twice
    grants.run(new DefaultApplicationArguments());
    grants.run(new DefaultApplicationArguments());

    // then the task's grant works, and the group's grant on every task still reads
    Authorization supervisors = authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(task.getId()).groupIdIn("supervisors").singleResult();
    assertThat(supervisors.isPermissionGranted(TaskPermissions.READ)).isFalse();
    assertThat(supervisors.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(Authorization.ANY)
        .groupIdIn("supervisors").hasPermission(TaskPermissions.READ).count()).isOne();
    taskService.deleteTask(task.getId(), true);
  }

  private Task newTask() {
    Task task = taskService.newTask();
    taskService.saveTask(task);
    return task;
  }

  private void grant(String userId, String taskId, Permission... permissions) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(userId);
    grant.setResource(Resources.TASK);
    grant.setResourceId(taskId);
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }

  private Authorization grantOf(String userId, String taskId) {
    return authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.TASK).resourceId(taskId)
        .singleResult();
  }
}
