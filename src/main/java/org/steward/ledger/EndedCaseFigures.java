package org.steward.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * same SQL the report runs live ({@link #caseSums}, {@link #departmentSums}) as they stand at the end: a case's
 * "answerable" is judged at its end ({@code closed_at}), its area is its enterprise's area then. Nothing an ended case
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

  /**
   * The sums of {@link #COLUMNS} per dimension and group over the days {@code :fromDay} to {@code :toDay} (both
   * included); {@code group_key} null for no officer or no area, as the live queries answer.
   */
  public static final String DAYS = "select dimension, nullif(group_key, '') as group_key, " + COLUMNS.stream()
      .map(column -> "sum(" + column + ") as " + column).collect(Collectors.joining(", "))
      + " from ledger_ended_day where submitted_on between :fromDay and :toDay group by dimension, group_key";

  /** The open cases, said by their states (the index on the state finds them). */
  public static final String OPEN_CASE = Ledger.OPEN_CASE;

  /** The request's area: its enterprise's, joined as {@code e}. */
  public static final String WITH_AREA = " left join directory_enterprise e on e.id = r.enterprise_id";

  /**
   * The figures of the requests {@code r} of a group. A request is answerable once answered or past its response
   * deadline, judged at its end for an ended case ({@code closed_at} is set by the ends only) and now ({@code :now})
   * for an open one.
   */
  public static final String REQUEST_SUMS = """
      count(*) as collected,
      sum(case when r.outcome = 'RESOLVED_DIRECTLY' then 1 else 0 end) as on_spot,
      sum(case when r.outcome = 'TRACKED' then 1 else 0 end) as tracked,
      sum(case when r.state = 'CLOSED' then 1 else 0 end) as closed,
      sum(case when r.state = 'WITHDRAWN' then 1 else 0 end) as withdrawn,
      sum(case when r.state = 'NO_RESPONSE' then 1 else 0 end) as no_response,
      sum(case when r.acknowledged_at is not null then 1 else 0 end) as answered,
      coalesce(sum(case when r.acknowledged_at is not null
               then extract(epoch from r.acknowledged_at) - extract(epoch from r.submitted_at) end), 0)
        as response_seconds,
      sum(case when r.acknowledged_at <= r.response_due then 1 else 0 end) as answered_in_time,
      sum(case when r.acknowledged_at is not null or r.response_due < coalesce(r.closed_at, :now) then 1 else 0 end)
        as answerable,
      sum(case when r.reopen_count > 0 then 1 else 0 end) as reopened,
      sum(case when r.satisfaction is not null then 1 else 0 end) as rated,
      sum(case when r.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end) as satisfied""";

  // A unit is judged once it gave feedback or while it is open past its last day; on time when rated DONE at feedback
  // (feedback before the end of its due date, which approved extensions move). An ended case has no open unit.
  private static final String UNIT_SUMS = """
      sum(case when u.state = 'FEEDBACK_GIVEN' or (%1$s and u.due_date < :today) then 1 else 0 end) as judged,
      sum(case when u.state = 'FEEDBACK_GIVEN' and u.rating = 'DONE' then 1 else 0 end) as on_time"""
      .formatted(Ledger.OPEN_UNIT_STATES);
  // a department's units by the ledger's rating (final once given, else live from the last signalled light; none for
  // returned units), over every round and over the latest round only
  private static final String RATING_SUMS = """
      sum(case when %1$s = 'DONE' then 1 else 0 end) as rated_done,
      sum(case when %1$s = 'ON_TRACK' then 1 else 0 end) as rated_on_track,
      sum(case when %1$s = 'SLOW' then 1 else 0 end) as rated_slow,
      sum(case when %2$s and %1$s = 'DONE' then 1 else 0 end) as latest_done,
      sum(case when %2$s and %1$s = 'ON_TRACK' then 1 else 0 end) as latest_on_track,
      sum(case when %2$s and %1$s = 'SLOW' then 1 else 0 end) as latest_slow""".formatted(Ledger.RATING,
      Ledger.LATEST_ROUND);
  // the day of submission in Asia/Shanghai, alike on H2 and PostgreSQL whatever the session's time zone
  private static final String DAY = "cast(substring(cast(r.submitted_at at time zone '" + StewardClock.ZONE.getId()
      + "' as varchar(40)), 1, 10) as date)";
  // the columns of caseSums, the ratings (a department's only) zero
  private static final String BY_CASE_COLUMNS = COLUMNS.stream()
      .map(column -> column.startsWith("rated_") || column.startsWith("latest_") ? "0 as " + column : column)
      .collect(Collectors.joining(", "));
  private static final String ENDED_DAY = "ledger_ended_day";

  private final JdbcClient jdbc;
  private final TransactionTemplate separately;

  EndedCaseFigures(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Per group of the requests {@code cases} selects (a condition on {@code request r}): {@code keys} (the select list
   * of the group's columns, of {@code r} or the area {@code e.area}), the {@link #REQUEST_SUMS}, and the figures of
   * their units ({@code judged}, {@code on_time}) and urges ({@code urges}, {@code urged}: requests urged at least
   * once). Parameters {@code :now}, {@code :today} and those of {@code cases}.
   */
  public static String caseSums(String keys, String groupBy, String cases) {
    return "select " + keys + ", " + REQUEST_SUMS + """
        , coalesce(sum(uc.judged), 0) as judged, coalesce(sum(uc.on_time), 0) as on_time,
          coalesce(sum(gc.urges), 0) as urges, sum(case when gc.urges > 0 then 1 else 0 end) as urged
          from request r%1$s
          left join (select u.case_number, %2$s from handling_unit u join request r on r.case_number = u.case_number
                      where %3$s group by u.case_number) uc on uc.case_number = r.case_number
          left join (%4$s) gc on gc.case_number = r.case_number
         where %3$s group by %5$s""".formatted(WITH_AREA, UNIT_SUMS, cases, urgesPerCase(cases), groupBy);
  }

  /**
   * Per department and {@code keys}/{@code groupBy} (columns of {@code request r}) of the requests {@code cases}
   * selects: a department's requests are those it had a unit on (lead or cooperating, any round, any end), counted
   * once each ({@link #REQUEST_SUMS}, urges); its unit figures and ratings ({@code rated_*}, {@code latest_*}) count
   * its own units only. The department's code is {@code department_code}.
   */
  public static String departmentSums(String keys, String groupBy, String cases) {
    // one row per case and department, carrying the request's columns (functionally dependent on the case), so that
    // the requests are not joined a second time
    return "select " + keys + (keys.isEmpty() ? "" : ", ") + "r.department_code, " + REQUEST_SUMS + """
        , coalesce(sum(gc.urges), 0) as urges, sum(case when gc.urges > 0 then 1 else 0 end) as urged,
          sum(r.judged) as judged, sum(r.on_time) as on_time, sum(r.rated_done) as rated_done,
          sum(r.rated_on_track) as rated_on_track, sum(r.rated_slow) as rated_slow,
          sum(r.latest_done) as latest_done, sum(r.latest_on_track) as latest_on_track,
          sum(r.latest_slow) as latest_slow
          from (select u.case_number, u.department_code, %6$s, %1$s, %2$s
                  from handling_unit u join request r on r.case_number = u.case_number
                 where %3$s group by u.case_number, u.department_code) r
          left join (%4$s) gc on gc.case_number = r.case_number
         group by %5$sr.department_code""".formatted(UNIT_SUMS, RATING_SUMS, cases, urgesPerCase(cases),
        groupBy.isEmpty() ? "" : groupBy + ", ", REQUEST_COLUMNS);
  }

  // the columns of request REQUEST_SUMS reads, each once per case and department (max of equal values)
  private static final String REQUEST_COLUMNS = Stream.of("outcome", "state", "acknowledged_at", "submitted_at",
      "response_due", "closed_at", "reopen_count", "satisfaction").map(column -> "max(r." + column + ") as " + column)
      .collect(Collectors.joining(", "));

  private static String urgesPerCase(String cases) {
    return "select g.case_number, count(*) as urges from urge g join request r on r.case_number = g.case_number"
        + " where " + cases + " group by g.case_number";
  }

  /** The rows of {@code ledger_ended_day} for the cases {@code cases} selects, every dimension. */
  static String figures(String cases) {
    String day = DAY + " as submitted_on";
    List<String> parts = new ArrayList<>();
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put(OFFICER, "coalesce(r.officer_id, '')");
    keys.put(AREA, "coalesce(e.area, '')");
    keys.put(CATEGORY, "r.category");
    keys.forEach((dimension, key) -> parts.add("select submitted_on, dimension, group_key, " + BY_CASE_COLUMNS
        + " from (" + caseSums(day + ", '" + dimension + "' as dimension, " + key + " as group_key", DAY + ", " + key,
        cases) + ") c"));
    parts.add("select submitted_on, '" + DEPARTMENT + "' as dimension, department_code as group_key, "
        + String.join(", ", COLUMNS) + " from (" + departmentSums(day, DAY, cases) + ") d");
    return String.join(" union all ", parts);
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
    List<Map<String, Object>> rows = new ArrayList<>(jdbc.sql(figures("r.case_number = :caseNumber"))
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
            + ") " + figures(Ledger.ENDED_CASE))
        .param("now", Timestamp.from(StewardClock.now()))
        .param("today", StewardClock.today())
        .update();
  }
}
