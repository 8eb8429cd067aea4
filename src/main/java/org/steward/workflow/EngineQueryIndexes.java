package org.steward.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.steward.deadline.Lights;

/**
 * Partial indexes on engine tables for Tasklist's filters and the job acquisition, on PostgreSQL, created once after
 * the engine built its schema (docs/benchmarks.md, issue 18: a city's 100,000 open and 1,000,000 closed cases):
 * <ul>
 * <li>{@code ACT_RU_AUTHORIZATION} by user and by group, of every grant except the per-case history grants (resource
 * type 20, about ten rows per case, open or closed). Every authorized task query joins the caller's task and process
 * definition grants, {@code USER_ID_ in (me, '*') or GROUP_ID_ in (my groups)}; Camunda's own indexes lead with
 * {@code TYPE_} or hold the history grants too, so PostgreSQL read the whole table for it. The indexes hold what that
 * check reads (type, resource type, permissions, resource), so that {@link GrantSetRewrite}'s reading of the user's
 * and the groups' grants apart is answered from them alone (docs/benchmarks.md fix 29).</li>
 * <li>{@code ACT_RU_IDENTITYLINK}'s candidate links by user and by group with their task, and {@code ACT_RU_TASK} by
 * assignee with its id: the ids of the caller's own tasks ({@link OwnTasksRewrite}) are then read from indexes alone
 * (fix 30). Camunda's indexes by user, group and assignee point to the rows, one row read per task.</li>
 * <li>{@code ACT_RU_VARIABLE} by value, of the {@value Lights#VARIABLE} variables only, with the task and the instance
 * they belong to: 即将到期 and 已超期 look for the tasks whose case or task variable {@code light} is yellow or red;
 * Camunda's index by name and type reads every light of every open case, and without the task and the instance in the
 * index each yellow light of the city was read from the table (fix 21). And by the task and by the instance, with
 * the value: since a caller's own tasks are read by their ids first (fix 23), 即将到期 and 已超期 ask each of the
 * caller's tasks whether it or its case has that light, and these answer it from the index alone (fix 32).</li>
 * <li>{@code ACT_RU_JOB} by process instance, of the exclusive jobs a node holds locked only: every job acquisition
 * leaves out the jobs of instances that already have a locked exclusive job, and PostgreSQL answered that by reading
 * every job (12–16 ms an acquisition with 100,000 timers due, two thirds of the database's time in their drain; 0.1 ms
 * with the index, which holds only the few jobs being run).</li>
 * </ul>
 * The indexes these replace are dropped: the light index of fix 3, without the task and the instance, and the grant
 * indexes of fix 2, without what the check reads.
 * Built without {@code concurrently}: on existing large tables the first start after the upgrade holds their writes
 * for the seconds a build takes. H2 (tests, the embedded default) has no partial indexes and no such volumes.
 */
@Component
class EngineQueryIndexes extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(EngineQueryIndexes.class);
  /** {@code Resources.HISTORIC_PROCESS_INSTANCE}. */
  static final int HISTORIC_PROCESS_INSTANCE = 20;
  /** What a grant check reads of a grant besides its user or group and its type. */
  private static final String GRANT_COLUMNS = "include (RESOURCE_TYPE_, PERMS_, RESOURCE_ID_)";

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    if (!"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    List<String> indexes = List.of(
        "STEWARD_IDX_AUTH_USER_GRANTS on %sACT_RU_AUTHORIZATION (USER_ID_, TYPE_) %s where RESOURCE_TYPE_ <> %d"
            .formatted(prefix, GRANT_COLUMNS, HISTORIC_PROCESS_INSTANCE),
        "STEWARD_IDX_AUTH_GROUP_GRANTS on %sACT_RU_AUTHORIZATION (GROUP_ID_, TYPE_) %s where RESOURCE_TYPE_ <> %d"
            .formatted(prefix, GRANT_COLUMNS, HISTORIC_PROCESS_INSTANCE),
        "STEWARD_IDX_LINK_USER_TASKS on %sACT_RU_IDENTITYLINK (USER_ID_) include (TASK_ID_) where TYPE_ = 'candidate'"
            .formatted(prefix),
        "STEWARD_IDX_LINK_GROUP_TASKS on %sACT_RU_IDENTITYLINK (GROUP_ID_) include (TASK_ID_) where TYPE_ = 'candidate'"
            .formatted(prefix),
        "STEWARD_IDX_TASK_ASSIGNEE_IDS on %sACT_RU_TASK (ASSIGNEE_) include (ID_)".formatted(prefix),
        "STEWARD_IDX_LIGHT_SUBJECTS on %sACT_RU_VARIABLE (TEXT_) include (TYPE_, TASK_ID_, PROC_INST_ID_)"
            .formatted(prefix) + " where NAME_ = '%s'".formatted(Lights.VARIABLE),
        "STEWARD_IDX_LIGHT_OF_TASK on %sACT_RU_VARIABLE (TASK_ID_) include (TEXT_, TYPE_)".formatted(prefix)
            + " where NAME_ = '%s' and TASK_ID_ is not null".formatted(Lights.VARIABLE),
        "STEWARD_IDX_LIGHT_OF_CASE on %sACT_RU_VARIABLE (PROC_INST_ID_) include (TEXT_, TYPE_)".formatted(prefix)
            + " where NAME_ = '%s' and TASK_ID_ is null".formatted(Lights.VARIABLE),
        "STEWARD_IDX_JOB_LOCKED on %sACT_RU_JOB (PROCESS_INSTANCE_ID_) where LOCK_OWNER_ is not null and EXCLUSIVE_"
            .formatted(prefix));
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String index : indexes) {
        statement.execute("create index if not exists " + index);
      }
      for (String replaced : List.of("STEWARD_IDX_VARIABLE_LIGHT", "STEWARD_IDX_AUTH_RUNTIME_USER",
          "STEWARD_IDX_AUTH_RUNTIME_GROUP")) {
        statement.execute("drop index if exists " + replaced);
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      log.warn("Could not create the engine query indexes: {}", e.getMessage());
    }
  }
}
