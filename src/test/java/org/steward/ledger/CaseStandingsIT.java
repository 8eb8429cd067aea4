package org.steward.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.access.CaseReader;
import org.steward.deadline.Light;
import org.steward.deadline.Lights;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.handling.UnitExtensions;
import org.steward.handling.UnitReports;
import org.steward.handling.UnitReturns;
import org.steward.request.Caller;
import org.steward.request.RequestFixtures;
import org.steward.request.RequestHandOver;
import org.steward.request.RequestIntake;
import org.steward.request.RequestRatings;
import org.steward.request.RequestSteps;
import org.steward.request.RequestTransfers;
import org.steward.request.Withdrawal;
import org.steward.shared.StewardClock;

/**
 * The ledger's standings on PostgreSQL, kept by the real writers in their own transactions: cases driven through the
 * use cases their process calls (submission, the 24-hour response's lights, signing for, handover, the units' signing,
 * lights, extension, feedback and return, consolidation, reply, reopening, a second round, close-out and withdrawal).
 * After every step the table holds what {@link CaseStandings#rebuild()} computes from scratch, and the ledger's page
 * and figures answer what the ledger's rules computed per call answered before the table.
 */
@SpringBootTest(properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class CaseStandingsIT {

  private static final CaseReader SUPERVISOR = new CaseReader("chenjianguo", Set.of(StewardGroups.SUPERVISORS));
  private static final LocalDate DAY = LocalDate.of(2033, 6, 6);

  @Autowired
  CaseStandings standings;
  @Autowired
  Ledger ledger;
  @Autowired
  LedgerFigures figures;
  @Autowired
  RequestIntake intake;
  @Autowired
  RequestSteps steps;
  @Autowired
  RequestHandOver handOver;
  @Autowired
  RequestRatings ratings;
  @Autowired
  Withdrawal withdrawal;
  @Autowired
  UnitReports reports;
  @Autowired
  UnitExtensions extensions;
  @Autowired
  UnitReturns returns;
  @Autowired
  Lights lights;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  RequestTransfers transfers;
  @Autowired
  JdbcClient jdbc;

  private final List<String> cases = new ArrayList<>();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theWritersKeepEveryCasesStanding_asARebuildWouldFindIt_andTheLedgerAnswersAsBefore() {
    at(DAY.atTime(9, 0));
    String handled = submit("经办");
    String withdrawn = submit("撤回");
    String late = submit("超时未签收");
    standingsAgree();
    assertThat(row(handled)).containsEntry("light", "GREEN");

    // the 24-hour response's timers: yellow, then red for the one never signed for
    at(DAY.atTime(21, 0));
    lights.signal("response", handled, Light.YELLOW);
    lights.signal("response", late, Light.YELLOW);
    standingsAgree();
    assertThat(row(handled)).containsEntry("light", "YELLOW");
    at(DAY.plusDays(1).atTime(9, 30));
    lights.signal("response", late, Light.RED);
    standingsAgree();
    assertThat(row(late)).containsEntry("light", "RED");
    transfers.transfer(late, "liuyang", "工作调整", new Caller("chenjianguo", Set.of(StewardGroups.SUPERVISORS)));
    standingsAgree();
    assertThat(row(late)).containsEntry("officer_id", "liuyang");

    // signed for and handed over to two departments; the other withdrawn
    steps.acknowledge(handled, "zhangwei", "已收到，交部门办理");
    withdrawal.withdraw(withdrawn, "已自行解决", new Caller("ent01", Set.of(StewardGroups.ENTERPRISES)));
    standingsAgree();
    assertThat(row(withdrawn)).isNull();
    RequestHandOver.HandOver first = handOver.handOver(handled, "housing", List.of("water"), 5, "zhangwei");
    standingsAgree();
    long lead = first.unitIds().get(0);
    long cooperating = first.unitIds().get(1);
    assertThat(row(handled)).containsEntry("light", "GREEN");

    // the units sign, light up, one asks for more time and gets it
    reports.sign(lead, "housing01");
    reports.sign(cooperating, "water01");
    lights.signal("unit", Long.toString(cooperating), Light.YELLOW);
    standingsAgree();
    assertThat(row(handled)).containsEntry("light", "YELLOW");
    extensions.requestExtension(lead, first.resolutionDue().plusWeeks(1), "需要现场踏勘", "housing01");
    extensions.decideExtension(lead, true, "zhangwei", "同意");
    standingsAgree();
    lights.signal("unit", Long.toString(lead), Light.RED);
    standingsAgree();
    assertThat(row(handled)).containsEntry("light", "RED");
    figuresAsBefore();

    // both feed back: consolidated, replied, the enterprise not satisfied, reopened
    reports.giveFeedback(lead, "已协调规划条件", "housing01");
    standingsAgree();
    reports.giveFeedback(cooperating, "已核实供水能力", "water01");
    standingsAgree();
    handOver.assessHandling(handled);
    handOver.recordConsolidation(handled, "已协调解决", "housing01");
    steps.recordReply(handled, "已协调解决，请查收", "zhangwei");
    standingsAgree();
    ratings.reopen(handled);
    standingsAgree();

    // a second round, returned by its unit (退单), a third, done, and the case closed
    RequestHandOver.HandOver second = handOver.handOver(handled, "water", List.of(), 3, "zhangwei");
    standingsAgree();
    assertThat(row(handled)).containsEntry("next_deadline", java.sql.Date.valueOf(second.resolutionDue()));
    returns.returnMatter(second.unitIds().get(0), "不属于本单位职责", "water01", "zhangwei");
    handOver.assessHandling(handled);
    standingsAgree();
    RequestHandOver.HandOver third = handOver.handOver(handled, "housing", List.of(), 2, "zhangwei");
    reports.sign(third.unitIds().get(0), "housing01");
    reports.giveFeedback(third.unitIds().get(0), "已办结", "housing01");
    handOver.assessHandling(handled);
    handOver.recordConsolidation(handled, "已办结", "housing01");
    steps.recordReply(handled, "已办结", "zhangwei");
    standingsAgree();
    figuresAsBefore();
    ratings.close(handled);
    standingsAgree();
    assertThat(row(handled)).isNull();
    figuresAsBefore();
  }

  private String submit(String title) {
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    String caseNumber = intake.submit(RequestFixtures.request(ent01, "台账常备：" + title), "ent01", null).request()
        .caseNumber();
    cases.add(caseNumber);
    return caseNumber;
  }

  /** The rows the writers left for the test's cases are the ones a rebuild computes. */
  private void standingsAgree() {
    List<Map<String, Object>> kept = snapshot();
    standings.rebuild();
    assertThat(snapshot()).as("kept by the writers, then rebuilt").isEqualTo(kept);
  }

  private List<Map<String, Object>> snapshot() {
    List<Map<String, Object>> rows = new ArrayList<>(jdbc.sql(
            "select * from ledger_standing where case_number in (:cases) order by case_number")
        .param("cases", cases).query().listOfRows());
    rows.addAll(jdbc.sql("select * from ledger_standing_unit where case_number in (:cases)"
            + " order by case_number, department_code")
        .param("cases", cases).query().listOfRows());
    return rows;
  }

  private Map<String, Object> row(String caseNumber) {
    return snapshot().stream().filter(row -> caseNumber.equals(row.get("case_number"))).findFirst().orElse(null);
  }

  /**
   * The ledger's page (every case, then the red ones) and figures read from the standings answer what the ledger's
   * rules, computed per call over the open units, answer.
   */
  private void figuresAsBefore() {
    // the ledger's rules as the page and the figures computed them per call, over the open units of every open case
    String open = " " + Ledger.FROM_OPEN + " where " + Ledger.OPEN_CASE;
    List<String> order = jdbc.sql("select r.case_number" + open + " order by " + Ledger.NEXT_DEADLINE
        + ", r.submitted_at, r.case_number").query(String.class).list();
    List<String> red = jdbc.sql("select r.case_number" + open + " and " + Ledger.LIGHT + " = 'RED' order by "
        + Ledger.NEXT_DEADLINE + ", r.submitted_at, r.case_number").query(String.class).list();
    long ended = jdbc.sql("select count(*) from request r where " + Ledger.ENDED_CASE).query(Long.class).single();

    LedgerPage page = ledger.page(filter(null), SUPERVISOR);
    assertThat(page.total()).isEqualTo(order.size() + ended);
    assertThat(firstOf(page, order.size())).isEqualTo(order.subList(0, Math.min(order.size(), Ledger.MAX_PAGE_SIZE)));
    LedgerPage redPage = ledger.page(filter("RED"), SUPERVISOR);
    assertThat(redPage.total()).isEqualTo(red.size());
    assertThat(firstOf(redPage, red.size())).isEqualTo(red.subList(0, Math.min(red.size(), Ledger.MAX_PAGE_SIZE)));
    for (String department : List.of("housing", "water")) {
      List<String> ofDepartment = jdbc.sql("select r.case_number" + open + " and exists (select 1 from handling_unit d"
          + " where d.case_number = r.case_number and d.department_code = :department) order by "
          + Ledger.NEXT_DEADLINE + ", r.submitted_at, r.case_number").param("department", department)
          .query(String.class).list();
      LedgerPage departmentPage = ledger.page(new LedgerFilter(null, null, department, null, null, null, null, null,
          0, Ledger.MAX_PAGE_SIZE, null), SUPERVISOR);
      long endedOfDepartment = jdbc.sql("select count(*) from request r where " + Ledger.ENDED_CASE
          + " and exists (select 1"
          + " from handling_unit d where d.case_number = r.case_number and d.department_code = :department)")
          .param("department", department).query(Long.class).single();
      assertThat(departmentPage.total()).as(department).isEqualTo(ofDepartment.size() + endedOfDepartment);
      assertThat(firstOf(departmentPage, ofDepartment.size())).as(department)
          .isEqualTo(ofDepartment.subList(0, Math.min(ofDepartment.size(), Ledger.MAX_PAGE_SIZE)));
    }
    for (String state : List.of("SUBMITTED", "HANDLING", "CONSOLIDATING")) {
      List<String> inState = jdbc.sql("select r.case_number" + open + " and r.state = :state order by "
          + Ledger.NEXT_DEADLINE + ", r.submitted_at, r.case_number").param("state", state).query(String.class).list();
      LedgerPage statePage = ledger.page(new LedgerFilter(state, null, null, null, null, null, null, null, 0,
          Ledger.MAX_PAGE_SIZE, null), SUPERVISOR);
      assertThat(statePage.total()).as(state).isEqualTo(inState.size());
      assertThat(firstOf(statePage, inState.size())).as(state)
          .isEqualTo(inState.subList(0, Math.min(inState.size(), Ledger.MAX_PAGE_SIZE)));
    }
    assertThat(figures.overdue(10)).extracting(LedgerRow::caseNumber)
        .containsExactlyElementsOf(red.subList(0, Math.min(red.size(), 10)));
    List<LightCounts> byOfficer = jdbc.sql("select r.officer_id as id,"
            + " sum(case when " + Ledger.LIGHT + " = 'GREEN' then 1 else 0 end) as green,"
            + " sum(case when " + Ledger.LIGHT + " = 'YELLOW' then 1 else 0 end) as yellow,"
            + " sum(case when " + Ledger.LIGHT + " = 'RED' then 1 else 0 end) as red"
            + open + " and r.officer_id is not null group by r.officer_id")
        .query((rs, n) -> new LightCounts(rs.getString("id"), null, rs.getInt("green"), rs.getInt("yellow"),
            rs.getInt("red")))
        .list();
    assertThat(figures.lightsByOfficer()).extracting(LightCounts::id, LightCounts::green, LightCounts::yellow,
            LightCounts::red)
        .containsExactlyInAnyOrderElementsOf(byOfficer.stream().map(counts -> tuple(
            counts.id(), counts.green(), counts.yellow(), counts.red())).toList());
    assertThat(figures.lightsByDepartment()).isEqualTo(LedgerOracles.lightsByDepartment(jdbc));
    assertThat(figures.ratingsByDepartment()).isEqualTo(LedgerOracles.ratingsByDepartment(jdbc));
    LightCounts all = figures.openMatters();
    assertThat(List.of(all.green(), all.yellow(), all.red())).isEqualTo(List.of(
        byOfficer.stream().mapToInt(LightCounts::green).sum() + unowned(open, "GREEN"),
        byOfficer.stream().mapToInt(LightCounts::yellow).sum() + unowned(open, "YELLOW"),
        byOfficer.stream().mapToInt(LightCounts::red).sum() + unowned(open, "RED")));
  }

  /** How many open cases without an officer have the light, by the ledger's rules. */
  private int unowned(String open, String light) {
    return jdbc.sql("select count(*)" + open + " and r.officer_id is null and " + Ledger.LIGHT + " = :light")
        .param("light", light).query(Integer.class).single();
  }

  private static List<String> firstOf(LedgerPage page, int count) {
    return page.items().stream().map(LedgerRow::caseNumber).limit(count).toList();
  }

  private static LedgerFilter filter(String light) {
    return new LedgerFilter(null, light, null, null, null, null, null, null, 0, Ledger.MAX_PAGE_SIZE, null);
  }

  private static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(StewardClock.ZONE).toInstant()));
  }
}
