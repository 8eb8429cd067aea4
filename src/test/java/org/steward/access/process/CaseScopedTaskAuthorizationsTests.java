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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
class CaseScopedTaskAuthorizationsTests {

  @Autowired
  TaskService taskService;
  @Autowired
  AuthorizationService authorizationService;

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

  private Authorization grantOn(Task task, String group) {
    return authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId())
        .groupIdIn(group).singleResult();
  }
}
