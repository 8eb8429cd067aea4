package org.steward.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.StewardGroups;
import org.steward.handling.Rating;
import org.steward.project.ProjectBoard;
import org.steward.project.ProjectManagement;
import org.steward.request.Caller;
import org.steward.request.Category;
import org.steward.shared.StewardClock;
import org.steward.shared.StewardException;

/**
 * Computes work reports from Steward's own tables, in the database: one grouped query per breakdown over the requests
 * submitted in the period, each joined to its urges and handling units aggregated per case. Administrators,
 * supervisors, the joint-meeting office and project leaders may read them. docs/reports.md defines every figure.
 */
@Service
@Transactional(readOnly = true)
public class ReportManagement {

  private static final Set<String> READERS = Set.of(StewardGroups.ADMIN, StewardGroups.SUPERVISORS,
      StewardGroups.JOINT_OFFICE, StewardGroups.LEADERS);
  private static final String NO_AREA = "（未填写区域）";
  private static final String NO_OFFICER = "（未分派）";

  private static final String COHORT = "select c.case_number from request c where c.submitted_at >= :from "
      + "and c.submitted_at < :to";
  private static final String OPEN = "u.state in ('ASSIGNED', 'SIGNED', 'EXTENSION_REQUESTED')";
  // A unit is judged once it gave feedback or while it is open past its last day; on time when rated DONE at feedback
  // (feedback before the end of its due date, which approved extensions move).
  private static final String UNIT_SUMS = """
      sum(case when u.state = 'FEEDBACK_GIVEN' or (%1$s and u.due_date < :today) then 1 else 0 end) as judged,
      sum(case when u.state = 'FEEDBACK_GIVEN' and u.rating = 'DONE' then 1 else 0 end) as on_time""".formatted(OPEN);
  // The ledger's rating: final once given, else live from the last signalled light; none for returned units.
  private static final String RATING = """
      case when u.state = 'RETURNED' then null when u.rating is not null then u.rating
           when %s then case when u.light = 'RED' then 'SLOW' else 'ON_TRACK' end end""".formatted(OPEN);
  private static final String UNITS_PER_CASE = """
      select u.case_number, %s
        from handling_unit u where u.case_number in (%s) group by u.case_number""".formatted(UNIT_SUMS, COHORT);
  private static final String UNITS_PER_DEPARTMENT = """
      select u.case_number, u.department_code, %1$s,
             sum(case when %2$s = 'DONE' then 1 else 0 end) as rated_done,
             sum(case when %2$s = 'ON_TRACK' then 1 else 0 end) as rated_on_track,
             sum(case when %2$s = 'SLOW' then 1 else 0 end) as rated_slow
        from handling_unit u where u.case_number in (%3$s) group by u.case_number, u.department_code"""
      .formatted(UNIT_SUMS, RATING, COHORT);
  private static final String URGES_PER_CASE = """
      select g.case_number, count(*) as urges from urge g where g.case_number in (%s) group by g.case_number"""
      .formatted(COHORT);
  private static final String SUMS = """
      count(*) as collected,
      sum(case when r.outcome = 'RESOLVED_DIRECTLY' then 1 else 0 end) as on_spot,
      sum(case when r.outcome = 'TRACKED' then 1 else 0 end) as tracked,
      sum(case when r.state = 'CLOSED' then 1 else 0 end) as closed,
      sum(case when r.acknowledged_at is not null then 1 else 0 end) as answered,
      sum(case when r.acknowledged_at is not null
               then extract(epoch from r.acknowledged_at) - extract(epoch from r.submitted_at) end) as response_seconds,
      sum(case when r.acknowledged_at <= r.response_due then 1 else 0 end) as answered_in_time,
      sum(case when r.acknowledged_at is not null or r.response_due < :now then 1 else 0 end) as answerable,
      sum(coalesce(g.urges, 0)) as urges,
      sum(case when g.urges > 0 then 1 else 0 end) as urged,
      sum(case when r.reopen_count > 0 then 1 else 0 end) as reopened,
      sum(case when r.satisfaction is not null then 1 else 0 end) as rated,
      sum(case when r.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end) as satisfied,
      sum(coalesce(t.judged, 0)) as judged,
      sum(coalesce(t.on_time, 0)) as on_time""";
  private static final String WHERE = " where r.submitted_at >= :from and r.submitted_at < :to";

  private final JdbcClient jdbc;
  private final ProjectManagement projects;

  ReportManagement(JdbcClient jdbc, ProjectManagement projects) {
    this.jdbc = jdbc;
    this.projects = projects;
  }

  /**
   * The report of {@code period}, or of {@code from}..{@code to}, or of the current month (see
   * {@link ReportPeriod#parse}); 403 ({@code report-forbidden}) for callers who are not readers, checked first.
   */
  public Report report(String period, String from, String to, Caller caller) {
    if (caller.groups().stream().noneMatch(READERS::contains)) {
      throw new StewardException(HttpStatus.FORBIDDEN, "report-forbidden");
    }
    return report(ReportPeriod.parse(period, from, to), caller);
  }

  private Report report(ReportPeriod period, Caller caller) {
    Map<String, Object> params = Map.of(
        "from", Timestamp.from(period.from().atStartOfDay(StewardClock.ZONE).toInstant()),
        "to", Timestamp.from(period.to().plusDays(1).atStartOfDay(StewardClock.ZONE).toInstant()),
        "now", Timestamp.from(StewardClock.now()),
        "today", StewardClock.today());
    Figures totals = jdbc.sql("select " + SUMS + " from request r" + requestJoins() + WHERE).params(params)
        .query((rs, n) -> sums(rs).figures()).single();
    List<Report.Group> byOfficer = groups(params, "r.officer_id", "max(o.name)",
        " left join directory_officer o on o.id = r.officer_id", NO_OFFICER);
    List<Report.Group> byArea = groups(params, "e.area", "e.area",
        " left join directory_enterprise e on e.id = r.enterprise_id", NO_AREA);
    List<Report.Group> byCategory = groups(params, "r.category", "r.category", "", null).stream()
        .map(g -> new Report.Group(g.key(), Category.ofCode(g.key()).map(Category::label).orElse(g.key()),
            g.figures(), null))
        .toList();
    ProjectBoard board = projects.board(caller);
    return new Report(period, totals, byDepartment(params), byOfficer, byArea, byCategory,
        new Report.Projects(names(board.byState()), board.byMilestone()));
  }

  private static String requestJoins() {
    return " left join (" + URGES_PER_CASE + ") g on g.case_number = r.case_number"
        + " left join (" + UNITS_PER_CASE + ") t on t.case_number = r.case_number";
  }

  private List<Report.Group> groups(Map<String, Object> params, String key, String name, String join,
      String noneName) {
    return jdbc.sql("select " + key + " as k, " + name + " as name, " + SUMS + " from request r" + requestJoins()
            + join + WHERE + " group by " + key)
        .params(params)
        .query((rs, n) -> {
          String k = rs.getString("k");
          String groupName = rs.getString("name");
          return new Report.Group(k, k == null ? noneName : groupName == null ? k : groupName, sums(rs).figures(),
              null);
        })
        .list().stream()
        .sorted(Comparator.comparing(Report.Group::key, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  // A department's requests are those it had a unit on (lead or cooperating, any round, any end); its unit figures
  // and ratings count its own units only.
  private List<Report.Group> byDepartment(Map<String, Object> params) {
    return jdbc.sql("select t.department_code as k, max(d.name) as name, " + SUMS + """
            , sum(t.rated_done) as rated_done, sum(t.rated_on_track) as rated_on_track, sum(t.rated_slow) as rated_slow
              from request r
              join (%s) t on t.case_number = r.case_number
              left join (%s) g on g.case_number = r.case_number
              left join directory_department d on d.code = t.department_code
            """.formatted(UNITS_PER_DEPARTMENT, URGES_PER_CASE) + WHERE + " group by t.department_code order by t.department_code")
        .params(params)
        .query((rs, n) -> {
          Map<String, Long> ratings = new LinkedHashMap<>();
          ratings.put(Rating.DONE.name(), rs.getLong("rated_done"));
          ratings.put(Rating.ON_TRACK.name(), rs.getLong("rated_on_track"));
          ratings.put(Rating.SLOW.name(), rs.getLong("rated_slow"));
          String name = rs.getString("name");
          return new Report.Group(rs.getString("k"), name == null ? rs.getString("k") : name, sums(rs).figures(),
              ratings);
        })
        .list();
  }

  private static Figures.Sums sums(ResultSet rs) throws SQLException {
    return new Figures.Sums(rs.getLong("collected"), rs.getLong("on_spot"), rs.getLong("tracked"),
        rs.getLong("closed"), rs.getLong("answered"), rs.getDouble("response_seconds"),
        rs.getLong("answered_in_time"), rs.getLong("answerable"), rs.getLong("urges"), rs.getLong("urged"),
        rs.getLong("reopened"), rs.getLong("rated"), rs.getLong("satisfied"), rs.getLong("judged"),
        rs.getLong("on_time"));
  }

  private static <E extends Enum<E>> Map<String, Integer> names(Map<E, Integer> counts) {
    Map<String, Integer> named = new LinkedHashMap<>();
    counts.forEach((state, count) -> named.put(state.name(), count));
    return named;
  }
}
