package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The engine query indexes exist on PostgreSQL once the engine is up: the grants', the light's with its task and
 * instance, the locked exclusive jobs'.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class EngineQueryIndexesIT {

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theGrantLightAndLockedJobIndexesArePartial_andTheLightsCoverTheirSubjects() {
    Map<String, String> indexes = jdbc.queryForList("select indexname, indexdef from pg_indexes where indexname like"
        + " 'steward_idx_%'").stream()
        .collect(Collectors.toMap(row -> (String) row.get("indexname"), row -> (String) row.get("indexdef")));

    assertThat(indexes).containsOnlyKeys("steward_idx_auth_runtime_user", "steward_idx_auth_runtime_group",
        "steward_idx_light_subjects", "steward_idx_job_locked");
    assertThat(indexes.get("steward_idx_auth_runtime_group")).contains("(group_id_)", "WHERE (resource_type_ <> 20)");
    assertThat(indexes.get("steward_idx_light_subjects"))
        .contains("(text_) INCLUDE (type_, task_id_, proc_inst_id_)", "WHERE ((name_)::text = 'light'::text)");
    assertThat(indexes.get("steward_idx_job_locked"))
        .contains("(process_instance_id_)", "WHERE ((lock_owner_ IS NOT NULL) AND exclusive_)");
  }
}
