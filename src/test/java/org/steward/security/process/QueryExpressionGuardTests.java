package org.steward.security.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * CVE-2026-109432 at engine level: a task query's {@code orQueries} expressions are evaluated by the bare engine even
 * with expressions switched off; with the guard installed, no path evaluates them.
 */
class QueryExpressionGuardTests {

  private static final String REFUSAL = "表达式被拒绝 / expressions refused";
  /** Stands for any method an attacker would call; the probe counts the calls. */
  private static final String PROBE_EXPRESSION = "${probe.assignee()}";

  private final Probe probe = new Probe();
  private ProcessEngine engine;

  @AfterEach
  void closeEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void bareEngine_evaluatesOrQueryExpression_evenWithExpressionsSwitchedOff() {
    // given the engine as Camunda ships it, configured as Steward's application.yaml does
    engine = engine("bare", false);
    givenTaskAssignedTo("mallory");

    // when
    long count = engine.getTaskService().createTaskQuery()
        .or().taskAssigneeExpression(PROBE_EXPRESSION).taskId("none").endOr()
        .count();

    // then the flaw: the expression ran and selected mallory's task
    assertThat(probe.calls()).isEqualTo(1);
    assertThat(count).isEqualTo(1);
  }

  @Test
  void adhocExpression_isRefused() {
    engine = engine("adhoc", true);

    assertThatThrownBy(() -> engine.getTaskService().createTaskQuery().taskAssigneeExpression(PROBE_EXPRESSION).list())
        .isInstanceOf(BadUserRequestException.class).hasMessage(REFUSAL);
    assertThat(probe.calls()).isZero();
  }

  @Test
  void orQueryExpression_isRefusedAndNeverEvaluated() {
    engine = engine("or", true);
    givenTaskAssignedTo("mallory");
    TaskQuery query = engine.getTaskService().createTaskQuery()
        .or().taskAssigneeExpression(PROBE_EXPRESSION).taskId("none").endOr();

    assertThatThrownBy(query::list).isInstanceOf(BadUserRequestException.class).hasMessage(REFUSAL);
    assertThatThrownBy(query::count).isInstanceOf(BadUserRequestException.class);
    assertThatThrownBy(() -> query.listPage(0, 10)).isInstanceOf(BadUserRequestException.class);
    assertThat(probe.calls()).isZero();
  }

  @Test
  void queryWithoutExpressions_stillWorks() {
    engine = engine("plain", true);
    givenTaskAssignedTo("mallory");

    long count = engine.getTaskService().createTaskQuery()
        .or().taskAssignee("mallory").taskId("none").endOr()
        .count();

    assertThat(count).isEqualTo(1);
  }

  @Test
  void savingFilterWithOrQueryExpression_isRefused() {
    engine = engine("save", true);
    Filter filter = engine.getFilterService().newTaskFilter("evil")
        .setQuery(engine.getTaskService().createTaskQuery().or().taskAssigneeExpression(PROBE_EXPRESSION).endOr());

    assertThatThrownBy(() -> engine.getFilterService().saveFilter(filter))
        .isInstanceOf(BadUserRequestException.class).hasMessage(REFUSAL);
    assertThat(engine.getFilterService().createFilterQuery().count()).isZero();
  }

  @Test
  void storedFilterWithOrQueryExpression_fromBeforeTheGuard_isRefusedOnEveryExecution() {
    engine = engine("stored", true);
    givenTaskAssignedTo("mallory");
    String filterId = storeBypassingGuard(engine,
        engine.getTaskService().createTaskQuery().or().taskAssigneeExpression(PROBE_EXPRESSION).taskId("none").endOr());

    assertThatThrownBy(() -> engine.getFilterService().list(filterId)).isInstanceOf(BadUserRequestException.class);
    assertThatThrownBy(() -> engine.getFilterService().listPage(filterId, 0, 10))
        .isInstanceOf(BadUserRequestException.class);
    assertThatThrownBy(() -> engine.getFilterService().count(filterId)).isInstanceOf(BadUserRequestException.class);
    assertThatThrownBy(() -> engine.getFilterService().singleResult(filterId))
        .isInstanceOf(BadUserRequestException.class);
    assertThatThrownBy(() -> engine.getFilterService().list(filterId, engine.getTaskService().createTaskQuery()))
        .isInstanceOf(BadUserRequestException.class);
    assertThat(probe.calls()).isZero();
  }

  @Test
  void extendingQueryWithOrQueryExpression_isRefused() {
    engine = engine("extend", true);
    String filterId = storeBypassingGuard(engine, engine.getTaskService().createTaskQuery());
    TaskQuery extending = engine.getTaskService().createTaskQuery()
        .or().taskAssigneeExpression(PROBE_EXPRESSION).taskId("none").endOr();

    assertThatThrownBy(() -> engine.getFilterService().list(filterId, extending))
        .isInstanceOf(BadUserRequestException.class).hasMessage(REFUSAL);
    assertThat(engine.getFilterService().count(filterId)).isZero();
    assertThat(probe.calls()).isZero();
  }

  @Test
  void guard_switchesAdhocExpressionsOff_andLeavesStoredOnesToItsAllowList_whateverTheConfigurationSays() {
    engine = engine("flags", true);
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
    assertThat(configuration.isEnableExpressionsInStoredQueries()).isTrue();
  }

  @Test
  void storedFilterWithCurrentUserAndGroups_isSavedAndListsTheCallersTasks() {
    // given 我的待办's shape: assignee = me OR candidate user = me OR candidate group in my groups
    engine = engine("mine", true);
    givenTaskAssignedTo("mallory");
    String alices = givenTaskAssignedTo("alice");
    String queue = givenTaskForCandidateGroup("officers");
    Filter mine = engine.getFilterService().newTaskFilter("mine").setQuery(engine.getTaskService().createTaskQuery()
        .or().taskAssigneeExpression("${currentUser()}").taskCandidateUserExpression("${currentUser()}")
        .taskCandidateGroupInExpression("${currentUserGroups()}").endOr());

    // when
    engine.getFilterService().saveFilter(mine);
    engine.getIdentityService().setAuthentication("alice", List.of("officers"));
    List<Task> tasks = engine.getFilterService().list(mine.getId());

    // then
    assertThat(tasks).extracting(Task::getId).containsExactlyInAnyOrder(alices, queue);
  }

  @Test
  void storedFilterWithAnyOtherExpression_isRefused_evenOneThatStartsLikeAnAllowedOne() {
    engine = engine("others", true);
    for (String expression : List.of("${currentUser().concat('')}", "${currentUser() }", "#{currentUser()}",
        "${currentUserGroups()}${probe.assignee()}", PROBE_EXPRESSION)) {
      Filter filter = engine.getFilterService().newTaskFilter("other")
          .setQuery(engine.getTaskService().createTaskQuery().or().taskAssigneeExpression(expression).endOr());

      assertThatThrownBy(() -> engine.getFilterService().saveFilter(filter)).as(expression)
          .isInstanceOf(BadUserRequestException.class).hasMessage(REFUSAL);
      String stored = storeBypassingGuard(engine,
          engine.getTaskService().createTaskQuery().taskAssigneeExpression(expression));
      assertThatThrownBy(() -> engine.getFilterService().count(stored)).as(expression)
          .isInstanceOf(BadUserRequestException.class).hasMessage(REFUSAL);
    }
    assertThat(probe.calls()).isZero();
  }

  @Test
  void adhocQueryWithCurrentUser_isStillRefused() {
    engine = engine("adhoc-mine", true);

    assertThatThrownBy(() -> engine.getTaskService().createTaskQuery()
        .or().taskAssigneeExpression("${currentUser()}").endOr().list())
        .isInstanceOf(BadUserRequestException.class).hasMessage(REFUSAL);
    String filterId = storeBypassingGuard(engine, engine.getTaskService().createTaskQuery());
    assertThatThrownBy(() -> engine.getFilterService().list(filterId,
        engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}")))
        .isInstanceOf(BadUserRequestException.class).hasMessage(REFUSAL);
  }

  private ProcessEngine engine(String name, boolean guarded) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("query-guard-" + name)
        .setJdbcUrl("jdbc:h2:mem:query-guard-" + name + ";DB_CLOSE_DELAY=-1")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setBeans(Map.of("probe", probe));
    configuration.setEnableExpressionsInAdhocQueries(false);
    configuration.setEnableExpressionsInStoredQueries(false);
    if (guarded) {
      // and a configuration that tries to allow ad-hoc expressions, which the plugin must override
      configuration.setEnableExpressionsInAdhocQueries(true);
      configuration.getProcessEnginePlugins().add(new QueryExpressionGuardPlugin(REFUSAL));
    }
    return configuration.buildProcessEngine();
  }

  private String givenTaskAssignedTo(String userId) {
    Task task = engine.getTaskService().newTask();
    task.setAssignee(userId);
    engine.getTaskService().saveTask(task);
    return task.getId();
  }

  private String givenTaskForCandidateGroup(String groupId) {
    Task task = engine.getTaskService().newTask();
    engine.getTaskService().saveTask(task);
    engine.getTaskService().addCandidateGroup(task.getId(), groupId);
    return task.getId();
  }

  /** A filter as it may exist in a database written before the guard: inserted without SaveFilterCmd. */
  static String storeBypassingGuard(ProcessEngine engine, TaskQuery query) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      FilterEntity filter = new FilterEntity(org.camunda.bpm.engine.EntityTypes.TASK);
      filter.setName("legacy");
      filter.setQuery(query);
      context.getFilterManager().insertOrUpdateFilter(filter);
      return filter.getId();
    });
  }

  /** An expression target that records being called; returns the victim's user id. */
  public static final class Probe {
    private final AtomicInteger calls = new AtomicInteger();

    public String assignee() {
      calls.incrementAndGet();
      return "mallory";
    }

    int calls() {
      return calls.get();
    }
  }
}
