package org.steward.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.access.CaseAccess;
import org.steward.access.CaseReader;
import org.steward.access.CaseScope;
import org.steward.deadline.Light;
import org.steward.request.RequestState;
import org.steward.shared.StewardClock;
import org.steward.shared.StewardException;
import org.steward.shared.Violations;

/**
 * The ledger (台账) of enterprise requests, sorted by the nearest open time limit. Lights are the ones the deadline
 * timers last signalled (a unit's {@code light}, a request's {@code response_light}), so filtering by light and the
 * row agree; ratings are final once a unit reported, otherwise {@code SLOW} when red and {@code ON_TRACK} when not.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Ledger {

  public static final int MAX_PAGE_SIZE = 200;
  static final Set<String> STATES = Arrays.stream(RequestState.values()).map(Enum::name).collect(Collectors.toSet());
  static final Set<String> LIGHTS = Arrays.stream(Light.values()).map(Light::name).collect(Collectors.toSet());
  static final String OPEN_UNIT = "u.state not in ('FEEDBACK_GIVEN', 'RETURNED', 'WITHDRAWN')";
  /** {@link #OPEN_UNIT} said by the open states, so that an index on the state finds the open units. */
  static final String OPEN_UNIT_STATES = "u.state in ('ASSIGNED', 'SIGNED', 'EXTENSION_REQUESTED')";
  /** The ends of a case: it sorts last, has no deadline and is green. */
  static final Set<String> ENDS = Set.of(RequestState.CLOSED.name(), RequestState.WITHDRAWN.name(),
      RequestState.NO_RESPONSE.name());
  /** The open cases, said by their states, so that the index on the state finds them. */
  static final String OPEN_CASE = "r.state in (" + Arrays.stream(RequestState.values()).map(Enum::name)
      .filter(state -> !ENDS.contains(state)).sorted().map(state -> "'" + state + "'").collect(Collectors.joining(", "))
      + ")";
  // the department had a unit on the case, in any round
  private static final String DEPARTMENT_UNIT = "exists (select 1 from handling_unit d where d.case_number ="
      + " r.case_number and d.department_code = :department)";
  // the column of the ended cases' days (EndedCaseFigures) that counts each end
  private static final Map<String, String> ENDED_COLUMNS = Map.of(RequestState.CLOSED.name(), "closed",
      RequestState.WITHDRAWN.name(), "withdrawn", RequestState.NO_RESPONSE.name(), "no_response");
  static final String ENDED_CASE = "r.state in ('CLOSED', 'WITHDRAWN', 'NO_RESPONSE')";
  /**
   * The unit is of its case's latest round, as {@link #CURRENT_ROUND} says, by the flag the next round's handover sets
   * on the units before it: no look for a later round of every unit.
   */
  static final String LATEST_ROUND = "u.superseded = false";
  private static final String SUPERVISED = "exists (select 1 from supervision_order so "
      + "where so.case_number = r.case_number and so.state in ('ISSUED', 'SIGNED'))";

  // The units of each case's latest handover round, and per case the light and the nearest open unit due date.
  static final String FROM = from(false);
  // FROM for one page of cases chosen first (a CTE named page): the units of those cases only, not of every case
  static final String FROM_PAGE = from(true);
  // FROM for open cases only (OPEN_CASE): their lights and deadlines from the open units of the current round, read
  // through the index on the unit's state; what CaseStandings keeps of every open case
  static final String FROM_OPEN = fromOpen(false);
  // FROM_OPEN for the open cases a CTE named open_case holds: the open units of those cases only
  static final String FROM_OPEN_CASES = fromOpen(true);
  // The open cases as the ledger's standings (CaseStandings) hold them, each with its light and nearest deadline;
  // OPEN_REQUEST joins their requests, for the filter's conditions, and OPEN_ORDER is the order of its index
  static final String OPEN_FROM = " from ledger_standing st";
  static final String OPEN_REQUEST = " join request r on r.case_number = st.case_number";
  static final String OPEN_ORDER = "st.next_deadline, st.submitted_at, st.case_number";
  static final String LIGHT = """
      case when r.state in ('CLOSED', 'WITHDRAWN', 'NO_RESPONSE') then 'GREEN'
           when r.acknowledged_at is null and r.response_light = 'RED' then 'RED'
           when s.any_red = 1 then 'RED'
           when s.any_yellow = 1 then 'YELLOW'
           when r.acknowledged_at is null and r.response_light = 'YELLOW' then 'YELLOW'
           else 'GREEN' end""";
  static final String NEXT_DEADLINE = """
      case when r.state in ('CLOSED', 'WITHDRAWN', 'NO_RESPONSE') then null
           when r.acknowledged_at is null then cast(r.response_due as date)
           else coalesce(s.unit_due, r.resolution_due) end""";

  static final String SELECT_ROW = """
      select r.case_number, r.enterprise_id, r.enterprise_name, r.category, r.title, r.officer_id,
             o.name as officer_name, lead.department_code as lead_code, ld.name as lead_name, r.response_due,
             r.resolution_due, r.state, r.outcome, r.reopen_count, r.submitted_at,
             %s as light, %s as next_deadline
      """.formatted(LIGHT, NEXT_DEADLINE);
  static final String RATING = rating("u");
  static final String CURRENT_ROUND =
      "u.round = (select max(x.round) from handling_unit x where x.case_number = u.case_number)";

  /** FROM_OPEN, over the units of every open case or only those of the cases of a CTE named {@code open_case}. */
  private static String fromOpen(boolean chosen) {
    return """
        from request r%s
        left join (
          select u.case_number,
                 max(case when u.light = 'RED' then 1 else 0 end) as any_red,
                 max(case when u.light = 'YELLOW' then 1 else 0 end) as any_yellow,
                 min(u.due_date) as unit_due
            from handling_unit u
           where %s
             and %s%s
           group by u.case_number) s on s.case_number = r.case_number
        """.formatted(chosen ? " join open_case oc on oc.case_number = r.case_number" : "", OPEN_UNIT_STATES,
        LATEST_ROUND, chosen ? " and u.case_number in (select case_number from open_case)" : "");
  }

  /** The ledger's joins, over every case's units or only those of the cases of a CTE named {@code page}. */
  private static String from(boolean onePage) {
    String pageUnits = onePage ? "where case_number in (select case_number from page)" : "";
    return """
        from request r
        left join (
          select u.case_number,
                 max(case when %1$s and u.light = 'RED' then 1 else 0 end) as any_red,
                 max(case when %1$s and u.light = 'YELLOW' then 1 else 0 end) as any_yellow,
                 min(case when %1$s then u.due_date end) as unit_due
            from handling_unit u
            join (select case_number, max(round) as round from handling_unit %2$s group by case_number) cur
              on cur.case_number = u.case_number and cur.round = u.round
           %3$s
           group by u.case_number) s on s.case_number = r.case_number
        left join handling_unit lead on lead.case_number = r.case_number and lead.position = 0
          and lead.round = (select max(x.round) from handling_unit x where x.case_number = r.case_number)
        left join directory_department ld on ld.code = lead.department_code
        left join directory_officer o on o.id = r.officer_id
        """.formatted(OPEN_UNIT, pageUnits, pageUnits.replace("where case_number", "where u.case_number"));
  }

  private final JdbcClient jdbc;
  private final CaseAccess access;

  /**
   * One page of the matters of the reader's case scope ({@link CaseAccess}) that match the filter; 400 on a bad filter,
   * 403 for enterprises.
   */
  public LedgerPage page(LedgerFilter filter, CaseReader reader) {
    check(filter);
    Map<String, Object> params = new LinkedHashMap<>();
    CaseScope scope = scope(reader);
    List<String> conditions = conditions(filter, scope, params);
    // The open cases come first, by their nearest deadline; the ended ones (no deadline, always green) after them, by
    // submission. Each part is asked on its own, so that neither reads the units of the other.
    boolean open = (filter.state() == null || !ENDS.contains(filter.state()));
    boolean ended = (filter.state() == null || ENDS.contains(filter.state()))
        && (filter.light() == null || Light.GREEN.name().equals(filter.light()));
    List<String> openConditions = new ArrayList<>(conditions);
    List<String> endedConditions = new ArrayList<>(conditions);
    // the standing has the open case's state, light and departments
    if (filter.state() != null) {
      openConditions.add("st.state = :state");
      endedConditions.add("r.state = :state");
      params.put("state", filter.state());
    }
    if (filter.department() != null) {
      openConditions.add("exists (select 1 from ledger_standing_unit su where su.case_number = st.case_number"
          + " and su.department_code = :department)");
      endedConditions.add(DEPARTMENT_UNIT);
      params.put("department", filter.department());
    }
    if (filter.light() != null) {
      openConditions.add("st.light = :light");
      params.put("light", filter.light());
    }
    endedConditions.add(ENDED_CASE);
    String endedWhere = " where " + String.join(" and ", endedConditions);
    // The open cases are those of the ledger's standings (CaseStandings), with their light and nearest deadline:
    // the page walks its index; the request is joined only when the filter asks about it.
    String openFrom = OPEN_FROM + (conditions.isEmpty() ? "" : OPEN_REQUEST)
        + (openConditions.isEmpty() ? "" : " where " + String.join(" and ", openConditions));
    long openTotal = !open ? 0
        : jdbc.sql("select count(*)" + openFrom).params(params).query(Long.class).single();
    long endedTotal = !ended ? 0 : endedCount(filter, scope)
        .orElseGet(() -> jdbc.sql("select count(*) from request r" + endedWhere).params(params).query(Long.class)
            .single());
    long offset = (long) filter.page() * filter.size();
    List<LedgerRow> rows = new ArrayList<>();
    if (offset < openTotal) {
      rows.addAll(onePage("select st.case_number, st.next_deadline, st.submitted_at" + openFrom,
          OPEN_ORDER, params, offset, filter.size()));
    }
    if (ended && rows.size() < filter.size()) {
      rows.addAll(onePage("select r.case_number, r.submitted_at from request r" + endedWhere,
          "r.submitted_at, r.case_number", params, Math.max(0, offset - openTotal), filter.size() - rows.size()));
    }
    return new LedgerPage(withUnits(rows), openTotal + endedTotal);
  }

  /**
   * How many ended cases the filter finds, read from their kept days ({@link EndedCaseFigures}) when it asks only what
   * those are grouped by: at most one of a department, an officer or a category, a period of submission and an ended
   * state, for a reader of every case. A department's ended cases are otherwise looked for among all of them.
   */
  private Optional<Long> endedCount(LedgerFilter filter, CaseScope scope) {
    Map<String, String> dimensions = new LinkedHashMap<>();
    if (filter.department() != null) {
      dimensions.put(EndedCaseFigures.DEPARTMENT, filter.department());
    }
    if (filter.officer() != null) {
      dimensions.put(EndedCaseFigures.OFFICER, filter.officer());
    }
    if (filter.category() != null) {
      dimensions.put(EndedCaseFigures.CATEGORY, filter.category());
    }
    if ((scope != null && !scope.all()) || filter.enterprise() != null || filter.supervised() != null
        || dimensions.size() > 1) {
      return Optional.empty();
    }
    // without a group asked for, every ended case is in exactly one category
    Map.Entry<String, String> group = dimensions.isEmpty() ? null : dimensions.entrySet().iterator().next();
    String column = filter.state() == null ? "collected" : ENDED_COLUMNS.get(filter.state());
    return Optional.of(jdbc.sql("select coalesce(sum(" + column + "), 0) from ledger_ended_day"
            + " where dimension = :dimension" + (group == null ? "" : " and group_key = :group")
            + " and submitted_on between :from and :to")
        .param("dimension", group == null ? EndedCaseFigures.CATEGORY : group.getKey())
        .param("group", group == null ? "" : group.getValue())
        .param("from", filter.submittedFrom() == null ? LocalDate.of(1900, 1, 1) : filter.submittedFrom())
        .param("to", filter.submittedTo() == null ? LocalDate.of(9999, 12, 31) : filter.submittedTo())
        .query(Long.class).single());
  }

  /** The rows of one page of {@code cases} (a select of case numbers with the columns of {@code order}). */
  private List<LedgerRow> onePage(String cases, String order, Map<String, Object> params, long offset, int size) {
    return jdbc.sql(pageOf(cases, order))
        .params(params)
        .param("offset", offset)
        .param("size", size)
        .query(Ledger::row)
        .list();
  }

  /**
   * The ledger's rows of the cases {@code cases} selects (their case numbers with the columns {@code order} names, of
   * one table each, {@code r} or {@code st}) in that order, from {@code :offset} on, {@code :size} of them; only their
   * units read.
   */
  static String pageOf(String cases, String order) {
    String pageOrder = Arrays.stream(order.split(",")).map(column -> "p." + column.strip().replaceFirst("^\\w+\\.", ""))
        .collect(Collectors.joining(", "));
    return "with page as (" + cases + " order by " + order
        + " offset :offset rows fetch next :size rows only) " + SELECT_ROW + FROM_PAGE
        + " join page p on p.case_number = r.case_number order by " + pageOrder;
  }

  /**
   * The SQL of a unit's rating as the ledger shows it, for the {@code handling_unit} row aliased {@code unit}: final
   * once it reported (or was withdrawn), otherwise SLOW when red and ON_TRACK when not; none for a returned unit.
   */
  public static String rating(String unit) {
    return """
        case when %1$s.state = 'RETURNED' then null
             when %1$s.state = 'WITHDRAWN' then %1$s.rating
             when %1$s.rating is not null then %1$s.rating
             when %1$s.light = 'RED' then 'SLOW' else 'ON_TRACK' end""".formatted(unit);
  }

  /** The reader's case scope; the ledger is for staff, so 403 for enterprises. */
  CaseScope scope(CaseReader reader) {
    if (!reader.isStaff()) {
      throw new StewardException(HttpStatus.FORBIDDEN, "ledger-not-visible");
    }
    return access.scope(reader);
  }

  static String where(LedgerFilter filter, CaseScope scope, Map<String, Object> params) {
    List<String> conditions = conditions(filter, scope, params);
    add(conditions, params, "r.state = :state", "state", filter.state());
    add(conditions, params, DEPARTMENT_UNIT, "department", filter.department());
    add(conditions, params, LIGHT + " = :light", "light", filter.light());
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  /** The filter's conditions on {@code request r} but those on the state, light and department the standing has. */
  private static List<String> conditions(LedgerFilter filter, CaseScope scope, Map<String, Object> params) {
    List<String> conditions = new ArrayList<>();
    if (scope != null && !scope.all()) {
      conditions.add(scope.sql("r.case_number"));
      params.putAll(scope.params());
    }
    add(conditions, params, "r.officer_id = :officer", "officer", filter.officer());
    add(conditions, params, "r.enterprise_id = :enterprise", "enterprise", filter.enterprise());
    add(conditions, params, "r.category = :category", "category", filter.category());
    if (filter.supervised() != null) {
      conditions.add(filter.supervised() ? SUPERVISED : "not " + SUPERVISED);
    }
    if (filter.submittedFrom() != null) {
      add(conditions, params, "r.submitted_at >= :from", "from",
          Timestamp.from(filter.submittedFrom().atStartOfDay(StewardClock.ZONE).toInstant()));
    }
    if (filter.submittedTo() != null) {
      add(conditions, params, "r.submitted_at < :to", "to",
          Timestamp.from(filter.submittedTo().plusDays(1).atStartOfDay(StewardClock.ZONE).toInstant()));
    }
    return conditions;
  }

  private static void add(List<String> conditions, Map<String, Object> params, String sql, String name, Object value) {
    if (value != null) {
      conditions.add(sql);
      params.put(name, value);
    }
  }

  private List<LedgerRow> withUnits(List<LedgerRow> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    Map<String, List<LedgerRow.UnitRating>> units = new LinkedHashMap<>();
    jdbc.sql("""
            select u.case_number, u.department_code, d.name as department_name, u.role, u.due_date, u.state,
                   %s as rating
              from handling_unit u
              left join directory_department d on d.code = u.department_code
             where u.case_number in (:cases) and %s
             order by u.case_number, u.position
            """.formatted(RATING, CURRENT_ROUND))
        .param("cases", rows.stream().map(LedgerRow::caseNumber).toList())
        .query((rs, n) -> {
          units.computeIfAbsent(rs.getString("case_number"), k -> new ArrayList<>()).add(new LedgerRow.UnitRating(
              rs.getString("department_code"), rs.getString("department_name"), rs.getString("role"),
              rs.getObject("due_date", LocalDate.class), rs.getString("state"), rs.getString("rating")));
          return null;
        })
        .list();
    Map<String, List<LedgerRow.OpenSupervisionOrder>> orders = new LinkedHashMap<>();
    jdbc.sql("""
            select id, case_number, target_kind, target, due_date, state, light from supervision_order
             where case_number in (:cases) and state in ('ISSUED', 'SIGNED')
             order by case_number, due_date, id
            """)
        .param("cases", rows.stream().map(LedgerRow::caseNumber).toList())
        .query((rs, n) -> orders.computeIfAbsent(rs.getString("case_number"), k -> new ArrayList<>())
            .add(new LedgerRow.OpenSupervisionOrder(rs.getLong("id"), rs.getString("target_kind"),
                rs.getString("target"), rs.getObject("due_date", LocalDate.class), rs.getString("state"),
                rs.getString("light"))))
        .list();
    return rows.stream().map(row -> new LedgerRow(row.caseNumber(), row.enterprise(), row.category(), row.title(),
        row.officer(), row.leadUnit(), row.responseDue(), row.resolutionDue(), row.nextDeadline(), row.light(),
        row.state(), row.outcome(), row.reopenCount(), row.submittedAt(),
        List.copyOf(units.getOrDefault(row.caseNumber(), List.of())),
        List.copyOf(orders.getOrDefault(row.caseNumber(), List.of())))).toList();
  }

  static LedgerRow row(ResultSet rs, int n) throws SQLException {
    String officerId = rs.getString("officer_id");
    String leadCode = rs.getString("lead_code");
    return new LedgerRow(rs.getString("case_number"),
        new LedgerRow.Party(String.valueOf(rs.getLong("enterprise_id")), rs.getString("enterprise_name")),
        rs.getString("category"), rs.getString("title"),
        officerId == null ? null : new LedgerRow.Party(officerId, rs.getString("officer_name")),
        leadCode == null ? null : new LedgerRow.Party(leadCode, rs.getString("lead_name")),
        offset(rs.getTimestamp("response_due")), rs.getObject("resolution_due", LocalDate.class),
        rs.getObject("next_deadline", LocalDate.class), rs.getString("light"), rs.getString("state"),
        rs.getString("outcome"), rs.getInt("reopen_count"), offset(rs.getTimestamp("submitted_at")), List.of(),
        List.of());
  }

  static OffsetDateTime offset(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant().atZone(StewardClock.ZONE).toOffsetDateTime();
  }

  static void check(LedgerFilter filter) {
    Violations violations = new Violations();
    if (filter.state() != null && !STATES.contains(filter.state())) {
      violations.add("state", "ledger.state.unknown", String.join(", ", STATES.stream().sorted().toList()));
    }
    if (filter.light() != null && !LIGHTS.contains(filter.light())) {
      violations.add("light", "ledger.light.unknown");
    }
    if (filter.page() < 0) {
      violations.add("page", "PositiveOrZero");
    }
    if (filter.size() < 1 || filter.size() > MAX_PAGE_SIZE) {
      violations.add("size", "ledger.size.range", MAX_PAGE_SIZE);
    }
    if (filter.submittedFrom() != null && filter.submittedTo() != null
        && filter.submittedTo().isBefore(filter.submittedFrom())) {
      violations.add("submittedTo", "ledger.submittedTo.beforeFrom");
    }
    violations.throwIfAny();
  }
}
