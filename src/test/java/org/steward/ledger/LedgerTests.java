package org.steward.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.access.CaseAccess;
import org.steward.access.CaseReader;
import org.steward.shared.InvalidInput;
import org.steward.shared.ReportingData;
import org.steward.shared.StewardException;

/** The ledger's SQL over hand-made rows: lights, ratings, filters, scopes, paging and the nearest-deadline order. */
@JdbcTest
@Import({Ledger.class, LedgerExport.class, LedgerFigures.class, CaseStandings.class, ReportingData.class,
    CaseAccess.class})
class LedgerTests {

  private static final CaseReader EVERYTHING = new CaseReader("chenjianguo", Set.of("supervisors"));

  @Autowired
  Ledger ledger;
  @Autowired
  LedgerExport export;
  @Autowired
  LedgerFigures figures;
  @Autowired
  CaseStandings standings;
  @Autowired
  JdbcClient jdbc;

  @BeforeEach
  void cases() {
    jdbc.sql("insert into directory_department (code, name, created_at) values ('housing', '住房和城乡建设局', :now), "
        + "('power', '供电局', :now)").param("now", Timestamp.from(Instant.now())).update();
    // A: handed over, housing (lead) red, power (cooperating) done; B: not yet signed for, 24 hours missed;
    // C: handed over, housing yellow; D: closed.
    request("QY20260302-0001", 1, "zhangwei", "HANDLING", "2026-03-02T01:00:00Z", true, false, "2026-03-05");
    unit("QY20260302-0001", 0, "housing", "LEAD", "2026-03-04", "SIGNED", "RED", null);
    unit("QY20260302-0001", 1, "power", "COOPERATING", "2026-03-04", "FEEDBACK_GIVEN", "GREEN", "DONE");
    request("QY20260302-0002", 2, "liuyang", "SUBMITTED", "2026-03-02T02:00:00Z", false, true, null);
    request("QY20260303-0001", 1, "zhangwei", "HANDLING", "2026-03-03T01:00:00Z", true, false, "2026-03-10");
    unit("QY20260303-0001", 0, "housing", "LEAD", "2026-03-10", "ASSIGNED", "YELLOW", null);
    request("QY20260301-0001", 3, "zhangwei", "CLOSED", "2026-03-01T01:00:00Z", true, false, "2026-03-03");
    unit("QY20260301-0001", 0, "power", "LEAD", "2026-03-03", "FEEDBACK_GIVEN", "GREEN", "DONE");
    // the rows are made by hand, past the writers that keep the standings
    standings.rebuild();
    EndedCaseFigures.rebuild(jdbc);
  }

  @Test
  void everything_isSortedByTheNearestOpenDeadline_closedLast() {
    LedgerPage page = ledger.page(filter(null, null, null, 0, 20), EVERYTHING);

    assertThat(page.total()).isEqualTo(4);
    assertThat(page.items()).extracting(LedgerRow::caseNumber)
        .containsExactly("QY20260302-0002", "QY20260302-0001", "QY20260303-0001", "QY20260301-0001");
    LedgerRow red = page.items().get(1);
    assertThat(red.light()).isEqualTo("RED");
    assertThat(red.leadUnit().name()).isEqualTo("住房和城乡建设局");
    assertThat(red.units()).extracting(LedgerRow.UnitRating::department, LedgerRow.UnitRating::rating)
        .containsExactly(tuple("housing", "SLOW"),
            tuple("power", "DONE"));
    assertThat(page.items().get(0).light()).as("24 hours missed").isEqualTo("RED");
    assertThat(page.items().get(2).light()).isEqualTo("YELLOW");
    assertThat(page.items().get(3).light()).isEqualTo("GREEN");
  }

  @Test
  void filters_combine_andPagesCountTheWholeMatch() {
    assertThat(ledger.page(filter("RED", null, null, 0, 20), EVERYTHING).items()).extracting(LedgerRow::caseNumber)
        .containsExactlyInAnyOrder("QY20260302-0001", "QY20260302-0002");
    assertThat(ledger.page(filter(null, "housing", null, 0, 20), EVERYTHING).total()).isEqualTo(2);
    assertThat(ledger.page(filter(null, null, "CLOSED", 0, 20), EVERYTHING).items()).hasSize(1);

    LedgerPage second = ledger.page(filter(null, null, null, 1, 3), EVERYTHING);
    assertThat(second.total()).isEqualTo(4);
    assertThat(second.items()).extracting(LedgerRow::caseNumber).containsExactly("QY20260301-0001");

    LedgerPage march2 = ledger.page(new LedgerFilter(null, null, null, null, null, null,
        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), 0, 20, null), EVERYTHING);
    assertThat(march2.items()).extracting(LedgerRow::caseNumber)
        .containsExactlyInAnyOrder("QY20260302-0001", "QY20260302-0002");
  }

  @Test
  void aPageAcrossTheLastOpenCase_goesOnWithTheClosedOnes_andGreenHoldsTheClosed() {
    LedgerPage across = ledger.page(filter(null, null, null, 1, 2), EVERYTHING);
    assertThat(across.total()).isEqualTo(4);
    assertThat(across.items()).extracting(LedgerRow::caseNumber).containsExactly("QY20260303-0001",
        "QY20260301-0001");
    assertThat(across.items().get(1).units()).extracting(LedgerRow.UnitRating::rating).containsExactly("DONE");

    assertThat(ledger.page(filter("GREEN", null, null, 0, 20), EVERYTHING).items()).extracting(LedgerRow::caseNumber)
        .containsExactly("QY20260301-0001");
    assertThat(ledger.page(filter("YELLOW", null, "CLOSED", 0, 20), EVERYTHING).total()).isZero();
    // an officer's few cases are named first, then their units read: the same rows
    LedgerPage redOfZhangwei = ledger.page(new LedgerFilter(null, "RED", null, "zhangwei", null, null, null, null, 0,
        20, null), EVERYTHING);
    assertThat(redOfZhangwei.items()).extracting(LedgerRow::caseNumber).containsExactly("QY20260302-0001");
    assertThat(redOfZhangwei.total()).isEqualTo(1);
    assertThat(ledger.page(new LedgerFilter(null, null, null, "zhangwei", null, null, null, null, 0, 20, null),
        EVERYTHING).items()).extracting(LedgerRow::caseNumber, LedgerRow::light).containsExactly(
        tuple("QY20260302-0001", "RED"), tuple("QY20260303-0001", "YELLOW"), tuple("QY20260301-0001", "GREEN"));
  }

  @Test
  void aSecondRound_replacesTheFirstInLightsDeadlinesAndRatings() {
    // C handed over again: its yellow housing unit of round 1 superseded, round 2 with power, green, due 2026-03-20
    jdbc.sql("update handling_unit set superseded = true where case_number = 'QY20260303-0001'").update();
    jdbc.sql("""
            insert into handling_unit (case_number, round, position, department_code, role, time_limit, handed_over_at,
              handed_over_by, due_date, state, light)
            values ('QY20260303-0001', 2, 0, 'power', 'LEAD', 3, current_timestamp, 'zhangwei', date '2026-03-20',
              'SIGNED', 'GREEN')""").update();
    standings.refresh("QY20260303-0001");

    LedgerRow c = ledger.page(filter(null, null, null, 0, 20), EVERYTHING).items().stream()
        .filter(row -> row.caseNumber().equals("QY20260303-0001")).findFirst().orElseThrow();
    assertThat(c.light()).isEqualTo("GREEN");
    assertThat(c.nextDeadline()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(figures.lightsByDepartment()).filteredOn(counts -> counts.id().equals("housing"))
        .extracting(LightCounts::yellow, LightCounts::red).containsExactly(tuple(0, 1));
  }

  @Test
  void officersSeeTheirCases_departmentsTheCasesTheyHandle_enterprisesNothing() {
    assertThat(ledger.page(filter(null, null, null, 0, 20), new CaseReader("liuyang", Set.of("officers"))).items())
        .extracting(LedgerRow::caseNumber).containsExactly("QY20260302-0002");
    assertThat(ledger.page(filter(null, null, null, 0, 20), new CaseReader("power01", Set.of("dept-power"))).items())
        .extracting(LedgerRow::caseNumber).containsExactly("QY20260302-0001", "QY20260301-0001");
    assertThatThrownBy(() -> ledger.page(filter(null, null, null, 0, 20),
            new CaseReader("ent01", Set.of("enterprises"))))
        .isInstanceOf(StewardException.class).extracting("code").isEqualTo("ledger-not-visible");
  }

  @Test
  void badFilters_areRefusedFieldByField() {
    assertThatThrownBy(() -> ledger.page(new LedgerFilter("OPEN", "BLUE", null, null, null, null,
        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1), -1, 500, null), EVERYTHING))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(InvalidInput.FieldViolation::field)
            .containsExactlyInAnyOrder("state", "light", "page", "size", "submittedTo"));
  }

  @Test
  void lightsByOfficer_countOpenMattersByTheLedgersLight_closedLeftOut() {
    assertThat(figures.lightsByOfficer()).containsExactly(
        new LightCounts("zhangwei", null, 0, 1, 1),
        new LightCounts("liuyang", null, 0, 0, 1));
  }

  @Test
  void lightsByDepartment_countOpenUnitsOnly() {
    assertThat(figures.lightsByDepartment()).containsExactly(new LightCounts("housing", "住房和城乡建设局", 0, 1, 1));
  }

  @Test
  void ratingsByDepartment_rateUnitsAsTheLedgerRowsDo() {
    assertThat(figures.ratingsByDepartment()).containsExactly(
        new RatingCounts("housing", "住房和城乡建设局", 0, 1, 1),
        new RatingCounts("power", "供电局", 2, 0, 0));
  }

  @Test
  void overdue_listsOpenRedMatters_longestPastTheirTimeLimitFirst() {
    assertThat(figures.overdue(10)).extracting(LedgerRow::caseNumber, LedgerRow::nextDeadline).containsExactly(
        tuple("QY20260302-0002", LocalDate.of(2026, 3, 3)),
        tuple("QY20260302-0001", LocalDate.of(2026, 3, 4)));
    assertThat(figures.overdue(1)).extracting(LedgerRow::caseNumber).containsExactly("QY20260302-0002");
  }

  @Test
  void export_refusesMoreLinesThanItsCap_andCountsOneLinePerUnit() {
    assertThat(export.exportLines(filter(null, null, null, 0, 1), EVERYTHING)).as("A has 2 units, B none, C 1, D 1")
        .isEqualTo(5);
    jdbc.sql("""
            insert into handling_unit (case_number, round, position, department_code, role, time_limit, handed_over_at,
              handed_over_by, due_date, state, light)
            select 'QY20260302-0002', 1, x, 'housing', 'COOPERATING', 3, current_timestamp, 'zhangwei',
                   date '2026-03-04', 'ASSIGNED', 'GREEN'
              from system_range(1, :lines)""")
        .param("lines", LedgerExport.MAX_EXPORT_LINES).update();

    assertThatThrownBy(() -> export.exportLines(filter(null, null, null, 0, 1), EVERYTHING))
        .isInstanceOf(StewardException.class).extracting("code").isEqualTo("ledger-export-too-large");
    assertThat(export.exportLines(filter(null, "power", null, 0, 1), EVERYTHING)).isEqualTo(3);
  }

  private static LedgerFilter filter(String light, String department, String state, int page, int size) {
    return new LedgerFilter(state, light, department, null, null, null, null, null, page, size, null);
  }

  @Test
  void aSupervisionOrderShowsOnItsMatter_untilItIsAnswered() {
    long open = order("QY20260303-0001", "housing", "SIGNED", "YELLOW");
    order("QY20260302-0001", "power", "ANSWERED", "GREEN");
    order("QY20260301-0001", "power", "CLOSED", "GREEN");

    LedgerPage supervised = ledger.page(new LedgerFilter(null, null, null, null, null, null, null, null, 0, 20, true),
        EVERYTHING);
    assertThat(supervised.items()).extracting(LedgerRow::caseNumber).containsExactly("QY20260303-0001");
    assertThat(supervised.items().get(0).supervisionOrders()).singleElement().satisfies(order -> {
      assertThat(order.id()).isEqualTo(open);
      assertThat(order.target()).isEqualTo("housing");
      assertThat(order.light()).isEqualTo("YELLOW");
      assertThat(order.dueDate()).isEqualTo(LocalDate.of(2026, 3, 9));
    });
    LedgerPage others = ledger.page(new LedgerFilter(null, null, null, null, null, null, null, null, 0, 20, false),
        EVERYTHING);
    assertThat(others.items()).extracting(LedgerRow::caseNumber).hasSize(3).doesNotContain("QY20260303-0001");
    assertThat(others.items()).allSatisfy(row -> assertThat(row.supervisionOrders()).isEmpty());
  }

  private long order(String caseNumber, String department, String state, String light) {
    jdbc.sql("""
            insert into supervision_order (case_number, target_kind, target, requirement, time_limit, issued_by,
                                           issued_at, due_date, state, light)
            values (:caseNumber, 'DEPARTMENT', :department, '三日内拿出供地方案', 3, 'leader01', :now, :due, :state, :light)
            """)
        .param("caseNumber", caseNumber).param("department", department).param("now", Timestamp.from(Instant.now()))
        .param("due", LocalDate.of(2026, 3, 9)).param("state", state).param("light", light).update();
    return jdbc.sql("select max(id) from supervision_order").query(Long.class).single();
  }

  private void request(String caseNumber, long enterprise, String officer, String state, String submittedAt,
      boolean acknowledged, boolean responseOverdue, String resolutionDue) {
    Instant submitted = Instant.parse(submittedAt);
    jdbc.sql("""
            insert into request (case_number, enterprise_id, enterprise_name, category, title, description,
              contact_name, contact_phone, urgency, channel, state, officer_id, submitted_by, submitted_at,
              response_due, response_light, acknowledged_at, resolution_due, reopen_count)
            values (:caseNumber, :enterprise, '广州某某精密制造有限公司', 'power', '厂区扩容用电', '说明', '王经理', '13800000000',
              'NORMAL', 'PORTAL', :state, :officer, 'ent01', :submitted, :responseDue, :overdue, :acknowledged,
              :resolutionDue, 0)
            """)
        .param("caseNumber", caseNumber).param("enterprise", enterprise).param("state", state)
        .param("officer", officer).param("submitted", Timestamp.from(submitted))
        .param("responseDue", Timestamp.from(submitted.plusSeconds(86_400)))
        .param("overdue", responseOverdue ? "RED" : "GREEN")
        .param("acknowledged", acknowledged ? Timestamp.from(submitted.plusSeconds(3_600)) : null)
        .param("resolutionDue", resolutionDue == null ? null : LocalDate.parse(resolutionDue))
        .update();
  }

  private void unit(String caseNumber, int position, String department, String role, String dueDate, String state,
      String light, String rating) {
    jdbc.sql("""
            insert into handling_unit (case_number, round, position, department_code, role, time_limit, handed_over_at,
              handed_over_by, due_date, state, light, rating)
            values (:caseNumber, 1, :position, :department, :role, 3, :now, 'zhangwei', :due, :state, :light, :rating)
            """)
        .param("caseNumber", caseNumber).param("position", position).param("department", department)
        .param("role", role).param("now", Timestamp.from(Instant.now())).param("due", LocalDate.parse(dueDate))
        .param("state", state).param("light", light).param("rating", rating)
        .update();
  }
}
