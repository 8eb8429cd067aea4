package org.steward.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.request.RequestState;
import org.steward.request.RequestStateChanged;
import org.steward.shared.StewardClock;

/**
 * The figures of the ended cases (CLOSED, WITHDRAWN, NO_RESPONSE: final states, no move leaves them) kept per day of
 * submission in {@code ledger_ended_day}, so that the work report and the dashboard's ratings read only the open cases
 * live (ADR 0021). A case's figures are added once, when it ends, in the transaction that ends it, computed with the
 * same SQL the report runs live ({@link #sums}) as they stand at the end: a case's "answerable" is judged at its end
 * ({@code closed_at}), its area is its enterprise's area then. Nothing an ended case
 * has can change its figures afterwards: it cannot be urged, rated, reopened, transferred or handed over again, and
 * its units are all finished (given feedback, returned or withdrawn), so their ratings are final.
 *
 * <p>One row a day, dimension ({@code OFFICER}, {@code AREA}, {@code CATEGORY}, {@code DEPARTMENT}) and group key
 * ({@code ''} for no officer or no area): the sums of {@link #COLUMNS}. A department's row counts the requests it had a
 * unit on, its own units' figures and ratings over every round ({@code rated_*}) and over the latest round only
 * ({@code latest_*}, the dashboard's).
 */
@Component
public class EndedCaseFigures {

  /** The table's dimensions. */
  public static final String OFFICER = "OFFICER";
  public static final String AREA = "AREA";
  public static final String CATEGORY = "CATEGORY";
  public static final String DEPARTMENT = "DEPARTMENT";

  /** The figures a row of {@code ledger_ended_day} holds, each a sum over the ended cases of its day and group. */
  public static final List<String> COLUMNS = List.of("collected", "on_spot", "tracked", "closed", "withdrawn",
      "no_response", "answered", "response_seconds", "answered_in_time", "answerable", "reopened", "rated",
      "satisfied", "judged", "on_time", "urges", "urged", "rated_done", "rated_on_track", "rated_slow", "latest_done",
      "latest_on_track", "latest_slow");

  /** The sums of {@link #COLUMNS} per dimension and group over the days {@code :fromDay} to {@code :toDay}. */
  public static final String DAYS = "select dimension, group_key, " + COLUMNS.stream()
      .map(column -> "sum(" + column + ") as " + column).collect(Collectors.joining(", "))
      + " from ledger_ended_day where submitted_on between :fromDay and :toDay group by dimension, group_key";

  /** The open cases, said by their states (the index on the state finds them). */
  public static final String OPEN_CASE = Ledger.OPEN_CASE;

  /**
   * A request's own figures, each 0 or 1 but the seconds to its first answer, for the request {@code r} with its urges
   * counted in {@code g.urges}. A request is answerable once answered or past its response deadline, judged at its
   * end for an ended case ({@code closed_at} is set by the ends only) and now ({@code :now}) for an open one.
   */
  private static final Map<String, String> CASE_FIGURES = named(
      "collected", "1",
      "on_spot", one("r.outcome = 'RESOLVED_DIRECTLY'"),
      "tracked", one("r.outcome = 'TRACKED'"),
      "closed", one("r.state = 'CLOSED'"),
      "withdrawn", one("r.state = 'WITHDRAWN'"),
      "no_response", one("r.state = 'NO_RESPONSE'"),
      "answered", one("r.acknowledged_at is not null"),
      "response_seconds", "case when r.acknowledged_at is not null"
          + " then extract(epoch from r.acknowledged_at) - extract(epoch from r.submitted_at) else 0 end",
      "answered_in_time", one("r.acknowledged_at <= r.response_due"),
      "answerable", one("r.acknowledged_at is not null or r.response_due < coalesce(r.closed_at, :now)"),
      "reopened", one("r.reopen_count > 0"),
      "rated", one("r.satisfaction is not null"),
      "satisfied", one("r.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')"),
      "urges", "coalesce(g.urges, 0)",
      "urged", one("g.urges > 0"));

  /**
   * A unit's figures, each 0 or 1, for the unit {@code u}. A unit is judged once it gave feedback or while it is open
   * past its last day; on time when rated DONE at feedback (feedback before the end of its due date, which approved
   * extensions move); an ended case has no open unit. Its department's ratings by the ledger's rating (final once
   * given, else live from the last signalled light; none for returned units), over every round ({@code rated_*}) and
   * over the latest round only ({@code latest_*}).
   */
  private static final Map<String, String> UNIT_FIGURES = named(
      "judged", one("u.state = 'FEEDBACK_GIVEN' or (" + Ledger.OPEN_UNIT_STATES + " and u.due_date < :today)"),
      "on_time", one("u.state = 'FEEDBACK_GIVEN' and u.rating = 'DONE'"),
      "rated_done", one(Ledger.RATING + " = 'DONE'"),
      "rated_on_track", one(Ledger.RATING + " = 'ON_TRACK'"),
      "rated_slow", one(Ledger.RATING + " = 'SLOW'"),
      "latest_done", one(Ledger.LATEST_ROUND + " and " + Ledger.RATING + " = 'DONE'"),
      "latest_on_track", one(Ledger.LATEST_ROUND + " and " + Ledger.RATING + " = 'ON_TRACK'"),
      "latest_slow", one(Ledger.LATEST_ROUND + " and " + Ledger.RATING + " = 'SLOW'"));

  // the day of submission in Asia/Shanghai, alike on H2 and PostgreSQL whatever the session's time zone
  private static final String DAY = "cast(substring(cast(r.submitted_at at time zone '" + StewardClock.ZONE.getId()
      + "' as varchar(40)), 1, 10) as date)";
  // the groups of a case, each a column of its row in sums' CTE c
  private static final Map<String, String> CASE_GROUPS = named(OFFICER, "officer_key", AREA, "area_key",
      CATEGORY, "category");
  private static final String ENDED_DAY = "ledger_ended_day";

  /**
   * The figures ({@link #COLUMNS}, in that order) of the requests {@code cases} selects (a condition on
   * {@code request r}) per {@code dimension} and {@code group_key} ({@code ''} for no officer or no area), and per
   * day of submission ({@code submitted_on}, first) when {@code byDay}. A department's requests are those it had a
   * unit on (lead or cooperating, any round, any end), counted once each; its unit figures and ratings count its own
   * units only. The units are read once, each case's figures computed once, then grouped four ways. Parameters
   * {@code :now}, {@code :today} and those of {@code cases}.
   */
  public static String sums(boolean byDay, String cases) {
    String day = byDay ? "c.submitted_on, " : "";
    String caseColumns = CASE_FIGURES.entrySet().stream()
        .map(figure -> figure.getValue() + " as " + figure.getKey()).collect(Collectors.joining(",\n"));
    String unitColumns = UNIT_FIGURES.entrySet().stream()
        .map(figure -> "sum(" + figure.getValue() + ") as " + figure.getKey()).collect(Collectors.joining(",\n"));
    List<String> parts = new ArrayList<>();
    CASE_GROUPS.forEach((dimension, key) -> parts.add("select " + day + "'" + dimension + "' as dimension, c." + key
        + " as group_key, " + COLUMNS.stream().map(column -> CASE_FIGURES.containsKey(column)
            || column.equals("judged") || column.equals("on_time") ? "sum(c." + column + ") as " + column
            : "0 as " + column)
        .collect(Collectors.joining(", ")) + " from c group by " + day + "c." + key));
    parts.add("select " + day + "'" + DEPARTMENT + "' as dimension, cu.department_code as group_key, "
        + COLUMNS.stream().map(column -> "sum(" + (CASE_FIGURES.containsKey(column) ? "c." : "cu.") + column + ") as "
            + column)
        .collect(Collectors.joining(", "))
        + " from cu join c on c.case_number = cu.case_number group by " + day + "cu.department_code");
    return """
        with cu as (
          select u.case_number, u.department_code, %1$s
            from handling_unit u join request r on r.case_number = u.case_number
           where %2$s group by u.case_number, u.department_code),
        c as (
          select r.case_number, %3$scoalesce(r.officer_id, '') as officer_key, coalesce(e.area, '') as area_key,
                 r.category, %4$s, coalesce(cc.judged, 0) as judged, coalesce(cc.on_time, 0) as on_time
            from request r
            left join directory_enterprise e on e.id = r.enterprise_id
            left join (select g.case_number, count(*) as urges
                         from urge g join request r on r.case_number = g.case_number
                        where %2$s group by g.case_number) g on g.case_number = r.case_number
            left join (select case_number, sum(judged) as judged, sum(on_time) as on_time
                         from cu group by case_number) cc on cc.case_number = r.case_number
           where %2$s)
        """.formatted(unitColumns, cases, byDay ? DAY + " as submitted_on, " : "", caseColumns)
        + String.join("\nunion all ", parts);
  }

  // name, expression pairs, in their order
  private static Map<String, String> named(String... pairs) {
    Map<String, String> named = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      named.put(pairs[i], pairs[i + 1]);
    }
    return named;
  }

  // 1 when the condition holds, else 0
  private static String one(String condition) {
    return "case when " + condition + " then 1 else 0 end";
  }

  private final JdbcClient jdbc;
  private final TransactionTemplate separately;

  EndedCaseFigures(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Adds the figures of a case that ended, in the transaction that ended it. */
  @EventListener
  public void stateChanged(RequestStateChanged change) {
    if (!RequestState.ENDED.contains(change.state())) {
      return;
    }
    Instant end = jdbc.sql("select coalesce(closed_at, :now) from request where case_number = :caseNumber")
        .param("caseNumber", change.caseNumber()).param("now", Timestamp.from(StewardClock.now()))
        .query(Timestamp.class).single().toInstant();
    List<Map<String, Object>> rows = new ArrayList<>(jdbc.sql(sums(true, "r.case_number = :caseNumber"))
        .param("caseNumber", change.caseNumber())
        .param("now", Timestamp.from(end))
        .param("today", end.atZone(StewardClock.ZONE).toLocalDate())
        .query().listOfRows());
    String add = "update " + ENDED_DAY + " set " + COLUMNS.stream().map(column -> column + " = " + column + " + :"
        + column).collect(Collectors.joining(", "))
        + " where submitted_on = :submittedOn and dimension = :dimension and group_key = :groupKey";
    // in the order of the key, so that two ends of the same day lock their common rows in the same order
    rows.sort(Comparator.comparing((Map<String, Object> row) -> row.get("submitted_on").toString())
        .thenComparing(row -> (String) row.get("dimension")).thenComparing(row -> (String) row.get("group_key")));
    for (Map<String, Object> row : rows) {
      var update = jdbc.sql(add).param("submittedOn", row.get("submitted_on")).param("dimension",
          row.get("dimension")).param("groupKey", row.get("group_key"));
      for (String column : COLUMNS) {
        update = update.param(column, row.get(column) == null ? 0 : row.get(column));
      }
      if (update.update() == 0) {
        zeroRow(row);
        update.update();
      }
    }
  }

  // A row of zeros for a new key, committed on its own so that concurrent ends of the same day and group both find it
  // and add under its row lock; a node that inserted it first wins, and the zeros change no figure.
  private void zeroRow(Map<String, Object> row) {
    try {
      separately.executeWithoutResult(status -> jdbc.sql("insert into " + ENDED_DAY
              + " (submitted_on, dimension, group_key) values (:submittedOn, :dimension, :groupKey)")
          .param("submittedOn", row.get("submitted_on")).param("dimension", row.get("dimension"))
          .param("groupKey", row.get("group_key")).update());
    } catch (DuplicateKeyException raced) {
      // another node's end of the same day and group inserted it first
    }
  }

  /** Computes the table anew from every ended case: the oracle of the maintained figures, and for bulk-loaded data. */
  @Transactional
  public void rebuild() {
    rebuild(jdbc);
  }

  /** As {@link #rebuild()}, on the given database (bulk loaders in tests and benchmarks). */
  public static void rebuild(JdbcClient jdbc) {
    jdbc.sql("delete from " + ENDED_DAY).update();
    jdbc.sql("insert into " + ENDED_DAY + " (submitted_on, dimension, group_key, " + String.join(", ", COLUMNS)
            + ") " + sums(true, Ledger.ENDED_CASE))
        .param("now", Timestamp.from(StewardClock.now()))
        .param("today", StewardClock.today())
        .update();
  }
}
