package org.steward.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.steward.access.CaseAccess;
import org.steward.access.CaseReader;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.ledger.Ledger;
import org.steward.ledger.LedgerExport;
import org.steward.ledger.LedgerFilter;
import org.steward.ledger.LedgerLine;
import org.steward.policy.PolicyStatistics;
import org.steward.project.ProjectBoard;
import org.steward.project.ProjectManagement;
import org.steward.request.Caller;
import org.steward.request.Categories;
import org.steward.shared.ExportFormat;
import org.steward.shared.ReportingData;
import org.steward.visit.VisitReport;

/**
 * The report's queries and the ledger export's streaming query on PostgreSQL (H2 and PostgreSQL differ on time zones
 * and dates), over the hand-checked data set of {@link ReportFixtures}; each test rolls its rows back. No engine: the
 * HTTP side is covered on H2 by {@code ReportControllerTests} and {@code LedgerControllerTests}.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({EmbeddedPostgresConfiguration.class, ReportManagement.class, Categories.class, Ledger.class,
    LedgerExport.class, ReportingData.class, CaseAccess.class, PolicyStatistics.class, VisitReport.class})
class ReportIT {

  private static final Caller SUPERVISOR = new Caller("chenjianguo", Set.of("supervisors"));

  @Autowired
  ReportManagement reports;
  @Autowired
  LedgerExport ledger;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ReportingData reporting;
  @MockitoBean
  ProjectManagement projects;

  @BeforeEach
  void dataSet() {
    ClockUtil.setCurrentTime(Date.from(ReportFixtures.NOW.toInstant()));
    new ReportFixtures(jdbc).insert();
    when(projects.board(any())).thenReturn(new ProjectBoard(0, Map.of(), Map.of(), List.of(), List.of(), List.of()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void november_everyFigureMatchesTheHandCount_onPostgres() {
    ReportFixtures.assertNovember(reports.report("2026-11", null, null, SUPERVISOR));
  }

  @Test
  void theEndedCasesDays_giveTheReportOfCountingEveryCaseLive_onPostgres() {
    for (String period : List.of("2026-11", "2026-12", "2026-Q4", "2026")) {
      assertThat(reports.report(period, null, null, SUPERVISOR))
          .isEqualTo(reports.live(ReportPeriod.parse(period, null, null), SUPERVISOR));
    }
  }

  @Test
  void aReportsStatementsArePlannedForItsPeriod_notOnceForAnyPeriod_onPostgres() {
    assertThat(planCacheMode()).isEqualTo("auto");
    assertThat(reporting.snapshot(this::planCacheMode)).isEqualTo("force_custom_plan");
  }

  private String planCacheMode() {
    return jdbc.sql("select current_setting('plan_cache_mode')").query(String.class).single();
  }

  @Test
  void theMonthEndsAtMidnightInShanghai_onPostgres() {
    assertThat(reports.report("2026-12", null, null, SUPERVISOR).totals().collected()).isEqualTo(1);
    assertThat(reports.report(null, "2026-10-01", "2026-10-31", SUPERVISOR).totals().collected()).isZero();
    // e2 read P1 at 00:10 on 1 December in Shanghai: December's; e3 reached on 2 December
    assertThat(reports.report("2026-12", null, null, SUPERVISOR).policies().totals())
        .isEqualTo(new PolicyPushFigures(3, 1, 1, new BigDecimal("0.3333"), 1, 0, 0));
    assertThat(reports.report("2026-Q4", null, null, SUPERVISOR).policies().totals())
        .isEqualTo(new PolicyPushFigures(4, 4, 3, new BigDecimal("0.7500"), 2, 1, 1));
    assertThat(reports.report("2026-09", null, null, SUPERVISOR).policies().rows()).isEmpty();
  }

  @Test
  void reportWorkbook_fromPostgres_hasPercentages() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportExport.write(reports.report("2026-11", null, null, SUPERVISOR), ExportFormat.XLSX, out);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet departments = workbook.getSheet("按部门");
      assertThat(departments.getRow(2).getCell(0).getStringCellValue()).isEqualTo("住房和城乡建设局");
      assertThat(departments.getRow(2).getCell(16).getNumericCellValue()).as("完成").isEqualTo(2);
      Cell resolutionRate = workbook.getSheet("汇总").getRow(1).getCell(9);
      assertThat(resolutionRate.getNumericCellValue()).isEqualTo(0.2857);
      assertThat(resolutionRate.getCellStyle().getDataFormatString()).isEqualTo("0.00%");

      Sheet policies = workbook.getSheet("政策推送");
      assertThat(policies.getRow(1).getCell(0).getStringCellValue()).isEqualTo("稳岗补贴申领指引");
      assertThat(policies.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2026, 11, 5));
      assertThat(policies.getRow(1).getCell(6).getNumericCellValue()).as("阅读率").isEqualTo(0.5);
      assertThat(policies.getRow(2).getCell(0).getStringCellValue()).isEqualTo("合计");
      assertThat(policies.getRow(2).getCell(3).getNumericCellValue()).as("匹配企业数").isEqualTo(2);
    }
  }

  @Test
  void ledgerExport_streamsEveryUnitOfEveryRound_onPostgres() {
    List<LedgerLine> lines = new ArrayList<>();
    ledger.export(new LedgerFilter(null, null, null, null, null, null, LocalDate.of(2026, 11, 3),
        LocalDate.of(2026, 11, 3), 0, 1, null), new CaseReader("chenjianguo", Set.of("supervisors")), lines::add);

    assertThat(lines).extracting(l -> l.unit().round() + " " + l.unit().departmentName() + " " + l.unit().state()
            + " " + l.unit().rating() + " " + l.unit().dueDate())
        .containsExactly("1 住房和城乡建设局 FEEDBACK_GIVEN DONE 2026-11-10", "1 供电局 RETURNED null 2026-11-10",
            "2 住房和城乡建设局 FEEDBACK_GIVEN DONE 2026-11-20");
    assertThat(lines.get(0).unit().finishedAt()).isEqualTo(OffsetDateTime.parse("2026-11-09T15:00:00+08:00"));
    assertThat(lines.get(0).caseNumber()).isEqualTo(ReportFixtures.caseNumber("B"));
    assertThat(lines.get(0).reopenCount()).isEqualTo(1);
  }
}
