package org.steward.project;

import static org.steward.shared.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/** One row of table {@code project_milestone}. */
record MilestoneRow(String projectCode, Milestone milestone, LocalDate originalDate, LocalDate plannedDate,
    LocalDate actualDate, String note, String overrideReason, Instant confirmedAt, String confirmedBy,
    Instant escalatedAt) {

  static MilestoneRow map(ResultSet rs, int n) throws SQLException {
    return new MilestoneRow(rs.getString("project_code"), Milestone.valueOf(rs.getString("milestone")),
        rs.getObject("original_date", LocalDate.class), rs.getObject("planned_date", LocalDate.class),
        rs.getObject("actual_date", LocalDate.class), rs.getString("note"), rs.getString("override_reason"),
        instant(rs, "confirmed_at"), rs.getString("confirmed_by"), instant(rs, "escalated_at"));
  }
}
