package org.steward.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.steward.ledger.LedgerFilter;
import org.steward.ledger.LedgerLine;
import org.steward.policy.PolicyReport;
import org.steward.project.ProjectBoard;
import org.steward.project.ProjectManagement;
import org.steward.request.Caller;
import org.steward.request.Categories;
import org.steward.shared.ExportFormat;
import org.steward.shared.StewardClock;

/**
 * The report's queries and the ledger export's streaming query on PostgreSQL (H2 and PostgreSQL differ on time zones
 * and dates), over the hand-checked data set of {@link ReportFixtures}; each test rolls its rows back. No engine: the
 * HTTP side is covered on H2 by {@code ReportControllerTests} and {@code LedgerControllerTests}.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({EmbeddedPostgresConfiguration.class, ReportManagement.class, Categories.class, Ledger.class,
    CaseAccess.class, PolicyReport.class})
class ReportIT {

  private static final Caller SUPERVISOR = new Caller("chenjianguo", Set.of("supervisors"));

  @Autowired
  ReportManagement reports;
  @Autowired
  Ledger ledger;
  @Autowired
  JdbcClient jdbc;
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
  void theMonthEndsAtMidnightInShanghai_onPostgres() {
    assertThat(reports.report("2026-12", null, null, SUPERVISOR).totals().collected()).isEqualTo(1);
    assertThat(reports.report(null, "2026-10-01", "2026-10-31", SUPERVISOR).totals().collected()).isZero();
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
    }
  }

  @Test
  void policies_countWhatHappenedToThemInThePeriod_onPostgres() {
    long e1 = enterprise("政策企业一", "91440101MA5POLR01X");
    long e2 = enterprise("政策企业二", "91440101MA5POLR02X");
    long e3 = enterprise("政策企业三", "91440101MA5POLR03X");
    long valid = policy("技改补助", "2026-10-20T10:00", "2026-12-31");
    policy("下月发布的政策", "2026-12-05T10:00", "2027-06-30");
    long ended = policy("十月到期的政策", "2026-09-01T10:00", "2026-10-31");
    delivery(valid, e1, "2026-10-20T10:05", "2026-11-05T09:00");
    delivery(valid, e2, "2026-10-20T10:05", "2026-10-25T09:00");
    delivery(valid, e3, "2026-11-03T16:00", null);
    confirmation(valid, e1, "APPLICABLE", "2026-11-06T11:00");
    confirmation(valid, e2, "NOT_APPLICABLE", "2026-10-28T11:00");
    jdbc.sql("""
            insert into policy_consultation (policy_id, case_number, enterprise_id, created_at)
            values (:policy, 'QY20261107-0901', :enterprise, :at)""")
        .param("policy", valid).param("enterprise", e1).param("at", shanghai("2026-11-07T15:00")).update();

    assertThat(reports.report("2026-11", null, null, SUPERVISOR).policies())
        .containsExactly(new PolicyReport.PeriodFigures(valid, "技改补助", "区科技局", LocalDate.of(2026, 10, 20), 3, 1,
            1, 1, 1, 1));
    assertThat(reports.report("2026-10", null, null, SUPERVISOR).policies())
        .containsExactly(new PolicyReport.PeriodFigures(ended, "十月到期的政策", "区科技局", LocalDate.of(2026, 9, 1), 0, 0,
            0, 0, 0, 0), new PolicyReport.PeriodFigures(valid, "技改补助", "区科技局", LocalDate.of(2026, 10, 20), 2, 2, 1,
            1, 0, 0));
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

  private long enterprise(String name, String creditCode) {
    return jdbc.sql("""
            insert into directory_enterprise (name, credit_code, area, created_at)
            values (:name, :code, '天河区', :at) returning id""")
        .param("name", name).param("code", creditCode).param("at", shanghai("2026-09-01T09:00")).query(Long.class)
        .single();
  }

  private long policy(String title, String publishedAt, String validTo) {
    return jdbc.sql("""
            insert into policy (title, issuing_department, summary, body, valid_from, valid_to, confirm_days, state,
              created_by, created_at, published_by, published_at)
            values (:title, '区科技局', '摘要', '正文', date '2026-09-01', :validTo, 5, 'PUBLISHED', 'zhengce01', :at,
              'zhengce01', :at) returning id""")
        .param("title", title).param("validTo", LocalDate.parse(validTo)).param("at", shanghai(publishedAt))
        .query(Long.class).single();
  }

  private void delivery(long policy, long enterprise, String deliveredAt, String readAt) {
    jdbc.sql("""
            insert into policy_delivery (policy_id, enterprise_id, delivered_at, read_at, read_by)
            values (:policy, :enterprise, :delivered, :read, :reader)""")
        .param("policy", policy).param("enterprise", enterprise).param("delivered", shanghai(deliveredAt))
        .param("read", readAt == null ? null : shanghai(readAt)).param("reader", readAt == null ? null : "ent")
        .update();
  }

  private void confirmation(long policy, long enterprise, String applicability, String confirmedAt) {
    jdbc.sql("""
            insert into policy_confirmation (policy_id, enterprise_id, officer_id, state, due_date, applicability, note,
              confirmed_by, confirmed_at)
            values (:policy, :enterprise, 'huangqiang', 'CONFIRMED', date '2026-12-31', :applicability, '',
              'huangqiang', :at)""")
        .param("policy", policy).param("enterprise", enterprise).param("applicability", applicability)
        .param("at", shanghai(confirmedAt)).update();
  }

  private static Timestamp shanghai(String localDateTime) {
    return Timestamp.from(LocalDateTime.parse(localDateTime).atZone(StewardClock.ZONE).toInstant());
  }
}
