package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.steward.EmbeddedPostgresConfiguration;

/**
 * The engine query indexes exist on PostgreSQL once the engine is up: the grants' with what a grant check reads, the
 * candidate links' with their task, the assignees' with the task's id, the light's with its task and instance, the
 * locked exclusive jobs'.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class EngineQueryIndexesIT {

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theIndexesExist_partialWhereTheyServeOneKindOfRow_withWhatTheirReadersRead() {
    Map<String, String> indexes = jdbc.queryForList("select indexname, indexdef from pg_indexes where indexname like"
        + " 'steward_idx_%'").stream()
        .collect(Collectors.toMap(row -> (String) row.get("indexname"), row -> (String) row.get("indexdef")));

    assertThat(indexes).containsOnlyKeys("steward_idx_auth_user_grants", "steward_idx_auth_group_grants",
        "steward_idx_link_user_tasks", "steward_idx_link_group_tasks", "steward_idx_task_assignee_ids",
        "steward_idx_light_subjects", "steward_idx_job_locked");
    assertThat(indexes.get("steward_idx_auth_group_grants")).contains("(group_id_, type_)",
        "INCLUDE (resource_type_, perms_, resource_id_)", "WHERE (resource_type_ <> 20)");
    assertThat(indexes.get("steward_idx_link_group_tasks"))
        .contains("(group_id_) INCLUDE (task_id_)", "WHERE ((type_)::text = 'candidate'::text)");
    assertThat(indexes.get("steward_idx_light_subjects"))
        .contains("(text_) INCLUDE (type_, task_id_, proc_inst_id_)", "WHERE ((name_)::text = 'light'::text)");
    assertThat(indexes.get("steward_idx_job_locked"))
        .contains("(process_instance_id_)", "WHERE ((lock_owner_ IS NOT NULL) AND exclusive_)");
  }

  @Test
  void theCallersGrants_andTheIdsOfItsTasks_areReadFromIndexesAlone() {
    // the halves GrantSetRewrite and OwnTasksRewrite write; the tables of a test are too small for the planner to
    // prefer an index by itself
    Map<String, String> reads = Map.of(
        "select A.RESOURCE_ID_ from ACT_RU_AUTHORIZATION A where A.TYPE_ < 2 and A.USER_ID_ in ('u1', '*')"
            + " and (A.RESOURCE_TYPE_ = 7 and A.PERMS_ & 2 = 2)", "steward_idx_auth_user_grants",
        "select A.RESOURCE_ID_ from ACT_RU_AUTHORIZATION A where A.TYPE_ < 2 and A.GROUP_ID_ in ('g1')"
            + " and (A.RESOURCE_TYPE_ = 6 and A.PERMS_ & 64 = 64)", "steward_idx_auth_group_grants",
        "select L.TASK_ID_ from ACT_RU_IDENTITYLINK L where L.TYPE_ = 'candidate' and L.USER_ID_ = 'u1'",
        "steward_idx_link_user_tasks",
        "select L.TASK_ID_ from ACT_RU_IDENTITYLINK L where L.TYPE_ = 'candidate' and L.GROUP_ID_ in ('g1')",
        "steward_idx_link_group_tasks",
        "select T.ID_ from ACT_RU_TASK T where T.ASSIGNEE_ = 'u1'", "steward_idx_task_assignee_ids");
    jdbc.execute("vacuum analyze ACT_RU_AUTHORIZATION, ACT_RU_IDENTITYLINK, ACT_RU_TASK");
    jdbc.execute((ConnectionCallback<Void>) connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("set enable_seqscan = off");
        statement.execute("set enable_bitmapscan = off");
        for (Map.Entry<String, String> read : reads.entrySet()) {
          StringBuilder plan = new StringBuilder();
          try (ResultSet rows = statement.executeQuery("explain " + read.getKey())) {
            while (rows.next()) {
              plan.append(rows.getString(1)).append('\n');
            }
          }
          assertThat(plan).as(read.getKey()).contains("Index Only Scan using " + read.getValue());
        }
        statement.execute("reset enable_seqscan");
        statement.execute("reset enable_bitmapscan");
      }
      return null;
    });
  }
}
