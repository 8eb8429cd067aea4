package org.steward.dashboard.process;

import java.util.HashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the dashboard asks of the engine: how many active tasks each user holds, in one grouped statement over the
 * engine's runtime task table ({@code ACT_RU_TASK}, no table prefix configured) rather than loading every task through
 * the task service; read as Steward, not as the caller, like every read model.
 */
@Component
@RequiredArgsConstructor
public class AssignedTasks {

  private final JdbcClient jdbc;

  /** The number of active tasks by assignee. */
  public Map<String, Integer> openByAssignee() {
    Map<String, Integer> counts = new HashMap<>();
    jdbc.sql("""
            select ASSIGNEE_ as assignee, count(*) as n from ACT_RU_TASK
            where ASSIGNEE_ is not null and SUSPENSION_STATE_ = 1 group by ASSIGNEE_""")
        .query(rs -> {
          counts.put(rs.getString("assignee"), rs.getInt("n"));
        });
    return counts;
  }
}
