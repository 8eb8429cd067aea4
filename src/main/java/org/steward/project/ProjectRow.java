package org.steward.project;

import static org.steward.shared.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** One row of table {@code project}. */
record ProjectRow(String code, String name, long enterpriseId, String enterpriseName, long investment, String site,
    String area, boolean key, String officer, String leader, String plan, String registeredBy, Instant registeredAt,
    Instant finishedAt) {

  static ProjectRow map(ResultSet rs, int n) throws SQLException {
    return new ProjectRow(rs.getString("code"), rs.getString("name"), rs.getLong("enterprise_id"),
        rs.getString("enterprise_name"), rs.getLong("investment"), rs.getString("site"), rs.getString("area"),
        rs.getBoolean("key_project"), rs.getString("officer_id"), rs.getString("leader_id"),
        rs.getString("follow_up_plan"), rs.getString("registered_by"), instant(rs, "registered_at"),
        instant(rs, "finished_at"));
  }
}
