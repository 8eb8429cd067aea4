package org.steward.convening;

import static org.steward.shared.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.deadline.Deadline;
import org.steward.deadline.Light;
import org.steward.handling.HandlingManagement;
import org.steward.shared.NotFound;

/**
 * The convenings' rows as stored, for the use cases that read and write them, and each opinion's deadline by the units'
 * rule ({@link HandlingManagement#deadline}).
 */
@Component
@RequiredArgsConstructor
class ConveningRows {

  private static final String CONVENING_SELECT = """
      select id, case_number, question, convener, time_limit, convened_at, due_date, state, conclusion, concluded_at,
             concluded_by
      from convening
      """;
  private static final String OPINION_SELECT = """
      select id, convening_id, position, officer_id, due_date, added_at, added_by, state, light, late, opinion, given_at
      from convening_opinion
      """;

  private final JdbcClient jdbc;
  private final HandlingManagement handling;

  /** The convening; {@link NotFound} ({@code convening}) if there is none. */
  ConveningRow convening(long id) {
    return jdbc.sql(CONVENING_SELECT + " where id = :id").param("id", id).query(ConveningRows::conveningRow)
        .optional().orElseThrow(() -> new NotFound("convening", id));
  }

  /** The case's convenings, oldest first. */
  List<ConveningRow> ofCase(String caseNumber) {
    return jdbc.sql(CONVENING_SELECT + " where case_number = :caseNumber order by convened_at, id")
        .param("caseNumber", caseNumber).query(ConveningRows::conveningRow).list();
  }

  /** The opinion; {@link NotFound} ({@code opinion}) if there is none. */
  OpinionRow opinion(long opinionId) {
    return jdbc.sql(OPINION_SELECT + " where id = :id").param("id", opinionId).query(ConveningRows::opinionRow)
        .optional().orElseThrow(() -> new NotFound("opinion", opinionId));
  }

  /** The officer's opinion in the convening; {@link NotFound} ({@code opinion}) when not convened. */
  OpinionRow opinionOf(long conveningId, String officer) {
    return jdbc.sql(OPINION_SELECT + " where convening_id = :id and officer_id = :officer")
        .param("id", conveningId).param("officer", officer).query(ConveningRows::opinionRow).optional()
        .orElseThrow(() -> new NotFound("opinion", conveningId + "/" + officer));
  }

  /** The opinions of the convenings, by convening and in the officers' order. */
  List<OpinionRow> opinions(List<Long> conveningIds) {
    return jdbc.sql(OPINION_SELECT + " where convening_id in (:ids) order by convening_id, position")
        .param("ids", conveningIds).query(ConveningRows::opinionRow).list();
  }

  /** Stores an awaited opinion of {@code officer}, with the light its deadline shows {@code now}. */
  void insertOpinion(long conveningId, int position, String officer, LocalDate dueDate, Instant now, String addedBy) {
    jdbc.sql("""
        insert into convening_opinion (convening_id, position, officer_id, due_date, added_at, added_by, state, light,
                                       late)
        values (:conveningId, :position, :officer, :dueDate, :now, :addedBy, :state, :light, false)""")
        .param("conveningId", conveningId).param("position", position).param("officer", officer)
        .param("dueDate", dueDate).param("now", Timestamp.from(now)).param("addedBy", addedBy)
        .param("state", OpinionState.OPEN.name()).param("light", deadline(dueDate).lightAt(now).name()).update();
  }

  /** The deadline of a time limit of {@code workingDays} working days given today, by the units' rule. */
  Deadline deadlineIn(int workingDays) {
    return handling.deadlineIn(workingDays);
  }

  /** An opinion's deadline by the units' rule. */
  Deadline deadline(LocalDate dueDate) {
    return handling.deadline(dueDate);
  }

  private static ConveningRow conveningRow(ResultSet rs, int n) throws SQLException {
    return new ConveningRow(rs.getLong("id"), rs.getString("case_number"), rs.getString("question"),
        rs.getString("convener"), rs.getInt("time_limit"), instant(rs, "convened_at"),
        rs.getObject("due_date", LocalDate.class), ConveningState.valueOf(rs.getString("state")),
        rs.getString("conclusion"), instant(rs, "concluded_at"), rs.getString("concluded_by"));
  }

  private static OpinionRow opinionRow(ResultSet rs, int n) throws SQLException {
    return new OpinionRow(rs.getLong("id"), rs.getLong("convening_id"), rs.getString("officer_id"),
        rs.getObject("due_date", LocalDate.class), instant(rs, "added_at"), rs.getString("added_by"),
        OpinionState.valueOf(rs.getString("state")), Light.valueOf(rs.getString("light")), rs.getBoolean("late"),
        rs.getString("opinion"), instant(rs, "given_at"));
  }
}
