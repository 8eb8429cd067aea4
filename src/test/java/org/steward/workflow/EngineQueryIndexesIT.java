package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.steward.EmbeddedPostgresConfiguration;

/**
 * The engine query indexes exist on PostgreSQL once the engine is up: the grants' with what a grant check reads, the
 * candidate links' with their task, the assignees' with the task's id, the light's with its task and instance and by
 * them, the locked exclusive jobs'.
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
        "steward_idx_light_subjects", "steward_idx_light_of_task", "steward_idx_light_of_case",
        "steward_idx_job_locked");
    // each holds every column its read names, so that PostgreSQL answers the read from the index alone (the plans at
    // a city's size: docs/benchmarks.md fixes 29, 30 and 32; a test's tables are too small for the planner's choice)
    for (String grants : List.of("steward_idx_auth_user_grants", "steward_idx_auth_group_grants")) {
      assertThat(indexes.get(grants)).contains("_id_, type_) INCLUDE (resource_type_, perms_, resource_id_)",
          "WHERE (resource_type_ <> 20)");
    }
    assertThat(indexes.get("steward_idx_auth_group_grants")).contains("(group_id_, type_)");
    for (String links : List.of("steward_idx_link_user_tasks", "steward_idx_link_group_tasks")) {
      assertThat(indexes.get(links)).contains("_id_) INCLUDE (task_id_)", "WHERE ((type_)::text = 'candidate'::text)");
    }
    assertThat(indexes.get("steward_idx_task_assignee_ids")).contains("(assignee_) INCLUDE (id_)");
    assertThat(indexes.get("steward_idx_light_of_task")).contains("(task_id_) INCLUDE (text_, type_)",
        "((name_)::text = 'light'::text) AND (task_id_ IS NOT NULL)");
    assertThat(indexes.get("steward_idx_light_of_case")).contains("(proc_inst_id_) INCLUDE (text_, type_)",
        "((name_)::text = 'light'::text) AND (task_id_ IS NULL)");
    assertThat(indexes.get("steward_idx_light_subjects"))
        .contains("(text_) INCLUDE (type_, task_id_, proc_inst_id_)", "WHERE ((name_)::text = 'light'::text)");
    assertThat(indexes.get("steward_idx_job_locked"))
        .contains("(process_instance_id_)", "WHERE ((lock_owner_ IS NOT NULL) AND exclusive_)");
  }
}
