package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.steward.directory.Departments;

@SpringBootTest(properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
class TasklistFiltersTests {

  @Autowired
  TasklistFilters filters;
  @Autowired
  FilterService filterService;
  @Autowired
  IdentityService identityService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  Departments departments;

  @AfterEach
  void clearIdentity() {
    identityService.clearAuthentication();
  }

  @Test
  void startUp_createsTheSharedFiltersOnce_evenWhenRunAgain() {
    filters.run(new DefaultApplicationArguments());

    for (String name : List.of("我的待办", "即将到期", "已超期", "已催办", "督办事项", "联席办事项", "本部门待办（住房和城乡建设局）")) {
      assertThat(filterService.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
    }
    Filter mine = filterService.createFilterQuery().filterName("我的待办").singleResult();
    assertThat(mine.getProperties()).containsKey("variables");
  }

  @Test
  void departmentStaff_seeTheirOwnDepartmentsFilter_notOthersNorSupervision() {
    identityService.setAuthentication("housing01", List.of("dept-housing"));

    List<String> visible = filterService.createFilterQuery().list().stream().map(Filter::getName).toList();

    assertThat(visible).contains("我的待办", "即将到期", "已超期", "本部门待办（住房和城乡建设局）")
        .doesNotContain("本部门待办（教育局）", "督办事项", "联席办事项");
  }

  @Test
  void myTasks_ofASupervisorWhoReadsEveryTask_listOnlyHisOwnAndHisGroupsQueue() {
    // given a supervisor, who may read every task, and tasks of his, his group's, another's and another group's
    String his = newTask("chenjianguo", null);
    String queue = newTask(null, "supervisors");
    String others = newTask("zhangwei", null);
    String otherQueue = newTask(null, "officers");
    identityService.setAuthentication("chenjianguo", List.of("supervisors"));

    // when
    List<Task> mine = filterService.list(filterId("我的待办"));

    // then
    assertThat(mine).extracting(Task::getId).contains(his, queue).doesNotContain(others, otherQueue);
    identityService.clearAuthentication();
    List.of(his, queue, others, otherQueue).forEach(id -> taskService.deleteTask(id, true));
  }

  @Test
  void myFilters_ofAUserInNoGroupYet_listItsOwnTasks_notAnError() {
    // given a user an administrator has created and not yet put in a group, with a task of its own and a group's task
    String own = newTask("newcomer", null);
    String queue = newTask(null, "officers");
    identityService.setAuthentication("newcomer", List.of());

    // when it opens its filters
    List<Task> mine = filterService.list(filterId("我的待办"));
    long overdue = filterService.count(filterId("已超期"));

    // then
    assertThat(mine).extracting(Task::getId).contains(own).doesNotContain(queue);
    assertThat(overdue).isZero();
    identityService.clearAuthentication();
    List.of(own, queue).forEach(id -> taskService.deleteTask(id, true));
  }

  @Test
  void yellowAndRedFilters_listTheCallersOwnTasksByTheProcesssLight() {
    // given a yellow and a red case, whose tasks are offered to the administrators (calendar-check)
    String yellow = runtimeService.startProcessInstanceByKey("calendar-check", Map.of("light", "YELLOW")).getId();
    String red = runtimeService.startProcessInstanceByKey("calendar-check", Map.of("light", "RED")).getId();

    // when an administrator asks
    identityService.setAuthentication("someadmin", List.of(CalendarCheckProcess.ADMINISTRATORS));
    List<Task> dueSoon = filterService.list(filterId("即将到期"));
    List<Task> overdue = filterService.list(filterId("已超期"));

    // then
    assertThat(dueSoon).extracting(Task::getProcessInstanceId).contains(yellow).doesNotContain(red);
    assertThat(overdue).extracting(Task::getProcessInstanceId).contains(red).doesNotContain(yellow);
  }

  @Test
  void yellowAndRedFilters_leaveOutLitTasksOfOthers_evenForASupervisorWhoReadsEveryTask() {
    // given a red case whose task is offered to the administrators
    String red = runtimeService.startProcessInstanceByKey("calendar-check", Map.of("light", "RED")).getId();

    // when a supervisor asks
    identityService.setAuthentication("chenjianguo", List.of("supervisors"));
    List<Task> overdue = filterService.list(filterId("已超期"));

    // then the ledger and the dashboard show him every red case, not his Tasklist
    assertThat(overdue).extracting(Task::getProcessInstanceId).doesNotContain(red);
  }

  @Test
  void newDepartment_getsItsFilterAtOnce() {
    departments.createDepartment("market" + System.nanoTime() % 100000, "市场监督管理局" + System.nanoTime() % 100000);

    assertThat(filterService.createFilterQuery().filterNameLike("本部门待办（市场监督管理局%").count()).isEqualTo(1);
  }

  private String newTask(String assignee, String candidateGroup) {
    Task task = taskService.newTask();
    task.setAssignee(assignee);
    taskService.saveTask(task);
    if (candidateGroup != null) {
      taskService.addCandidateGroup(task.getId(), candidateGroup);
    }
    return task.getId();
  }

  private String filterId(String name) {
    return filterService.createFilterQuery().filterName(name).singleResult().getId();
  }
}
