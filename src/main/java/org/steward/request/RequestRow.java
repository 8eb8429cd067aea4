package org.steward.request;

import static org.steward.shared.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import org.steward.deadline.Light;

/** One row of table {@code request}, as the request capability's use cases read it. */
record RequestRow(String caseNumber, long enterpriseId, String enterpriseName, String category, String title,
    String description, String contactName, String contactPhone, String urgency, String channel,
    RequestState state, Outcome outcome, String officer, String supervisor, String submittedBy, Instant submittedAt,
    Instant responseDue, Instant acknowledgedAt, String firstAnswer, String leadDepartment, Integer timeLimit,
    LocalDate resolutionDue, String reply, Instant repliedAt, Satisfaction satisfaction, String satisfactionComment,
    Instant ratedAt, int reopenCount, Instant closedAt, Light responseLight) {

  static RequestRow map(ResultSet rs, int n) throws SQLException {
    String outcome = rs.getString("outcome");
    String satisfaction = rs.getString("satisfaction");
    int limit = rs.getInt("time_limit");
    Integer timeLimit = rs.wasNull() ? null : limit;
    LocalDate due = rs.getObject("resolution_due", LocalDate.class);
    return new RequestRow(rs.getString("case_number"), rs.getLong("enterprise_id"), rs.getString("enterprise_name"),
        rs.getString("category"), rs.getString("title"), rs.getString("description"), rs.getString("contact_name"),
        rs.getString("contact_phone"), rs.getString("urgency"), rs.getString("channel"),
        RequestState.valueOf(rs.getString("state")), outcome == null ? null : Outcome.valueOf(outcome),
        rs.getString("officer_id"), rs.getString("supervisor_id"), rs.getString("submitted_by"),
        instant(rs, "submitted_at"), instant(rs, "response_due"), instant(rs, "acknowledged_at"),
        rs.getString("first_answer"), rs.getString("lead_department"), timeLimit,
        due, rs.getString("reply"), instant(rs, "replied_at"),
        satisfaction == null ? null : Satisfaction.valueOf(satisfaction), rs.getString("satisfaction_comment"),
        instant(rs, "rated_at"), rs.getInt("reopen_count"), instant(rs, "closed_at"),
        Light.valueOf(rs.getString("response_light")));
  }
}
