package org.steward.workflow;

import java.util.Map;

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
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the shared Tasklist filters at start-up, so that Tasklist lists tasks from the very first login. Filters hold
 * no expressions: Steward refuses expressions in stored queries (CVE-2026-109432), and Camunda's authorization already
 * limits a filter's tasks to those the user may see.
 */
@Component
@Order(40)
class TasklistFilters implements ApplicationRunner {

  static final String MY_TASKS = "我的待办";

  private final FilterService filterService;
  private final AuthorizationService authorizationService;
  private final TaskService taskService;

  TasklistFilters(FilterService filterService, AuthorizationService authorizationService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (filterService.createFilterQuery().filterName(MY_TASKS).count() > 0) {
      return;
    }
    TaskQuery visibleToMe = taskService.createTaskQuery();
    Filter filter = filterService.newTaskFilter(MY_TASKS)
        .setQuery(visibleToMe)
        .setProperties(Map.of(
            "description", "我可以办理的全部任务（本人办理或所在组可认领）",
            "priority", -10,
            "color", "#1f6feb",
            "refresh", true));
    filterService.saveFilter(filter);
    Authorization everyone = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everyone.setUserId(Authorization.ANY);
    everyone.setResource(Resources.FILTER);
    everyone.setResourceId(filter.getId());
    everyone.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(everyone);
  }
}
