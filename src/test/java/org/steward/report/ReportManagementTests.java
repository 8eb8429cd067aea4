package org.steward.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.steward.access.CaseAccess;
import org.steward.policy.PolicyStatistics;
import org.steward.project.ProjectBoard;
import org.steward.project.ProjectManagement;
import org.steward.project.ProjectState;
import org.steward.request.Caller;
import org.steward.request.Categories;
import org.steward.shared.ReportingData;
import org.steward.shared.StewardException;
import org.steward.visit.VisitReport;

/**
 * The report's SQL on H2 over the hand-checked data set of {@link ReportFixtures}; {@code ReportIT} runs it on
 * PostgreSQL.
 */
@JdbcTest
@Import({ReportManagement.class, ReportingData.class, Categories.class, CaseAccess.class, PolicyStatistics.class,
    VisitReport.class})
class ReportManagementTests {

  static final Caller SUPERVISOR = new Caller("chenjianguo", Set.of("supervisors", "officers"));

  @Autowired
  ReportManagement reports;
  @Autowired
  JdbcClient jdbc;
  @MockitoBean
  ProjectManagement projects;

  @BeforeEach
  void dataSet() {
    ClockUtil.setCurrentTime(Date.from(ReportFixtures.NOW.toInstant()));
    new ReportFixtures(jdbc).insert();
    when(projects.board(any())).thenReturn(board());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void november_everyFigureMatchesTheHandCount() {
    ReportFixtures.assertNovember(reports.report("2026-11", null, null, SUPERVISOR));
  }

  @Test
  void theEndedCasesDays_giveTheReportOfCountingEveryCaseLive() {
    for (String period : List.of("2026-11", "2026-12", "2026-Q4", "2026")) {
      assertThat(reports.report(period, null, null, SUPERVISOR))
          .isEqualTo(reports.live(ReportPeriod.parse(period, null, null), SUPERVISOR));
    }
  }

  @Test
  void theSameDaysAsARange_giveTheSameFigures_underARangeLabel() {
    Report range = reports.report(null, "2026-11-01", "2026-11-30", SUPERVISOR);

    assertThat(range.period().label()).isEqualTo("2026-11-01至2026-11-30");
    assertThat(range.totals()).isEqualTo(reports.report("2026-11", null, null, SUPERVISOR).totals());
  }

  @Test
  void december_holdsOnlyTheCaseSubmittedAfterMidnightInShanghai() {
    Report december = reports.report("2026-12", null, null, SUPERVISOR);

    // F: answered after 30 minutes, handed over to housing, unit done in time, urged once; not yet rated or closed
    ReportFixtures.assertFigures(december.totals(), 1, 0, 1, 0, "0.0000", "1.0000", "0.50", "1.0000", 1, "1.0000", 0,
        null, null);
    assertThat(reports.report("2026-Q4", null, null, SUPERVISOR).totals().collected()).isEqualTo(8);
  }

  @Test
  void aPeriodWithoutRequests_hasZeroCountsAndNoRates() {
    Report empty = reports.report("2025-11", null, null, SUPERVISOR);

    ReportFixtures.assertFigures(empty.totals(), 0, 0, 0, 0, null, null, null, null, 0, null, 0, null, null);
    assertThat(empty.byDepartment()).isEmpty();
    assertThat(empty.byOfficer()).isEmpty();
    assertThat(empty.policies().rows()).isEmpty();
    assertThat(empty.policies().totals()).isEqualTo(new PolicyPushFigures(0, 0, 0, null, 0, 0, 0));
  }

  @Test
  void policies_areCountedWithinThePeriod_listedWhilePublishedAndValid() {
    // September: nothing published yet
    assertThat(reports.report("2026-09", null, null, SUPERVISOR).policies().rows()).isEmpty();

    // October: P2 alone (P1 not yet published, P3 a draft)
    Report.Policies october = reports.report(null, "2026-10-01", "2026-10-31", SUPERVISOR).policies();
    assertThat(october.rows()).extracting(Report.Policy::title).containsExactly("技术改造奖补实施细则");
    assertThat(october.totals()).isEqualTo(new PolicyPushFigures(1, 1, 1, new BigDecimal("1.0000"), 0, 0, 0));

    // December: P1 still valid (P2 expired): e3 reached, e2's read after midnight, e2's confirmation not applicable
    Report.Policies december = reports.report("2026-12", null, null, SUPERVISOR).policies();
    assertThat(december.rows()).extracting(Report.Policy::title).containsExactly("稳岗补贴申领指引");
    assertThat(december.totals()).isEqualTo(new PolicyPushFigures(3, 1, 1, new BigDecimal("0.3333"), 1, 0, 0));

    // the quarter: both, in order of publication; the months add up
    Report.Policies quarter = reports.report("2026-Q4", null, null, SUPERVISOR).policies();
    assertThat(quarter.rows()).extracting(Report.Policy::title).containsExactly("技术改造奖补实施细则", "稳岗补贴申领指引");
    assertThat(quarter.rows().get(1).figures())
        .isEqualTo(new PolicyPushFigures(3, 3, 2, new BigDecimal("0.6667"), 2, 1, 1));
    assertThat(quarter.totals()).isEqualTo(new PolicyPushFigures(4, 4, 3, new BigDecimal("0.7500"), 2, 1, 1));
  }

  @Test
  void projects_comeFromTheProjectBoard() {
    Report report = reports.report("2026-11", null, null, new Caller("hejun", Set.of("leaders")));

    assertThat(report.projects().byState())
        .containsExactly(Map.entry("ON_TRACK", 2), Map.entry("AT_RISK", 1), Map.entry("DELAYED", 1),
            Map.entry("FINISHED", 0));
    assertThat(report.projects().byMilestone()).containsEntry("COMPLETION", 3);
  }

  @Test
  void onlyAdministratorsSupervisorsTheJointOfficeAndLeaders_mayRead() {
    for (String group : List.of("camunda-admin", "supervisors", "joint-office")) {
      assertThat(reports.report("2026-11", null, null, new Caller("u", Set.of(group))).totals().collected())
          .isEqualTo(7);
    }
    assertThat(reports.report("2026-11", null, null, new Caller("u", Set.of("leaders"))).totals().collected())
        .as("a leader without projects").isZero();
    for (String group : List.of("officers", "enterprises", "dept-housing")) {
      assertThatThrownBy(() -> reports.report("2026-11", null, null, new Caller("u", Set.of(group))))
          .isInstanceOf(StewardException.class).extracting("code").isEqualTo("report-forbidden");
    }
  }

  @Test
  void leaders_countOnlyTheRequestsOfTheirProjects_theCaseScope() {
    jdbc.sql("""
            insert into project (code, name, enterprise_id, enterprise_name, investment, site, area, key_project,
              officer_id, leader_id, registered_by, registered_at)
            values ('XM-R', '项目', 1, '企业', 1, '地点', '区', false, 'zhangwei', 'hejun', 'admin', current_timestamp)""")
        .update();
    jdbc.sql("""
            insert into project_problem (project_code, milestone, category, description, case_number, reported_by,
              reported_at)
            values ('XM-R', 'COMPLETION', 'power', '卡点', 'QY-REPORT-A', 'zhangwei', current_timestamp)""")
        .update();

    Report report = reports.report("2026-11", null, null, new Caller("hejun", Set.of("leaders")));

    assertThat(report.totals().collected()).isEqualTo(1);
    assertThat(report.byOfficer()).hasSize(1);
    assertThat(report.policies().rows()).as("policies are no cases: all of them").hasSize(1);
  }

  private static ProjectBoard board() {
    Map<ProjectState, Integer> states = new java.util.EnumMap<>(ProjectState.class);
    states.put(ProjectState.ON_TRACK, 2);
    states.put(ProjectState.AT_RISK, 1);
    states.put(ProjectState.DELAYED, 1);
    states.put(ProjectState.FINISHED, 0);
    Map<String, Integer> milestones = new java.util.LinkedHashMap<>();
    milestones.put("CONSTRUCTION_START", 1);
    milestones.put("COMPLETION", 3);
    milestones.put("PRODUCTION_START", 0);
    milestones.put("FINISHED", 0);
    return new ProjectBoard(4, states, milestones, List.of(), List.of(), List.of());
  }
}
