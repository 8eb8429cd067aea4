package org.steward.supervision;

import static org.steward.shared.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.access.CaseAccess;
import org.steward.access.CaseReader;
import org.steward.access.CaseScope;
import org.steward.deadline.Deadline;
import org.steward.deadline.Deadlines;
import org.steward.deadline.Light;
import org.steward.directory.DirectoryManagement;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;
import org.steward.workflow.SystemContext;

/**
 * Supervision orders (督办单) for reading: one order, the orders of the cases a reader reads, and an order's deadline
 * rule. The steps are use cases of their own: {@link OrderIssuing}, {@link OrderAnswers}, {@link OrderReviews}; an
 * order's state moves only by {@link OrderTransition}.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class SupervisionOrders {

  /** The shortest and the longest time limit of an order, in working days. */
  public static final int MIN_TIME_LIMIT = 1;
  public static final int MAX_TIME_LIMIT = 30;
  public static final int MAX_REQUIREMENT = 2000;
  public static final int MAX_ANSWER = Violations.MAX_VARIABLE_TEXT;
  public static final int MAX_REVIEW_NOTE = 2000;

  private static final String SELECT = """
      select id, case_number, unit_id, target_kind, target, requirement, time_limit, issued_by, issued_at, due_date,
             state, light, signed_by, signed_at, answer, answered_by, answered_at, answer_count, review_note,
             reviewed_by, reviewed_at, closed_at
      from supervision_order
      """;

  /** An order turns yellow on its due date itself. */
  private static final int WARNING_DAYS = 0;

  private final JdbcClient jdbc;
  private final CaseAccess access;
  private final OrderTargets targets;
  private final DirectoryManagement directory;
  private final Deadlines deadlines;
  private final SystemContext system;

  @Transactional(readOnly = true)
  public SupervisionOrder order(long id) {
    return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::map).optional()
        .orElseThrow(() -> new NotFound("supervision-order", id));
  }

  /**
   * An order of a case the reader reads ({@link CaseAccess}); {@link NotFound} for anyone else, 403 for enterprises.
   */
  @Transactional(readOnly = true)
  public SupervisionOrder order(long id, CaseReader reader) {
    SupervisionOrder order = order(id);
    if (!reader.isStaff()) {
      throw new SupervisionOrderForbidden();
    }
    if (!access.mayRead(order.caseNumber(), reader)) {
      throw new NotFound("supervision-order", id);
    }
    return order;
  }

  /**
   * The orders of the cases the reader reads ({@link CaseAccess}) in that state and light (null: any), newest first.
   * 400 naming {@code state} or {@code light}, 403 for enterprises.
   */
  @Transactional(readOnly = true)
  public List<SupervisionOrder> orders(String state, String light, CaseReader reader) {
    if (!reader.isStaff()) {
      throw new SupervisionOrderForbidden();
    }
    Violations violations = new Violations();
    if (state != null && Arrays.stream(SupervisionOrderState.values()).noneMatch(s -> s.name().equals(state))) {
      violations.add("state", "supervision.order.state.unknown");
    }
    if (light != null && Arrays.stream(Light.values()).noneMatch(l -> l.name().equals(light))) {
      violations.add("light", "supervision.order.light.unknown");
    }
    violations.throwIfAny();
    List<String> conditions = new ArrayList<>();
    CaseScope scope = access.scope(reader);
    if (!scope.all()) {
      conditions.add(scope.sql("case_number"));
    }
    if (state != null) {
      conditions.add("state = :state");
    }
    if (light != null) {
      conditions.add("light = :light");
    }
    var query = jdbc.sql(SELECT + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
        + " order by issued_at desc, id desc").params(scope.params());
    if (state != null) {
      query = query.param("state", state);
    }
    if (light != null) {
      query = query.param("light", light);
    }
    return query.query(this::map).list();
  }

  /** The issuer's name as people read it (the issuer may not be an officer). */
  public String issuerName(SupervisionOrder order) {
    return system.call(() -> directory.userName(order.issuedBy()));
  }

  /** An order's deadline: yellow from the start of its due date, red from the start of the day after. */
  public Deadline deadline(LocalDate dueDate) {
    return deadlines.of(dueDate, WARNING_DAYS);
  }

  /** The deadline of an order given {@code workingDays} working days today ({@link #deadline}). */
  Deadline deadlineIn(int workingDays) {
    return deadlines.inWorkingDays(StewardClock.today(), workingDays, WARNING_DAYS);
  }

  /** When an order turns yellow ({@link #deadline}). */
  public Instant warnAt(LocalDate dueDate) {
    return deadline(dueDate).warnAt();
  }

  /** When an order turns red ({@link #deadline}). */
  public Instant dueAt(LocalDate dueDate) {
    return deadline(dueDate).dueAt();
  }

  private SupervisionOrder map(ResultSet rs, int row) throws SQLException {
    long unit = rs.getLong("unit_id");
    Long unitId = rs.wasNull() ? null : unit;
    String targetKind = rs.getString("target_kind");
    String target = rs.getString("target");
    return new SupervisionOrder(rs.getLong("id"), rs.getString("case_number"), unitId, targetKind, target,
        targets.name(targetKind, target), rs.getString("requirement"), rs.getInt("time_limit"),
        rs.getString("issued_by"), instant(rs, "issued_at"), rs.getObject("due_date", LocalDate.class),
        SupervisionOrderState.valueOf(rs.getString("state")), Light.valueOf(rs.getString("light")),
        rs.getString("signed_by"), instant(rs, "signed_at"), rs.getString("answer"), rs.getString("answered_by"),
        instant(rs, "answered_at"), rs.getInt("answer_count"), rs.getString("review_note"),
        rs.getString("reviewed_by"), instant(rs, "reviewed_at"), instant(rs, "closed_at"));
  }
}
