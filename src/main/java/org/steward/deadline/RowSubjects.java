package org.steward.deadline;

import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.shared.NotFound;

/**
 * Deadline subjects kept one per row of a capability's table with the columns {@code id}, {@code state} (open while
 * {@code OPEN}), {@code due_date} and {@code light}, several in one process instance (a policy's confirmations, a
 * survey's chases); the instance's business key is a prefix and the row's owner id.
 */
@Component
@RequiredArgsConstructor
public class RowSubjects {

  private final JdbcClient jdbc;
  private final Deadlines deadlines;

  /**
   * The subject {@code kind} over {@code table} (a constant of the capability, never input), found by the execution's
   * variable {@code idVariable}, yellow {@code warningDays} working days before its due date; its case is
   * {@code keyPrefix} and the value of {@code ownerColumn}, and {@code missing} names it in a {@link NotFound}.
   */
  public DeadlineSubject of(String kind, String table, String idVariable, String ownerColumn, String keyPrefix,
      int warningDays, String missing) {
    return new DeadlineSubject(kind, true, execution -> String.valueOf(execution.getVariable(idVariable)),
        id -> jdbc.sql("select " + ownerColumn + " as owner, state, due_date, light from " + table + " where id = :id")
            .param("id", Long.parseLong(id))
            .query((rs, n) -> new DeadlineSubject.State(keyPrefix + rs.getLong("owner"),
                Light.valueOf(rs.getString("light")), "OPEN".equals(rs.getString("state")),
                deadlines.of(rs.getObject("due_date", LocalDate.class), warningDays)))
            .optional().orElseThrow(() -> new NotFound(missing, id)),
        (id, light) -> jdbc.sql("update " + table + " set light = :light where id = :id")
            .param("light", light.name()).param("id", Long.parseLong(id)).update());
  }
}
