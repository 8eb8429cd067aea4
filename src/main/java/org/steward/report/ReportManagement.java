package org.steward.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.access.CaseAccess;
import org.steward.access.CaseReader;
import org.steward.access.CaseScope;
import org.steward.directory.StewardGroups;
import org.steward.handling.Rating;
import org.steward.ledger.Ledger;
import org.steward.policy.PolicyStatistics;
import org.steward.visit.VisitReport;
import org.steward.project.ProjectBoard;
import org.steward.project.ProjectManagement;
import org.steward.request.Caller;
import org.steward.request.Categories;
import org.steward.shared.ReportingData;
import org.steward.shared.StewardClock;
import org.steward.shared.StewardException;

/**
 * Computes work reports from Steward's own tables, aggregating in the database: the requests of the period, their
 * handling units and their urges are each counted in one query grouped by officer, area and category together (a few
 * thousand rows at most), which Java adds up into the totals and the three breakdowns; departments take two more
 * grouped queries. Every figure is a count or a sum, so the roll-up is exact. The projects come from the project
 * board, the policies' figures from {@link PolicyStatistics}. docs/reports.md defines every figure.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ReportManagement {

  private static final Set<String> READERS = Set.of(StewardGroups.ADMIN, StewardGroups.SUPERVISORS,
      StewardGroups.JOINT_OFFICE, StewardGroups.LEADERS);
  private static final String NO_AREA = "（未填写区域）";
  private static final String NO_OFFICER = "（未分派）";

  private static final String IN_PERIOD = " r.submitted_at >= :from and r.submitted_at < :to";
  private static final String FINE_GROUP = "r.officer_id, e.area, r.category";
  private static final String WITH_AREA = " left join directory_enterprise e on e.id = r.enterprise_id";
  private static final String OPEN = "u.state in ('ASSIGNED', 'SIGNED', 'EXTENSION_REQUESTED')";
  private static final String REQUEST_SUMS = """
      count(*) as collected,
      sum(case when r.outcome = 'RESOLVED_DIRECTLY' then 1 else 0 end) as on_spot,
      sum(case when r.outcome = 'TRACKED' then 1 else 0 end) as tracked,
      sum(case when r.state = 'CLOSED' then 1 else 0 end) as closed,
      sum(case when r.state = 'WITHDRAWN' then 1 else 0 end) as withdrawn,
      sum(case when r.state = 'NO_RESPONSE' then 1 else 0 end) as no_response,
      sum(case when r.acknowledged_at is not null then 1 else 0 end) as answered,
      sum(case when r.acknowledged_at is not null
               then extract(epoch from r.acknowledged_at) - extract(epoch from r.submitted_at) end) as response_seconds,
      sum(case when r.acknowledged_at <= r.response_due then 1 else 0 end) as answered_in_time,
      sum(case when r.acknowledged_at is not null or r.response_due < :now then 1 else 0 end) as answerable,
      sum(case when r.reopen_count > 0 then 1 else 0 end) as reopened,
      sum(case when r.satisfaction is not null then 1 else 0 end) as rated,
      sum(case when r.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end) as satisfied""";
  // A unit is judged once it gave feedback or while it is open past its last day; on time when rated DONE at feedback
  // (feedback before the end of its due date, which approved extensions move).
  private static final String UNIT_SUMS = """
      sum(case when u.state = 'FEEDBACK_GIVEN' or (%1$s and u.due_date < :today) then 1 else 0 end) as judged,
      sum(case when u.state = 'FEEDBACK_GIVEN' and u.rating = 'DONE' then 1 else 0 end) as on_time""".formatted(OPEN);
  private static final String URGE_SUMS = "count(*) as urges, count(distinct g.case_number) as urged";
  // the ledger's rating: final once given, else live from the last signalled light; none for returned units
  private static final String RATING = Ledger.rating("u");

  private final ReportingData reporting;
  private final ProjectManagement projects;
  private final PolicyStatistics policyStatistics;
  private final VisitReport visits;
  private final Categories categories;
  private final CaseAccess access;

  /**
   * The report of {@code period}, or of {@code from}..{@code to}, or of the current month (see
   * {@link ReportPeriod#parse}); 403 ({@code report-forbidden}) for callers who are not readers, checked first.
   */
  public Report report(String period, String from, String to, Caller caller) {
    if (caller.groups().stream().noneMatch(READERS::contains)) {
      throw new StewardException(HttpStatus.FORBIDDEN, "report-forbidden");
    }
    ReportPeriod parsed = ReportPeriod.parse(period, from, to);
    // the grouped scans read where exports read (the read replica when there is one), all from one snapshot
    return reporting.snapshot(() -> report(parsed, caller));
  }

  // Counts only the requests of the caller's case scope (CaseAccess): all of them for supervisors, the office and
  // administrators, the requests of their projects for leaders.
  private Report report(ReportPeriod period, Caller caller) {
    CaseScope scope = access.scope(new CaseReader(caller.userId(), caller.groups()));
    Map<String, Object> params = new HashMap<>(scope.params());
    params.put("from", Timestamp.from(period.from().atStartOfDay(StewardClock.ZONE).toInstant()));
    params.put("to", Timestamp.from(period.to().plusDays(1).atStartOfDay(StewardClock.ZONE).toInstant()));
    params.put("now", Timestamp.from(StewardClock.now()));
    params.put("today", StewardClock.today());
    String inPeriod = IN_PERIOD + (scope.all() ? "" : " and " + scope.sql("r.case_number"));
    Map<FineGroup, Figures.Sums> fine = new HashMap<>();
    Map<String, String> officerNames = new HashMap<>();
    reporting.jdbc().sql("select " + FINE_GROUP + ", max(o.name) as officer_name, " + REQUEST_SUMS + " from request r"
            + WITH_AREA + " left join directory_officer o on o.id = r.officer_id where" + inPeriod
            + " group by " + FINE_GROUP)
        .params(params)
        .query(rs -> {
          FineGroup group = fineGroup(rs);
          officerNames.put(group.officer(), rs.getString("officer_name"));
          fine.merge(group, requestSums(rs), Figures.Sums::plus);
        });
    reporting.jdbc().sql("select " + FINE_GROUP + ", " + UNIT_SUMS + " from handling_unit u join request r"
            + " on r.case_number = u.case_number" + WITH_AREA + " where" + inPeriod + " group by " + FINE_GROUP)
        .params(params)
        .query(rs -> {
          fine.merge(fineGroup(rs), unitSums(rs), Figures.Sums::plus);
        });
    reporting.jdbc().sql("select " + FINE_GROUP + ", " + URGE_SUMS + " from urge g join request r"
            + " on r.case_number = g.case_number" + WITH_AREA + " where" + inPeriod + " group by " + FINE_GROUP)
        .params(params)
        .query(rs -> {
          fine.merge(fineGroup(rs), urgeSums(rs), Figures.Sums::plus);
        });
    Figures totals = fine.values().stream().reduce(Figures.Sums.NONE, Figures.Sums::plus).figures();
    List<Report.Group> byOfficer = rollUp(fine, FineGroup::officer,
        key -> key == null ? NO_OFFICER : officerNames.getOrDefault(key, key));
    List<Report.Group> byArea = rollUp(fine, FineGroup::area, key -> key == null ? NO_AREA : key);
    Map<String, String> categoryLabels = categories.labels();
    List<Report.Group> byCategory = rollUp(fine, FineGroup::category,
        key -> categoryLabels.getOrDefault(key, key));
    ProjectBoard board = projects.board(caller);
    return new Report(period, totals, byDepartment(params, inPeriod), byOfficer, byArea, byCategory,
        new Report.Projects(names(board.byState()), board.byMilestone()), policies(period),
        visits.figures(start(period.from()), start(period.to().plusDays(1))));
  }

  private static Instant start(LocalDate day) {
    return day.atStartOfDay(StewardClock.ZONE).toInstant();
  }

  // Policies are not cases: every reader sees all of them.
  private Report.Policies policies(ReportPeriod period) {
    List<Report.Policy> rows = policyStatistics.between(period.from(), period.to()).stream()
        .map(p -> new Report.Policy(p.id(), p.title(), p.issuingDepartment(), p.publishedOn(),
            PolicyPushFigures.of(p.matched(), p.delivered(), p.read(), p.confirmed(), p.applicable(),
                p.consultations())))
        .toList();
    return new Report.Policies(rows, rows.stream().map(Report.Policy::figures)
        .reduce(PolicyPushFigures.NONE, PolicyPushFigures::plus));
  }

  /** One combination of officer, area and category that some request of the period has (any may be null). */
  private record FineGroup(String officer, String area, String category) {
  }

  private static FineGroup fineGroup(ResultSet rs) throws SQLException {
    return new FineGroup(rs.getString("officer_id"), rs.getString("area"), rs.getString("category"));
  }

  private static List<Report.Group> rollUp(Map<FineGroup, Figures.Sums> fine, Function<FineGroup, String> key,
      Function<String, String> name) {
    Map<String, Figures.Sums> groups = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    fine.forEach((group, sums) -> groups.merge(key.apply(group), sums, Figures.Sums::plus));
    List<Report.Group> rolled = new ArrayList<>();
    groups.forEach((k, sums) -> rolled.add(new Report.Group(k, name.apply(k), sums.figures(), null)));
    return rolled;
  }

  // A department's requests are those it had a unit on (lead or cooperating, any round, any end); its unit figures
  // and ratings count its own units only. One pass: the units of the period grouped by case and department (one row a
  // request a department had), then by department with the request's figures counted once a row.
  private List<Report.Group> byDepartment(Map<String, Object> params, String inPeriod) {
    Map<String, Figures.Sums> sums = new TreeMap<>();
    Map<String, Map<String, Long>> ratings = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    reporting.jdbc().sql("select dc.department_code, max(dc.name) as name, " + REQUEST_SUMS + """
            , sum(coalesce(gc.urges, 0)) as urges, sum(case when gc.urges > 0 then 1 else 0 end) as urged,
              sum(dc.judged) as judged, sum(dc.on_time) as on_time, sum(dc.rated_done) as rated_done,
              sum(dc.rated_on_track) as rated_on_track, sum(dc.rated_slow) as rated_slow
              from (select u.case_number, u.department_code, max(d.name) as name, %1$s,
                           sum(case when %2$s = 'DONE' then 1 else 0 end) as rated_done,
                           sum(case when %2$s = 'ON_TRACK' then 1 else 0 end) as rated_on_track,
                           sum(case when %2$s = 'SLOW' then 1 else 0 end) as rated_slow
                      from handling_unit u join request r on r.case_number = u.case_number
                      left join directory_department d on d.code = u.department_code
                     where %3$s group by u.case_number, u.department_code) dc
              join request r on r.case_number = dc.case_number
              left join (select g.case_number, count(*) as urges from urge g join request r
                           on r.case_number = g.case_number where %3$s group by g.case_number) gc
                on gc.case_number = dc.case_number
             group by dc.department_code""".formatted(UNIT_SUMS, RATING, inPeriod))
        .params(params)
        .query(rs -> {
          String code = rs.getString("department_code");
          sums.merge(code, requestSums(rs).plus(urgeSums(rs)).plus(unitSums(rs)), Figures.Sums::plus);
          names.put(code, rs.getString("name"));
          Map<String, Long> counts = new LinkedHashMap<>();
          counts.put(Rating.DONE.name(), rs.getLong("rated_done"));
          counts.put(Rating.ON_TRACK.name(), rs.getLong("rated_on_track"));
          counts.put(Rating.SLOW.name(), rs.getLong("rated_slow"));
          ratings.put(code, counts);
        });
    List<Report.Group> departments = new ArrayList<>();
    sums.forEach((code, s) -> departments.add(new Report.Group(code,
        names.get(code) == null ? code : names.get(code), s.figures(), ratings.get(code))));
    return departments;
  }

  private static Figures.Sums requestSums(ResultSet rs) throws SQLException {
    return new Figures.Sums(rs.getLong("collected"), rs.getLong("on_spot"), rs.getLong("tracked"),
        rs.getLong("closed"), rs.getLong("answered"), rs.getDouble("response_seconds"),
        rs.getLong("answered_in_time"), rs.getLong("answerable"), 0, 0, rs.getLong("reopened"), rs.getLong("rated"),
        rs.getLong("satisfied"), 0, 0, rs.getLong("withdrawn"), rs.getLong("no_response"));
  }

  private static Figures.Sums unitSums(ResultSet rs) throws SQLException {
    return new Figures.Sums(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, rs.getLong("judged"), rs.getLong("on_time"), 0, 0);
  }

  private static Figures.Sums urgeSums(ResultSet rs) throws SQLException {
    return new Figures.Sums(0, 0, 0, 0, 0, 0, 0, 0, rs.getLong("urges"), rs.getLong("urged"), 0, 0, 0, 0, 0, 0, 0);
  }

  private static <E extends Enum<E>> Map<String, Integer> names(Map<E, Integer> counts) {
    Map<String, Integer> named = new LinkedHashMap<>();
    counts.forEach((state, count) -> named.put(state.name(), count));
    return named;
  }
}
