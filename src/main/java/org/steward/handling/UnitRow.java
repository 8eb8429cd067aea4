package org.steward.handling;

import static org.steward.shared.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import org.steward.deadline.Light;

/** A row of {@code handling_unit} as stored: the stored light and rating, not the live ones. */
record UnitRow(long id, String caseNumber, int round, String departmentCode, UnitRole role, LocalDate dueDate,
    UnitState state, Light light, Rating rating, String feedback, String returnReason, Instant signedAt,
    Instant finishedAt) {

  static final String SELECT = """
      select id, case_number, round, position, department_code, role, due_date, state, light, rating, feedback,
             return_reason, signed_at, finished_at
      from handling_unit
      """;

  static UnitRow map(ResultSet rs, int n) throws SQLException {
    String rating = rs.getString("rating");
    return new UnitRow(rs.getLong("id"), rs.getString("case_number"), rs.getInt("round"),
        rs.getString("department_code"), UnitRole.valueOf(rs.getString("role")),
        rs.getObject("due_date", LocalDate.class), UnitState.valueOf(rs.getString("state")),
        Light.valueOf(rs.getString("light")), rating == null ? null : Rating.valueOf(rating), rs.getString("feedback"),
        rs.getString("return_reason"), instant(rs, "signed_at"), instant(rs, "finished_at"));
  }
}
