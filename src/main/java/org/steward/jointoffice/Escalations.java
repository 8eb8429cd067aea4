package org.steward.jointoffice;

import static org.steward.jointoffice.JointOffice.actor;
import static org.steward.shared.Rows.instant;
import static org.steward.shared.Texts.shorten;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;

/**
 * The escalations as stored: one by id, a case's, the open ones for the weekly agenda; and the closing of one with the
 * office's resolution, which a common issue's own escalation passes on to the issue and its linked cases.
 */
@Service
@Transactional
@RequiredArgsConstructor
class Escalations {

  private static final String ESCALATION_SELECT = """
      select id, case_number, subject_kind, source, reason, title, enterprise_name, common_issue_id, state, action,
             opened_at, closed_at, outcome, lead_department, cooperating_departments, time_limit, resolution,
             process_instance_id
      from escalation
      """;

  private final JdbcClient jdbc;
  private final OfficeTransitions transitions;
  private final CommonIssues issues;

  /** The escalation; {@link NotFound} ({@code escalation}) if there is none. */
  @Transactional(readOnly = true)
  Escalation escalation(long id) {
    return jdbc.sql(ESCALATION_SELECT + " where id = :id").param("id", id).query(Escalations::escalationRow)
        .optional().orElseThrow(() -> new NotFound("escalation", id));
  }

  /** Every escalation of a case (or of a common issue, by its number), oldest first. */
  @Transactional(readOnly = true)
  List<Escalation> ofCase(String caseNumber) {
    return jdbc.sql(ESCALATION_SELECT + " where case_number = :caseNumber order by opened_at, id")
        .param("caseNumber", caseNumber).query(Escalations::escalationRow).list();
  }

  /** The escalations of cases not closed yet, oldest first. */
  @Transactional(readOnly = true)
  List<Escalation> openOfCases() {
    return jdbc.sql(ESCALATION_SELECT + " " + """
         where state <> 'CLOSED' and subject_kind = 'CASE' order by opened_at, id""")
        .query(Escalations::escalationRow).list();
  }

  /**
   * Closes the escalation as RESOLVED by {@code move} (the office's decision, or its meeting's conclusion); a common
   * issue's escalation resolves the issue too. Answers the resolution as a process variable holds it.
   */
  String resolve(Escalation escalation, EscalationTransition move, AnalysisAction action, String resolution,
      String byUser) {
    String stored = shorten(resolution, JointOffice.MAX_TEXT_COLUMN);
    Map<String, Object> columns = resolved(stored, byUser);
    columns.put("action", action.name());
    transitions.make(escalation.id(), move, columns);
    if (escalation.isCommonIssue()) {
      issues.resolve(escalation.commonIssueId(), stored, byUser);
    }
    return shorten(resolution, JointOffice.MAX_VARIABLE);
  }

  /** The columns of an escalation closed as RESOLVED with {@code resolution} (as stored) now. */
  static Map<String, Object> resolved(String resolution, String byUser) {
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("outcome", Escalation.RESOLVED);
    columns.put("resolution", resolution);
    columns.put("closed_at", Timestamp.from(StewardClock.now()));
    columns.put("closed_by", actor(byUser));
    return columns;
  }

  private static Escalation escalationRow(ResultSet rs, int n) throws SQLException {
    String action = rs.getString("action");
    long issue = rs.getLong("common_issue_id");
    Long commonIssueId = rs.wasNull() ? null : issue;
    int limit = rs.getInt("time_limit");
    Integer timeLimit = rs.wasNull() ? null : limit;
    return new Escalation(rs.getLong("id"), rs.getString("case_number"), rs.getString("subject_kind"),
        EscalationSource.valueOf(rs.getString("source")), rs.getString("reason"), rs.getString("title"),
        rs.getString("enterprise_name"), commonIssueId, EscalationState.valueOf(rs.getString("state")),
        action == null ? null : AnalysisAction.valueOf(action), instant(rs, "opened_at"), instant(rs, "closed_at"),
        rs.getString("outcome"), rs.getString("lead_department"), rs.getString("cooperating_departments"), timeLimit,
        rs.getString("resolution"));
  }
}
