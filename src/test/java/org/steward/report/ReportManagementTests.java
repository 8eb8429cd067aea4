package org.steward.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

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
import org.steward.project.ProjectBoard;
import org.steward.project.ProjectManagement;
import org.steward.project.ProjectState;
import org.steward.request.Caller;
import org.steward.request.Categories;
import org.steward.shared.StewardException;

/**
 * The report's SQL on H2 over the hand-checked data set of {@link ReportFixtures}; {@code ReportIT} runs it on
 * PostgreSQL.
 */
@JdbcTest
@Import({ReportManagement.class, Categories.class, CaseAccess.class})
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
