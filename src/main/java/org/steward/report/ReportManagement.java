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
import org.steward.ledger.EndedCaseFigures;
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
 * Computes work reports from Steward's own tables, aggregating in the database: the requests of the period with their
 * handling units' and urges' figures are counted in one query grouped by officer, area and category together (a few
 * thousand rows at most), which Java adds up into the totals and the three breakdowns; departments take one more
 * grouped query. For readers of every case, the ended cases' figures come from the ledger's days of the period
 * ({@link EndedCaseFigures}, computed with the same SQL when each case ended) and only the open cases are read live.
 * Every figure is a count or a sum, so the roll-up is exact. The projects come from the project board, the policies'
 * figures from {@link PolicyStatistics}. docs/reports.md defines every figure.
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
  // administrators, the requests of their projects for leaders. For all of them, the ended cases' figures come from the
  // ledger's days (EndedCaseFigures) and only the open cases are read live; a leader's few cases are all read live.
  private Report report(ReportPeriod period, Caller caller) {
    CaseScope scope = access.scope(new CaseReader(caller.userId(), caller.groups()));
    return scope.all() ? report(period, caller, params(period, scope), IN_PERIOD + " and " + EndedCaseFigures.OPEN_CASE,
        true) : live(period, caller);
  }

  /** The report counting every case of the caller's scope live, the ended ones too (the oracle of the days). */
  Report live(ReportPeriod period, Caller caller) {
    CaseScope scope = access.scope(new CaseReader(caller.userId(), caller.groups()));
    return report(period, caller, params(period, scope),
        IN_PERIOD + (scope.all() ? "" : " and " + scope.sql("r.case_number")), false);
  }

  private static Map<String, Object> params(ReportPeriod period, CaseScope scope) {
    Map<String, Object> params = new HashMap<>(scope.params());
    params.put("from", Timestamp.from(period.from().atStartOfDay(StewardClock.ZONE).toInstant()));
    params.put("to", Timestamp.from(period.to().plusDays(1).atStartOfDay(StewardClock.ZONE).toInstant()));
    params.put("now", Timestamp.from(StewardClock.now()));
    params.put("today", StewardClock.today());
    params.put("fromDay", period.from());
    params.put("toDay", period.to());
    return params;
  }

  /**
   * The report over the requests {@code cases} selects live, plus the ended cases' days of the period when
   * {@code withEndedDays}.
   */
  private Report report(ReportPeriod period, Caller caller, Map<String, Object> params, String cases,
      boolean withEndedDays) {
    Groups groups = new Groups();
    reporting.jdbc().sql(EndedCaseFigures.sums(false, cases)).params(params).query(groups::add);
    if (withEndedDays) {
      reporting.jdbc().sql(EndedCaseFigures.DAYS).params(params).query(groups::add);
    }
    Map<String, Figures.Sums> officers = groups.of(EndedCaseFigures.OFFICER);
    Figures totals = officers.values().stream().reduce(Figures.Sums.NONE, Figures.Sums::plus).figures();
    Map<String, String> officerNames = names("select id, name from directory_officer", "id");
    List<Report.Group> byOfficer = rollUp(officers, key -> key == null ? NO_OFFICER : officerNames.get(key), null);
    List<Report.Group> byArea = rollUp(groups.of(EndedCaseFigures.AREA), key -> key == null ? NO_AREA : key, null);
    Map<String, String> categoryLabels = categories.labels();
    List<Report.Group> byCategory = rollUp(groups.of(EndedCaseFigures.CATEGORY),
        key -> categoryLabels.getOrDefault(key, key), null);
    Map<String, String> departmentNames = names("select code, name from directory_department", "code");
    List<Report.Group> byDepartment = rollUp(groups.of(EndedCaseFigures.DEPARTMENT),
        key -> departmentNames.get(key) == null ? key : departmentNames.get(key), groups.ratings);
    ProjectBoard board = projects.board(caller);
    return new Report(period, totals, byDepartment, byOfficer, byArea, byCategory,
        new Report.Projects(names(board.byState()), board.byMilestone()), policies(period),
        visits.figures(start(period.from()), start(period.to().plusDays(1))));
  }

  private Map<String, String> names(String sql, String key) {
    Map<String, String> names = new HashMap<>();
    reporting.jdbc().sql(sql).query(rs -> {
      names.put(rs.getString(key), rs.getString("name"));
    });
    return names;
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

  /** The sums of each group of each dimension, and the departments' ratings, as the queries add them up. */
  private static final class Groups {
    private final Map<String, Map<String, Figures.Sums>> sums = new HashMap<>();
    private final Map<String, Map<String, Long>> ratings = new HashMap<>();

    /** Adds a row of figures per dimension and group ('' for no officer or no area). */
    void add(ResultSet rs) throws SQLException {
      String dimension = rs.getString("dimension");
      String key = rs.getString("group_key").isEmpty() ? null : rs.getString("group_key");
      of(dimension).merge(key, sums(rs), Figures.Sums::plus);
      if (!EndedCaseFigures.DEPARTMENT.equals(dimension)) {
        return;
      }
      Map<String, Long> counts = ratings.computeIfAbsent(key, k -> {
        Map<String, Long> none = new LinkedHashMap<>();
        List.of(Rating.DONE, Rating.ON_TRACK, Rating.SLOW).forEach(rating -> none.put(rating.name(), 0L));
        return none;
      });
      counts.merge(Rating.DONE.name(), rs.getLong("rated_done"), Long::sum);
      counts.merge(Rating.ON_TRACK.name(), rs.getLong("rated_on_track"), Long::sum);
      counts.merge(Rating.SLOW.name(), rs.getLong("rated_slow"), Long::sum);
    }

    Map<String, Figures.Sums> of(String dimension) {
      return sums.computeIfAbsent(dimension, k -> new HashMap<>());
    }
  }

  private static List<Report.Group> rollUp(Map<String, Figures.Sums> sums, Function<String, String> name,
      Map<String, Map<String, Long>> ratings) {
    Map<String, Figures.Sums> groups = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    groups.putAll(sums);
    List<Report.Group> rolled = new ArrayList<>();
    groups.forEach((k, s) -> rolled.add(new Report.Group(k, name.apply(k), s.figures(),
        ratings == null ? null : ratings.get(k))));
    return rolled;
  }

  private static Figures.Sums sums(ResultSet rs) throws SQLException {
    return new Figures.Sums(rs.getLong("collected"), rs.getLong("on_spot"), rs.getLong("tracked"),
        rs.getLong("closed"), rs.getLong("answered"), rs.getDouble("response_seconds"),
        rs.getLong("answered_in_time"), rs.getLong("answerable"), rs.getLong("urges"), rs.getLong("urged"),
        rs.getLong("reopened"), rs.getLong("rated"), rs.getLong("satisfied"), rs.getLong("judged"),
        rs.getLong("on_time"), rs.getLong("withdrawn"), rs.getLong("no_response"));
  }

  private static <E extends Enum<E>> Map<String, Integer> names(Map<E, Integer> counts) {
    Map<String, Integer> named = new LinkedHashMap<>();
    counts.forEach((state, count) -> named.put(state.name(), count));
    return named;
  }
}
