package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class SupervisorPoolUpgradeTests {

  @Autowired
  SupervisorPoolUpgrade upgrade;
  @Autowired
  TaskService taskService;

  @Test
  void assignedTasksLeftInTheSupervisorsPoolByAnEarlierVersion_leaveIt_unassignedOnesStay_twice() {
    // given two tasks offered to the supervisors as an earlier version left them, one of them assigned
    Task assigned = offeredToSupervisors("chenjianguo");
    Task pooled = offeredToSupervisors(null);
    Task otherGroup = taskService.newTask();
    taskService.saveTask(otherGroup);
    taskService.addCandidateGroup(otherGroup.getId(), "dept-power");
    taskService.setAssignee(otherGroup.getId(), "c06staff");

    // when Steward starts, twice
    upgrade.run(new DefaultApplicationArguments());
    upgrade.run(new DefaultApplicationArguments());

    // then
    assertThat(groups(assigned)).isEmpty();
    assertThat(groups(pooled)).containsExactly("supervisors");
    assertThat(groups(otherGroup)).containsExactly("dept-power");
    List.of(assigned, pooled, otherGroup).forEach(task -> taskService.deleteTask(task.getId(), true));
  }

  private Task offeredToSupervisors(String assignee) {
    Task task = taskService.newTask();
    task.setAssignee(assignee);
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), "supervisors");
    return task;
  }

  private List<String> groups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(group -> group != null).toList();
  }
}
