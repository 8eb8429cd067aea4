package org.steward.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steward.deadline.Light;
import org.steward.deadline.Lights;
import org.steward.directory.Department;
import org.steward.directory.DepartmentCreated;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;

/**
 * Creates (or brings up to date) the shared Tasklist filters at start-up, and a department's own filter when a
 * department is registered. 我的待办 means the caller's own tasks for every role: assigned to them, or offered to them or
 * one of their groups; it uses the only two expressions Steward lets a stored query hold (CVE-2026-109432). Each
 * department gets a filter readable by its group only. Every filter shows the case number, the enterprise and the title
 * in the task list.
 */
@Component
@Order(40)
@RequiredArgsConstructor
class TasklistFilters implements ApplicationRunner {

  static final String MY_TASKS = "我的待办";
  static final String DEPARTMENT_TASKS = "本部门待办";
  static final String DUE_SOON = "即将到期";
  static final String OVERDUE = "已超期";
  static final String URGED = "已催办";
  static final String SUPERVISION = "督办事项";
  static final String JOINT_OFFICE = "联席办事项";

  private static final String CURRENT_USER = "${currentUser()}";
  /** Urged tasks' names start with 【已催办】 (supervision.process.CaseTasks). */
  private static final String URGED_NAMES = "【已催办】%";

  private static final List<Map<String, String>> CASE_COLUMNS = List.of(
      Map.of("name", "caseNumber", "label", "编号"),
      Map.of("name", "enterpriseName", "label", "企业"),
      Map.of("name", "title", "label", "事项"));

  private final FilterService filterService;
  private final AuthorizationService authorizationService;
  private final TaskService taskService;
  private final DirectoryManagement directory;

  @Override
  public void run(ApplicationArguments args) {
    ensure(MY_TASKS, "我可以办理的全部任务：本人办理的和所在组可认领的", -10, "#1f6feb", mine(), null);
    ensure(DUE_SOON, "黄灯：我可以办理的任务中临近办理时限的", 0, "#d4a017", mineAndLit(Light.YELLOW), null);
    ensure(OVERDUE, "红灯：我可以办理的任务中已超过办理时限、进入督办的", 1, "#c62828", mineAndLit(Light.RED), null);
    ensure(URGED, "被催办、尚未办结的事项（任务名称以【已催办】开头，催办内容见任务的历史记录）", 2, "#e65100",
        taskService.createTaskQuery().taskNameLike(URGED_NAMES).orderByDueDate().asc(), null);
    // the pool: a task someone has leaves it (SupervisorPoolPlugin)
    ensure(SUPERVISION, "督办负责人待认领的事项：延期审批，以及没有指定督办负责人的督办（交给本人的在“我的待办”）",
        3, "#6a1b9a",
        taskService.createTaskQuery().taskCandidateGroup(StewardGroups.SUPERVISORS).includeAssignedTasks()
            .orderByDueDate().asc(),
        StewardGroups.SUPERVISORS);
    ensure(JOINT_OFFICE, "联席会议办公室分析研判、会议纪要和周例会议程", 4, "#00695c",
        taskService.createTaskQuery().taskCandidateGroup(StewardGroups.JOINT_OFFICE).includeAssignedTasks()
            .orderByDueDate().asc(),
        StewardGroups.JOINT_OFFICE);
    directory.departments().forEach(this::ensureDepartment);
  }

  /**
   * The caller's own tasks ({@link #mine()}) whose subject shows {@code light}: the variable is on the instance when
   * the subject is the whole instance, on the task when several subjects share one ({@link Lights#VARIABLE}). Mine for
   * everyone, supervisors included (their oversight of every lit case is the ledger and the dashboard): every task
   * query joins the caller's grants to each task it looks at, so every lit task of the city was too many
   * (docs/benchmarks.md, issue 18).
   */
  private TaskQuery mineAndLit(Light light) {
    return mineOr(taskService.createTaskQuery())
        .or()
        .processVariableValueEquals(Lights.VARIABLE, light.name())
        .taskVariableValueEquals(Lights.VARIABLE, light.name())
        .endOr()
        .orderByDueDate().asc();
  }

  private TaskQuery mine() {
    return mineOr(taskService.createTaskQuery()).orderByDueDate().asc();
  }

  /** Assignee = me, or (unclaimed) candidate user = me or candidate group in my groups. */
  private TaskQuery mineOr(TaskQuery query) {
    return query
        .or()
        .taskAssigneeExpression(CURRENT_USER)
        .taskCandidateUserExpression(CURRENT_USER)
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .endOr();
  }

  @EventListener
  void on(DepartmentCreated event) {
    ensureDepartment(event.department());
  }

  private void ensureDepartment(Department department) {
    String group = StewardGroups.department(department.code());
    ensure(DEPARTMENT_TASKS + "（" + department.name() + "）", department.name() + "可签收和办理的交办事项", -5, "#2e7d32",
        taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().orderByDueDate().asc(), group);
  }

  /** Creates the filter or updates its query and properties; readable by everyone, or by one group. */
  private void ensure(String name, String description, int priority, String color, TaskQuery query,
      String readerGroup) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("refresh", true);
    properties.put("variables", CASE_COLUMNS);
    filter.setQuery(query).setProperties(properties);
    filterService.saveFilter(filter);
    grantRead(filter.getId(), readerGroup);
  }

  private void grantRead(String filterId, String group) {
    if (authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filterId)
        .count() > 0) {
      return;
    }
    Authorization read = authorizationService.createNewAuthorization(
        group == null ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
    if (group == null) {
      read.setUserId(Authorization.ANY);
    } else {
      read.setGroupId(group);
    }
    read.setResource(Resources.FILTER);
    read.setResourceId(filterId);
    read.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(read);
  }
}
