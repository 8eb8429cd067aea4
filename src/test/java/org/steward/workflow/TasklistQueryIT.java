package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.deadline.Light;
import org.steward.deadline.Lights;

/**
 * Tasklist's queries as {@link TasklistQueryPlugin} rewrites them on PostgreSQL keep exactly the rows Camunda's
 * statements mean:
 * <ul>
 * <li>with grants checked as a set ({@link GrantSetRewrite}), tasks and variables are what the caller's grants name:
 * a task grant to the user or to one of its groups, a definition grant ({@code READ_TASK} for tasks,
 * {@code READ_INSTANCE} for variables), an instance grant, a {@code '*'} grant; not a task whose grant lacks
 * {@code READ}, nor one of another definition;</li>
 * <li>with the caller's own tasks read by their ids first ({@link OwnTasksRewrite}), 我的待办 and 已超期
 * hold the tasks assigned to the caller and the unclaimed ones offered to it or its groups; not one claimed by another,
 * offered to another group, or linked to the caller otherwise;</li>
 * <li>with a group's tasks read by their ids first ({@link CandidateTasksRewrite}), a queue holds each task offered to
 * one of its groups once, claimed or not, and only the unclaimed ones when assigned tasks are left out.</li>
 * </ul>
 * Lists, counts, or-queries and saved filters, each checked against what the grants and links say, and each run in its
 * rewritten form.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistQueryIT {

  private static final String NAME = "授权探针";
  private static final String PROBE = "grant-probe";
  private static final String OTHER = "other-probe";
  private static final String VARIABLE = "grantProbe";
  private static final String OWN = "本人探针";

  @Autowired
  ProcessEngineConfigurationImpl configuration;
  @Autowired
  TaskService taskService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  IdentityService identityService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  FilterService filterService;

  private final StatementCapture statements = new StatementCapture();
  /** Task name → id. */
  private final Map<String, String> tasks = new HashMap<>();
  /** Own-task probe → id. */
  private final Map<String, String> own = new HashMap<>();
  /** Definition key → its instances' ids. */
  private final Map<String, List<String>> instances = new HashMap<>();

  @BeforeAll
  void tasksAndGrants() {
    configuration.getSqlSessionFactory().getConfiguration().addInterceptor(statements);
    for (String key : List.of(PROBE, OTHER)) {
      repositoryService.createDeployment().name(key)
          .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30)
              .startEvent().userTask().name(NAME + "-" + key).endEvent().done())
          .deploy();
    }
    for (String name : List.of("user", "group", "not-read", "none")) {
      Task task = taskService.newTask();
      task.setName(NAME + "-" + name);
      taskService.saveTask(task);
      tasks.put(name, task.getId());
    }
    for (String key : List.of(PROBE, PROBE, OTHER)) {
      instances.computeIfAbsent(key, k -> new ArrayList<>())
          .add(runtimeService.startProcessInstanceByKey(key, Map.of(VARIABLE, key)).getId());
    }
    taskService.setVariableLocal(tasks.get("user"), VARIABLE, "user");
    taskService.setVariableLocal(tasks.get("group"), VARIABLE, "group");
    taskService.createTaskQuery().taskName(NAME + "-" + PROBE).list()
        .forEach(task -> tasks.put(PROBE + "-" + tasks.size(), task.getId()));
    tasks.put(OTHER, taskService.createTaskQuery().taskName(NAME + "-" + OTHER).singleResult().getId());

    grant("u1", null, Resources.TASK, tasks.get("user"), Permissions.READ);
    grant(null, "g1", Resources.TASK, tasks.get("group"), Permissions.READ);
    grant("u1", null, Resources.TASK, tasks.get("not-read"), Permissions.UPDATE);
    grant(null, "g2", Resources.PROCESS_DEFINITION, PROBE, ProcessDefinitionPermissions.READ_TASK);
    grant("u3", null, Resources.TASK, "*", Permissions.READ);
    grant(null, "g3", Resources.PROCESS_DEFINITION, PROBE, ProcessDefinitionPermissions.READ_INSTANCE);
    grant("u7", null, Resources.PROCESS_INSTANCE, instances.get(OTHER).get(0), Permissions.READ);
  }

  /** Tasks linked to m1 (in group mg1) and m2 (in mg9, offered nothing) in every way, all readable by both. */
  @BeforeAll
  void ownTasks() {
    ownTask("assigned", "m1", null, null);
    ownTask("offeredToUser", null, "m1", null);
    ownTask("offeredToGroup", null, null, "mg1");
    ownTask("offeredAndMine", "m1", null, "mg1");
    ownTask("claimedByAnother", "m3", null, "mg1");
    ownTask("offeredToAnotherGroup", null, null, "mg2");
    ownTask("offeredToM2", null, "m2", null);
    String involved = ownTask("involved", null, null, null);
    taskService.addUserIdentityLink(involved, "m1", "participant");
    taskService.setVariableLocal(own.get("assigned"), Lights.VARIABLE, Light.RED.name());
    taskService.setVariableLocal(own.get("offeredToGroup"), Lights.VARIABLE, Light.RED.name());
    taskService.setVariableLocal(own.get("claimedByAnother"), Lights.VARIABLE, Light.RED.name());
    grant("m1", null, Resources.TASK, "*", Permissions.READ);
    grant("m2", null, Resources.TASK, "*", Permissions.READ);
    // a team's queue: offered to both teams (two links), claimed in the team, offered to the team's member alone
    taskService.addCandidateGroup(ownTask("offeredToTeams", null, null, "team1"), "team2");
    ownTask("claimedInTeam", "m4", null, "team1");
    ownTask("offeredToTeamMember", null, "m5", null);
  }

  @Test
  void myTasks_areTheAssignedAndTheUnclaimedOffered_inFiltersListsCountsAndLightFilters() {
    statements.seen.clear();
    Filter myTasks = filterService.createFilterQuery().filterName(TasklistFilters.MY_TASKS).singleResult();
    Filter overdue = filterService.createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult();
    Map<String, Set<String>> expected = Map.of(
        "m1 in mg1", ownIds("assigned", "offeredToUser", "offeredToGroup", "offeredAndMine"),
        "m2 in mg9", ownIds("offeredToM2"),
        "m1", ownIds("assigned", "offeredToUser", "offeredAndMine")); // in no group yet
    Map<String, Set<String>> red = Map.of("m1 in mg1", ownIds("assigned", "offeredToGroup"), "m2 in mg9", Set.of(),
        "m1", ownIds("assigned"));
    asEachCaller(expected, (caller, ids) -> {
      TaskQuery named = taskService.createTaskQuery().taskNameLike(OWN + "%");
      assertThat(ids(filterService.list(myTasks.getId(), named))).as(caller).isEqualTo(ids);
      assertThat(filterService.count(myTasks.getId(), named)).as(caller).isEqualTo(ids.size());
      assertThat(ids(filterService.listPage(overdue.getId(), named, 0, 50))).as(caller).isEqualTo(red.get(caller));
      assertThat(filterService.count(overdue.getId(), named)).as(caller).isEqualTo(red.get(caller).size());
    });
    statements.capturing = true;
    try {
      TaskQuery m1Unauthenticated = taskService.createTaskQuery().taskNameLike(OWN + "%")
          .or().taskAssignee("m1").taskCandidateUser("m1").taskCandidateGroupIn(List.of("mg1")).endOr();
      assertThat(ids(m1Unauthenticated.list())).isEqualTo(expected.get("m1 in mg1"));
    } finally {
      statements.capturing = false;
    }
    assertThat(statements.seen).filteredOn(sql -> sql.contains("ACT_RU_TASK RES"))
        .as("every query of my tasks read their ids first, and checked the or on the task without its links")
        .allSatisfy(sql -> assertThat(sql).contains("RES.ID_ = any(array(select T.ID_ from ACT_RU_TASK T where")
            .contains(" union select L.TASK_ID_ from ACT_RU_IDENTITYLINK L where L.TYPE_ = 'candidate' and L.")
            .contains("(RES.ASSIGNEE_ = ? or RES.ASSIGNEE_ is null)").doesNotContain("ACT_RU_IDENTITYLINK I ")
            .doesNotContainPattern("(?i)select\\s+distinct"))
        .hasSizeGreaterThanOrEqualTo(expected.size() * 4 + 1);
  }

  @Test
  void aTeamsQueue_holdsEachTaskOfferedToTheTeamOnce_claimedOrNot() {
    statements.seen.clear();
    Filter teams = filterService.newTaskFilter("团队待办探针").setQuery(taskService.createTaskQuery()
        .taskCandidateGroupIn(List.of("team1", "team2")).includeAssignedTasks().taskNameLike(OWN + "%"));
    filterService.saveFilter(teams);
    everyoneReads(teams);
    Set<String> queue = ownIds("offeredToTeams", "claimedInTeam");

    asEachCaller(Map.of("m1 in mg1", queue, "m2 in mg9", queue), (caller, ids) -> {
      assertThat(ids(filterService.list(teams.getId()))).as(caller).isEqualTo(ids);
      assertThat(filterService.count(teams.getId())).as(caller).isEqualTo(ids.size());
      assertThat(ids(taskService.createTaskQuery().taskCandidateGroup("team1").taskNameLike(OWN + "%")
          .listPage(0, 10))).as(caller).isEqualTo(ownIds("offeredToTeams"));
      TaskQuery offeredToM5 = taskService.createTaskQuery().taskCandidateUser("m5").includeAssignedTasks();
      assertThat(ids(offeredToM5.list())).as(caller).isEqualTo(ownIds("offeredToTeamMember"));
      assertThat(offeredToM5.count()).as(caller).isOne();
    });
    assertThat(statements.seen).as("every team's queue read the ids of the linked tasks, without links or distinct")
        .allSatisfy(sql -> assertThat(sql).contains("RES.ID_ = any(array(select L.TASK_ID_ from ACT_RU_IDENTITYLINK L")
            .doesNotContain("ACT_RU_IDENTITYLINK I ").doesNotContainPattern("(?i)select\\s+distinct"))
        .hasSizeGreaterThanOrEqualTo(2 * 5);
  }

  @Test
  void eachCaller_seesTheTasksItsGrantsName_inListsCountsOrQueriesAndFilters() {
    statements.seen.clear();
    Set<String> probes = tasks.keySet().stream().filter(name -> name.startsWith(PROBE + "-"))
        .map(tasks::get).collect(Collectors.toSet());
    assertThat(probes).hasSize(2);
    Filter filter = filterService.newTaskFilter("授权探针全部")
        .setQuery(taskService.createTaskQuery().taskNameLike(NAME + "%"));
    filterService.saveFilter(filter);
    everyoneReads(filter);

    Map<String, Set<String>> expected = Map.of(
        "u1", Set.of(tasks.get("user")),
        "u1 in g1", Set.of(tasks.get("user"), tasks.get("group")),
        "u2 in g2", probes,
        "u5 in g1 g2", union(probes, Set.of(tasks.get("group"))),
        "u3", Set.copyOf(tasks.values()),
        "u4", Set.of());
    asEachCaller(expected, (caller, ids) -> {
      assertThat(ids(taskService.createTaskQuery().taskNameLike(NAME + "%").list())).as(caller).isEqualTo(ids);
      assertThat(taskService.createTaskQuery().taskNameLike(NAME + "%").count()).as(caller).isEqualTo(ids.size());
      TaskQuery orQuery = taskService.createTaskQuery().or().taskNameLike(NAME + "%").taskAssignee("nobody").endOr();
      assertThat(ids(orQuery.orderByTaskName().asc().listPage(0, 50))).as(caller).isEqualTo(ids);
      assertThat(ids(filterService.list(filter.getId()))).as(caller).isEqualTo(ids);
      assertThat(filterService.count(filter.getId())).as(caller).isEqualTo(ids.size());
    });
    assertRewritten(expected.size() * 5);
  }

  @Test
  void eachCaller_readsTheVariablesItsGrantsName_ofTasksInstancesAndDefinitions() {
    statements.seen.clear();
    Set<String> probeInstances = Set.copyOf(instances.get(PROBE));
    Map<String, Set<String>> expected = Map.of(
        "u1", Set.of(tasks.get("user")),
        "u1 in g1", Set.of(tasks.get("user"), tasks.get("group")),
        "u2 in g2", Set.of(),
        "u6 in g3", probeInstances,
        "u7", Set.copyOf(instances.get(OTHER)),
        "u3", union(union(probeInstances, Set.copyOf(instances.get(OTHER))),
            Set.of(tasks.get("user"), tasks.get("group"))),
        "u4", Set.of());
    asEachCaller(expected, (caller, scopes) -> {
      List<VariableInstance> variables = runtimeService.createVariableInstanceQuery().variableName(VARIABLE).list();
      assertThat(variables).as(caller)
          .extracting(v -> v.getTaskId() != null ? v.getTaskId() : v.getProcessInstanceId())
          .containsExactlyInAnyOrderElementsOf(scopes);
      assertThat(runtimeService.createVariableInstanceQuery().variableName(VARIABLE).count()).as(caller)
          .isEqualTo(scopes.size());
    });
    assertThat(statements.seen).as("every variable query probed the grants row by row")
        .allSatisfy(sql -> assertThat(sql).contains(" G where G.RESOURCE_ID_ in (")
            .doesNotContain("AUTH.RESOURCE_ID_ IN"))
        .hasSizeGreaterThanOrEqualTo(expected.size() * 2);
  }

  /** Every authorized statement captured ran with the grants as a set. */
  private void assertRewritten(int atLeast) {
    assertThat(statements.seen).as("every authorized query ran with the grants as a set")
        .allSatisfy(sql -> assertThat(sql)
            .contains("with " + GrantSetRewrite.GRANTS + " as (SELECT A.RESOURCE_ID_ FROM")
            .doesNotContain("AUTH.RESOURCE_ID_ IN"))
        .anySatisfy(sql -> assertThat(sql).contains(" union all SELECT A.RESOURCE_ID_ FROM"))
        .hasSizeGreaterThanOrEqualTo(atLeast);
  }

  /** Runs {@code check} as each caller ("u1", or "u1 in g1 g2": the user and its groups), capturing its statements. */
  private void asEachCaller(Map<String, Set<String>> expected, BiConsumer<String, Set<String>> check) {
    expected.forEach((caller, ids) -> {
      List<String> words = List.of(caller.split(" "));
      identityService.setAuthentication(words.get(0), words.size() > 2 ? words.subList(2, words.size()) : List.of());
      statements.capturing = true;
      try {
        check.accept(caller, ids);
      } finally {
        statements.capturing = false;
        identityService.clearAuthentication();
      }
    });
  }

  private String ownTask(String probe, String assignee, String candidateUser, String candidateGroup) {
    Task task = taskService.newTask();
    task.setName(OWN + "-" + probe);
    task.setAssignee(assignee);
    taskService.saveTask(task);
    if (candidateUser != null) {
      taskService.addCandidateUser(task.getId(), candidateUser);
    }
    if (candidateGroup != null) {
      taskService.addCandidateGroup(task.getId(), candidateGroup);
    }
    own.put(probe, task.getId());
    return task.getId();
  }

  private Set<String> ownIds(String... probes) {
    return Stream.of(probes).map(own::get).collect(Collectors.toSet());
  }

  private void everyoneReads(Filter filter) {
    Authorization everyone = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everyone.setUserId(Authorization.ANY);
    everyone.setResource(Resources.FILTER);
    everyone.setResourceId(filter.getId());
    everyone.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(everyone);
  }

  private void grant(String user, String group, Resource resource, String resourceId, Permission permission) {
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setUserId(user);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizationService.saveAuthorization(authorization);
  }

  private static Set<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).collect(Collectors.toSet());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  /** The task and variable statements as PostgreSQL receives them, while a caller is authenticated. */
  @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
  static class StatementCapture implements Interceptor {

    final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    volatile boolean capturing;

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      String sql = ((StatementHandler) invocation.getTarget()).getBoundSql().getSql();
      if (capturing && (sql.contains("ACT_RU_TASK RES") || sql.contains("ACT_RU_VARIABLE RES"))) {
        seen.add(sql);
      }
      return invocation.proceed();
    }
  }
}
