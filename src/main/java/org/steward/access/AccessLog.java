package org.steward.access;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.StewardClock;
import org.steward.shared.StewardException;
import org.steward.shared.Violations;

/**
 * The access log (查阅日志): every read of a case's personal data (the contact's name and phone) and every export, with
 * who, what and when, as the personal information law expects; administrators list it.
 */
@Service
@RequiredArgsConstructor
public class AccessLog {

  public static final int MAX_PAGE_SIZE = 200;
  /** The longest {@code detail} kept (an export's filter). */
  static final int MAX_DETAIL = 2000;

  /** What was read. */
  public enum Action {
    /** A case with its contact's name and phone. */
    READ_CONTACT,
    /** The ledger's export (协调事项明细表). */
    EXPORT_LEDGER,
    /** A work report's export. */
    EXPORT_REPORT,
    /** A survey's results with every enterprise's answer (问卷结果). */
    EXPORT_SURVEY
  }

  private final JdbcClient jdbc;

  /**
   * Writes one line: {@code caseNumber} for a case read, {@code detail} (the filter) for an export. Its own
   * transaction, so that reads in read-only transactions are logged too.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(String userId, Action action, String caseNumber, String detail) {
    String kept = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    jdbc.sql("""
            insert into access_log (user_id, action, case_number, detail, read_at)
            values (:user, :action, :caseNumber, :detail, :at)""")
        .param("user", userId).param("action", action.name()).param("caseNumber", caseNumber)
        .param("detail", kept).param("at", Timestamp.from(StewardClock.now()))
        .update();
  }

  /**
   * One page of the log, newest first, of one user and from/to (days in Asia/Shanghai, inclusive) when given; 403 for
   * anyone but administrators, 400 naming a bad parameter.
   */
  @Transactional(readOnly = true)
  public AccessLogPage page(String user, LocalDate from, LocalDate to, int page, int size, CaseReader reader) {
    if (!reader.isAdmin()) {
      throw new StewardException(HttpStatus.FORBIDDEN, "access-log-forbidden");
    }
    Violations violations = new Violations();
    if (page < 0) {
      violations.add("page", "PositiveOrZero");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      violations.add("size", "access-log.size.range", MAX_PAGE_SIZE);
    }
    if (from != null && to != null && to.isBefore(from)) {
      violations.add("to", "access-log.to.beforeFrom");
    }
    violations.throwIfAny();
    List<String> conditions = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    if (user != null && !user.isBlank()) {
      conditions.add("user_id = :user");
      params.put("user", user.strip());
    }
    if (from != null) {
      conditions.add("read_at >= :from");
      params.put("from", Timestamp.from(from.atStartOfDay(StewardClock.ZONE).toInstant()));
    }
    if (to != null) {
      conditions.add("read_at < :to");
      params.put("to", Timestamp.from(to.plusDays(1).atStartOfDay(StewardClock.ZONE).toInstant()));
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    long total = jdbc.sql("select count(*) from access_log" + where).params(params).query(Long.class).single();
    List<AccessLogPage.Entry> items = jdbc.sql("select * from access_log" + where
            + " order by read_at desc, id desc offset :offset rows fetch next :size rows only")
        .params(params).param("offset", (long) page * size).param("size", size)
        .query((rs, n) -> new AccessLogPage.Entry(rs.getLong("id"), rs.getString("user_id"), rs.getString("action"),
            rs.getString("case_number"), rs.getString("detail"),
            rs.getTimestamp("read_at").toInstant().atZone(StewardClock.ZONE).toOffsetDateTime()))
        .list();
    return new AccessLogPage(items, total);
  }
}
