package org.steward.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.steward.EmbeddedPostgresConfiguration;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The report and both exports over HTTP on PostgreSQL, over the hand-checked data set of {@link ReportFixtures}
 * (PostgreSQL and H2 differ on time zones and dates); each test rolls its rows back.
 */
@SpringBootTest(properties = "steward.demo.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
@Transactional
@WithMockUser(username = "chenjianguo", roles = "supervisors")
class ReportIT {

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  JdbcClient jdbc;

  @BeforeEach
  void dataSet() {
    ClockUtil.setCurrentTime(Date.from(ReportFixtures.NOW.toInstant()));
    new ReportFixtures(jdbc).insert();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void november_everyFigureMatchesTheHandCount_onPostgres() throws Exception {
    byte[] body = mvc.perform(get("/api/reports").param("period", "2026-11"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.period.label").value("2026年11月"))
        .andExpect(jsonPath("$.totals.resolutionRate").value(0.2857))
        .andExpect(jsonPath("$.byOfficer[2].figures.onTimeRate").isEmpty())
        .andExpect(jsonPath("$.byOfficer[0].ratings").doesNotExist())
        .andExpect(jsonPath("$.byDepartment[1].ratings.DONE").value(2))
        .andExpect(jsonPath("$.projects.byState.ON_TRACK").value(0))
        .andReturn().getResponse().getContentAsByteArray();

    ReportFixtures.assertNovember(json.readValue(body, Report.class));
  }

  @Test
  void reportWorkbook_hasOneSheetPerBreakdown_withPercentages() throws Exception {
    byte[] xlsx = mvc.perform(get("/api/reports/export").param("period", "2026-11").param("format", "xlsx"))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet departments = workbook.getSheet("按部门");
      assertThat(departments.getRow(0).getCell(0).getStringCellValue()).isEqualTo("部门");
      assertThat(departments.getRow(2).getCell(0).getStringCellValue()).isEqualTo("住房和城乡建设局");
      assertThat(departments.getRow(2).getCell(14).getNumericCellValue()).as("完成").isEqualTo(2);
      Cell resolutionRate = workbook.getSheet("汇总").getRow(1).getCell(7);
      assertThat(workbook.getSheet("汇总").getRow(0).getCell(7).getStringCellValue()).isEqualTo("解决率");
      assertThat(resolutionRate.getNumericCellValue()).isEqualTo(0.2857);
      assertThat(resolutionRate.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
    }
  }

  @Test
  void ledgerCsv_listsEveryUnitOfEveryRound_onPostgres() throws Exception {
    byte[] csv = mvc.perform(get("/api/ledger/export").param("format", "csv")
            .param("submittedFrom", "2026-11-03").param("submittedTo", "2026-11-03"))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();

    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8))
        .getRecords();
    assertThat(rows).extracting(r -> r.get("交办轮次") + " " + r.get("办理部门") + " " + r.get("部门办理状态") + " "
            + r.get("进度评价") + " " + r.get("部门办理时限"))
        .containsExactly("1 住房和城乡建设局 已反馈 完成 2026-11-10", "1 供电局 已退单  2026-11-10",
            "2 住房和城乡建设局 已反馈 完成 2026-11-20");
    assertThat(rows.get(0).get("反馈时间")).isEqualTo("2026-11-09 15:00");
  }
}
