package org.steward.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;
import static org.steward.request.process.EnterpriseRequestProcess.DECISION;
import static org.steward.request.process.EnterpriseRequestProcess.FOLLOW_UP;
import static org.steward.request.process.EnterpriseRequestProcess.FOLLOW_UP_CLOSE;
import static org.steward.request.process.EnterpriseRequestProcess.FOLLOW_UP_MATERIAL;
import static org.steward.request.process.EnterpriseRequestProcess.FOLLOW_UP_NOTE;
import static org.steward.request.process.EnterpriseRequestProcess.MATERIAL_ASK;
import static org.steward.request.process.EnterpriseRequestProcess.MATERIAL_OVERDUE;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.EngineSteps;
import org.steward.access.CaseReader;
import org.steward.directory.DirectoryManagement;
import org.steward.ledger.EndedCaseFigures;
import org.steward.ledger.Ledger;
import org.steward.ledger.LedgerFilter;
import org.steward.ledger.LedgerFigures;
import org.steward.ledger.LedgerOracles;
import org.steward.request.Caller;
import org.steward.request.RequestFixtures;
import org.steward.request.RequestIntake;
import org.steward.request.RequestRatings;
import org.steward.request.Withdrawal;
import org.steward.shared.StewardClock;

/**
 * Cases driven to each end (closed after a reopening, withdrawn, closed for no response) through Steward's use cases
 * and the engine on PostgreSQL, nothing inserted by hand: the figures added when each ended are those
 * {@link EndedCaseFigures#rebuild()} computes, and the report and the dashboard's ratings answer as counting every case
 * live. The cases are submitted on a day of their own.
 */
@SpringBootTest(properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class EndedCasesIT {

  private static final Caller ENTERPRISE = new Caller("ent01", Set.of("enterprises"));
  private static final Caller SUPERVISOR = new Caller("chenjianguo", Set.of("supervisors"));
  private static final ZonedDateTime DAY = ZonedDateTime.of(2031, 3, 3, 9, 0, 0, 0, StewardClock.ZONE);
  private static final String OFFICER = EngineSteps.OFFICER;
  private static final String LEAD = EngineSteps.LEAD;
  private static final String COOPERATING = EngineSteps.COOPERATING;

  @Autowired
  RequestIntake intake;
  @Autowired
  RequestRatings ratings;
  @Autowired
  Withdrawal withdrawal;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  ApplicationContext context;
  @Autowired
  EndedCaseFigures ended;
  @Autowired
  ReportManagement reports;
  @Autowired
  LedgerFigures ledger;
  @Autowired
  Ledger ledgerPages;
  @Autowired
  JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void casesEndedThroughTheUseCases_addWhatRebuildComputes_andTheReportAndDashboardAnswerAsLive() {
    ClockUtil.setCurrentTime(Date.from(DAY.toInstant()));
    long enterprise = directory.enterpriseOfUser("ent01").orElseThrow().id();

    EngineSteps steps = new EngineSteps(context);
    String closed = submit(enterprise, "重办后销号");
    steps.replied(closed);
    ratings.rate(closed, "UNSATISFIED", "方案不可行", ENTERPRISE);
    steps.handOver(closed);
    steps.feedBack(closed);
    steps.consolidate(closed, "新方案已出具。");
    steps.reply(closed, "新方案已出具。");
    ratings.rate(closed, "SATISFIED", "满意", ENTERPRISE);

    String withdrawn = submit(enterprise, "企业撤回");
    withdrawal.withdraw(withdrawn, "已自行解决", ENTERPRISE);

    String open = submit(enterprise, "仍在办理");
    steps.signed(open);

    String noResponse = submit(enterprise, "未补充材料");
    steps.acknowledged(noResponse);
    steps.complete(OFFICER, "officers", noResponse, DECIDE_HANDLING, Map.of(DECISION, "REQUEST_MATERIAL",
        MATERIAL_ASK, "请补充用地红线图。"));
    ClockUtil.setCurrentTime(Date.from(DAY.plusDays(10).toInstant()));
    steps.fire(noResponse, MATERIAL_OVERDUE);
    steps.complete(OFFICER, "officers", noResponse, FOLLOW_UP_MATERIAL, Map.of(FOLLOW_UP, FOLLOW_UP_CLOSE,
        FOLLOW_UP_NOTE, "企业表示不再需要。"));


    assertThat(jdbc.sql("select case_number || ' ' || state from request where case_number in (:cases)")
        .param("cases", List.of(closed, withdrawn, noResponse, open)).query(String.class).list())
        .containsExactlyInAnyOrder(closed + " CLOSED", withdrawn + " WITHDRAWN", noResponse + " NO_RESPONSE",
            open + " HANDLING");
    List<Map<String, Object>> maintained = days();
    assertThat(maintained).extracting(row -> row.get("dimension") + " " + row.get("group_key"))
        .contains("DEPARTMENT " + LEAD, "DEPARTMENT " + COOPERATING, "OFFICER " + OFFICER);
    Report asMaintained = reports.report(null, DAY.toLocalDate().toString(), DAY.toLocalDate().toString(),
        SUPERVISOR);
    List<?> dashboard = ledger.ratingsByDepartment();

    ended.rebuild();

    assertThat(days()).isEqualTo(maintained);
    LocalDate day = DAY.toLocalDate();
    assertThat(asMaintained).isEqualTo(reports.live(new ReportPeriod(day, day, day + "至" + day), SUPERVISOR));
    assertThat(asMaintained.totals().collected()).isEqualTo(4);
    assertThat(asMaintained.totals().closed()).isEqualTo(1);
    assertThat(asMaintained.totals().withdrawn()).isEqualTo(1);
    assertThat(asMaintained.totals().noResponse()).isEqualTo(1);
    assertThat(dashboard).isEqualTo(LedgerOracles.ratingsByDepartment(jdbc));
    // the ledger counts the ended cases of a department, an officer or a category from their days, as a live count
    for (LedgerFilter filter : List.of(filter(null, LEAD, null, null), filter(null, COOPERATING, null, null),
        filter(null, null, OFFICER, null), filter(null, null, null, "land"), filter(null, null, null, "power"),
        filter("CLOSED", LEAD, null, null), filter("WITHDRAWN", null, null, null), filter(null, null, null, null),
        filter("NO_RESPONSE", null, OFFICER, null))) {
      assertThat(ledgerPages.page(filter, new CaseReader(SUPERVISOR.userId(), SUPERVISOR.groups())).total())
          .as(filter.toString()).isEqualTo(liveCount(filter));
    }
  }

  private static LedgerFilter filter(String state, String department, String officer, String category) {
    LocalDate day = DAY.toLocalDate();
    return new LedgerFilter(state, null, department, officer, null, category, day, day, 0, 20, null);
  }

  /** The cases of the test's day the filter finds, counted from the requests and their units. */
  private long liveCount(LedgerFilter filter) {
    return jdbc.sql("""
            select count(*) from request r
             where r.case_number in (:cases)
               and (cast(:state as varchar(20)) is null or r.state = :state)
               and (cast(:officer as varchar(64)) is null or r.officer_id = :officer)
               and (cast(:category as varchar(64)) is null or r.category = :category)
               and (cast(:department as varchar(64)) is null or exists (select 1 from handling_unit u
                     where u.case_number = r.case_number and u.department_code = :department))""")
        .param("cases", jdbc.sql("select case_number from request where submitted_at >= :from and submitted_at < :to")
            .param("from", Timestamp.from(DAY.toLocalDate().atStartOfDay(StewardClock.ZONE).toInstant()))
            .param("to", Timestamp.from(DAY.toLocalDate().plusDays(1).atStartOfDay(StewardClock.ZONE)
                .toInstant()))
            .query(String.class).list())
        .param("state", filter.state()).param("officer", filter.officer()).param("category", filter.category())
        .param("department", filter.department())
        .query(Long.class).single();
  }

  private List<Map<String, Object>> days() {
    return jdbc.sql("""
            select * from ledger_ended_day where submitted_on = :day and collected > 0
             order by dimension, group_key""").param("day", DAY.toLocalDate()).query().listOfRows();
  }

  private String submit(long enterprise, String title) {
    return intake.submit(RequestFixtures.request(enterprise, title), "ent01", null).request().caseNumber();
  }
}
