package org.steward.workreport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Officer;
import org.steward.directory.StewardGroups;
import org.steward.request.Caller;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotFound;
import org.steward.shared.StateMoves;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;

/**
 * 工作季报: at the start of each quarter every officer gets a report of the quarter before with its figures drafted from
 * the data (a read model over the request, policy and directory tables, as the work report is, ADR 0018); the officer
 * adds a summary, the officer's supervisor accepts it or sends it back with a reason.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class WorkReports {

  static final int MAX_SUMMARY = 3000;
  static final int MAX_NOTE = 2000;
  private static final Set<String> READERS = Set.of(StewardGroups.SUPERVISORS, StewardGroups.LEADERS);

  private final JdbcClient jdbc;
  private final DirectoryManagement directory;

  /** A report opened for its officer: who writes it, who reviews it (null: the supervisors' queue). */
  public record Opened(String officer, String supervisor, String quarter, String figures) {
  }

  /**
   * Drafts the reports of the quarter before {@code today}'s for every officer who has none yet; answers the ids of
   * the reports drafted now, by officer.
   */
  public List<Long> draft(LocalDate today) {
    LocalDate to = today.with(IsoFields.DAY_OF_QUARTER, 1).minusDays(1);
    LocalDate from = to.with(IsoFields.DAY_OF_QUARTER, 1);
    String quarter = from.getYear() + "-Q" + from.get(IsoFields.QUARTER_OF_YEAR);
    Map<String, Object> period = Map.of("from", start(from), "to", start(to.plusDays(1)));
    List<Long> drafted = new ArrayList<>();
    for (Officer officer : directory.officers()) {
      if (jdbc.sql("select count(*) from work_report where officer_id = :officer and quarter = :quarter")
          .param("officer", officer.id()).param("quarter", quarter).query(Long.class).single() > 0) {
        continue;
      }
      drafted.add(insert(officer.id(), quarter, from, to, period));
    }
    return drafted;
  }

  /** Report {@code id} as its task shows it. */
  @Transactional(readOnly = true)
  public Opened open(long id) {
    WorkReport report = view(id);
    return new Opened(report.officerId(), directory.supervisorOf(report.officerId()).map(Officer::id).orElse(null),
        report.quarter(), report.figuresText());
  }

  /**
   * The officer's summary: the report is submitted for review (again, after it was sent back).
   *
   * @throws InvalidInput (summary)
   */
  public void submit(long id, String summary, String byUser) {
    Violations violations = new Violations();
    String text = violations.text("summary", summary, MAX_SUMMARY);
    violations.throwIfAny();
    if (!StateMoves.move(jdbc, "work_report", id, WorkReportState.SUBMITTED,
        Set.of(WorkReportState.DRAFTED, WorkReportState.SENT_BACK),
        Map.of("summary", text, "submitted_at", Timestamp.from(StewardClock.now())))) {
      throw new NotFound("work-report", id);
    }
    jdbc.sql("update work_report set rounds = rounds + 1 where id = :id").param("id", id).update();
  }

  /**
   * The supervisor's review: {@code ACCEPT}, or {@code SEND_BACK} with a reason (required); answers whether it was
   * accepted.
   *
   * @throws InvalidInput (decision, note)
   */
  public boolean review(long id, String decision, String note, String byUser) {
    Violations violations = new Violations();
    boolean accept = "ACCEPT".equals(decision);
    if (decision == null || decision.isBlank()) {
      violations.add("decision", "NotBlank");
    } else if (!accept && !"SEND_BACK".equals(decision)) {
      violations.add("decision", "workreport.decision.unknown");
    }
    String reason = accept ? violations.optionalText("note", note, MAX_NOTE) : violations.text("note", note, MAX_NOTE);
    violations.throwIfAny();
    if (!StateMoves.move(jdbc, "work_report", id, accept ? WorkReportState.ACCEPTED : WorkReportState.SENT_BACK,
        Set.of(WorkReportState.SUBMITTED), Map.of("reviewer_id", byUser, "review_note", reason == null ? "" : reason,
            "reviewed_at", Timestamp.from(StewardClock.now())))) {
      throw new NotFound("work-report", id);
    }
    return accept;
  }

  /** Reports, newest quarter first: an officer its own, supervisors, leaders and administrators everyone's. */
  @Transactional(readOnly = true)
  public List<WorkReport> list(Caller caller) {
    boolean all = caller.isAdmin() || caller.groups().stream().anyMatch(READERS::contains);
    if (!all && !caller.isOfficer()) {
      throw new WorkReportForbidden();
    }
    return jdbc.sql(SELECT + " where :all or w.officer_id = :user order by w.quarter desc, w.officer_id")
        .param("all", all).param("user", caller.userId()).query(this::row).list();
  }

  /** One report. */
  @Transactional(readOnly = true)
  public WorkReport view(long id) {
    return jdbc.sql(SELECT + " where w.id = :id").param("id", id).query(this::row).optional()
        .orElseThrow(() -> new NotFound("work-report", id));
  }

  private long insert(String officer, String quarter, LocalDate from, LocalDate to, Map<String, Object> period) {
    int visits = count("select count(*) from visit where officer_id = :officer and state = 'DONE' "
        + "and recorded_at >= :from and recorded_at < :to", officer, period);
    int raised = count("select count(*) from request where submitted_by = :officer and submitted_at >= :from "
        + "and submitted_at < :to", officer, period);
    int closed = count("select count(*) from request where officer_id = :officer and closed_at >= :from "
        + "and closed_at < :to", officer, period);
    int delivered = count("""
        select count(*) from policy_delivery d join directory_assignment a on a.enterprise_id = d.enterprise_id
        where a.officer_id = :officer and a.valid_to is null and d.delivered_at >= :from and d.delivered_at < :to""",
        officer, period);
    int rated = count("select count(*) from request where officer_id = :officer and rated_at >= :from "
        + "and rated_at < :to", officer, period);
    int satisfied = count("select count(*) from request where officer_id = :officer and rated_at >= :from "
        + "and rated_at < :to and satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')", officer, period);
    var key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into work_report (officer_id, quarter, period_from, period_to, visits_done, requests_raised,
              requests_closed, policies_delivered, rated, satisfied, state)
            values (:officer, :quarter, :from, :to, :visits, :raised, :closed, :delivered, :rated, :satisfied,
              'DRAFTED')""")
        .param("officer", officer).param("quarter", quarter).param("from", from).param("to", to)
        .param("visits", visits)
        .param("raised", raised).param("closed", closed).param("delivered", delivered).param("rated", rated)
        .param("satisfied", satisfied).update(key, "id");
    return key.getKey().longValue();
  }

  private int count(String sql, String officer, Map<String, Object> period) {
    return jdbc.sql(sql).params(period).param("officer", officer).query(Long.class).single().intValue();
  }

  private static Timestamp start(LocalDate day) {
    return Timestamp.from(day.atStartOfDay(StewardClock.ZONE).toInstant());
  }

  private static final String SELECT = "select w.* from work_report w";

  private WorkReport row(ResultSet rs, int n) throws SQLException {
    String officer = rs.getString("officer_id");
    return new WorkReport(rs.getLong("id"), officer, directory.userName(officer), rs.getString("quarter"),
        rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
        rs.getInt("visits_done"), rs.getInt("requests_raised"), rs.getInt("requests_closed"),
        rs.getInt("policies_delivered"), rs.getInt("rated"), rs.getInt("satisfied"), rs.getString("summary"),
        WorkReportState.valueOf(rs.getString("state")), rs.getInt("rounds"), rs.getString("reviewer_id"),
        rs.getString("review_note"));
  }
}
