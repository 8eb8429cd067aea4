package org.steward.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code /api/reports} and its export over HTTP with the demo users (password {@code demo}) on H2: who may read, which
 * periods are refused, the JSON names the dashboard reads, the file headers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReportControllerTests {

  @Autowired
  MockMvc mvc;

  @ParameterizedTest
  @ValueSource(strings = {"admin", "chenjianguo", "lianxiban", "hejun"})
  void administratorsSupervisorsTheJointOfficeAndLeaders_readTheReport(String user) throws Exception {
    mvc.perform(as(user, get("/api/reports").param("period", "2026-Q4")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.period.from").value("2026-10-01"))
        .andExpect(jsonPath("$.period.to").value("2026-12-31"))
        .andExpect(jsonPath("$.period.label").value("2026年第4季度"))
        .andExpect(jsonPath("$.totals.collected").isNumber())
        .andExpect(jsonPath("$.byDepartment").isArray())
        .andExpect(jsonPath("$.byOfficer").isArray())
        .andExpect(jsonPath("$.byArea").isArray())
        .andExpect(jsonPath("$.byCategory").isArray())
        .andExpect(jsonPath("$.projects.byState.ON_TRACK").isNumber())
        .andExpect(jsonPath("$.projects.byMilestone.FINISHED").isNumber())
        .andExpect(jsonPath("$.policies.rows").isArray())
        .andExpect(jsonPath("$.policies.totals.matched").isNumber());
  }

  @Test
  void figures_keepTheNamesTheDashboardReads_ratesNullWithNothingToDivide() throws Exception {
    mvc.perform(as("chenjianguo", get("/api/reports").param("period", "2031-05")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.period.label").value("2031年5月"))
        .andExpect(jsonPath("$.totals.collected").value(0))
        .andExpect(jsonPath("$.totals.resolvedOnSpot").value(0))
        .andExpect(jsonPath("$.totals.tracked").value(0))
        .andExpect(jsonPath("$.totals.closed").value(0))
        .andExpect(jsonPath("$.totals.urges").value(0))
        .andExpect(jsonPath("$.totals.reopened").value(0))
        .andExpect(jsonPath("$.totals.resolutionRate").value(org.hamcrest.Matchers.nullValue()))
        .andExpect(jsonPath("$.totals.onTimeRate").value(org.hamcrest.Matchers.nullValue()))
        .andExpect(jsonPath("$.totals.averageFirstResponseHours").value(org.hamcrest.Matchers.nullValue()))
        .andExpect(jsonPath("$.totals.respondedWithin24hRate").value(org.hamcrest.Matchers.nullValue()))
        .andExpect(jsonPath("$.totals.urgeRate").value(org.hamcrest.Matchers.nullValue()))
        .andExpect(jsonPath("$.totals.reopenRate").value(org.hamcrest.Matchers.nullValue()))
        .andExpect(jsonPath("$.totals.satisfactionRate").value(org.hamcrest.Matchers.nullValue()))
        .andExpect(jsonPath("$.policies.rows").isEmpty())
        .andExpect(jsonPath("$.policies.totals.matched").value(0))
        .andExpect(jsonPath("$.policies.totals.delivered").value(0))
        .andExpect(jsonPath("$.policies.totals.read").value(0))
        .andExpect(jsonPath("$.policies.totals.readRate").value(org.hamcrest.Matchers.nullValue()))
        .andExpect(jsonPath("$.policies.totals.confirmed").value(0))
        .andExpect(jsonPath("$.policies.totals.applicable").value(0))
        .andExpect(jsonPath("$.policies.totals.consultations").value(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zhangwei", "ent01"})
  void officersAndEnterprises_areRefused(String user) throws Exception {
    mvc.perform(as(user, get("/api/reports").param("period", "2026-11")))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.titleZh").value("无权查看报表"));
    mvc.perform(as(user, get("/api/reports/export").param("period", "2026-11")))
        .andExpect(status().isForbidden());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "period=2026-13                    | period | 必须是月份（如 2026-11）、季度（如 2026-Q4）或年份（如 2026）",
      "period=2026-Q5                    | period | 必须是月份（如 2026-11）、季度（如 2026-Q4）或年份（如 2026）",
      "period=November                   | period | 必须是月份（如 2026-11）、季度（如 2026-Q4）或年份（如 2026）",
      "period=2026-11&from=2026-11-01    | period | 不能与 from、to 同时使用",
      "from=2026-11-10&to=2026-11-01     | to     | 不能早于 from",
      "from=2025-01-01&to=2026-01-02     | to     | 与 from 相隔不能超过 366 天（含首尾两天）",
      "from=2026-11-01                   | to     | 不能为空",
      "from=2026-02-30&to=2026-03-01     | from   | 必须是日期，如 2026-11-01"})
  void badPeriods_areRefusedNamingTheParameter(String query, String field, String messageZh) throws Exception {
    for (String path : List.of("/api/reports?", "/api/reports/export?format=csv&")) {
      mvc.perform(as("chenjianguo", get(path + query)))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.errors[0].field").value(field))
          .andExpect(jsonPath("$.errors[0].messageZh").value(messageZh))
          .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }
  }

  @Test
  void aLeapYearRange_of366Days_isAccepted() throws Exception {
    mvc.perform(as("chenjianguo", get("/api/reports").param("from", "2028-01-01").param("to", "2028-12-31")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.period.label").value("2028-01-01至2028-12-31"));
  }

  @Test
  void anUnknownFormat_isRefused() throws Exception {
    mvc.perform(as("chenjianguo", get("/api/reports/export").param("period", "2026-11").param("format", "pdf")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("format"))
        .andExpect(jsonPath("$.errors[0].messageZh").value("必须是 xlsx 或 csv"));
  }

  @Test
  void csvExport_isUtf8WithByteOrderMark_namedInChinese() throws Exception {
    byte[] csv = mvc.perform(as("chenjianguo", get("/api/reports/export").param("period", "2031-05")
            .param("format", "csv")))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith("text/csv"))
        .andExpect(header().string("Content-Disposition",
            "attachment; filename=\"report-2031-05-01-2031-05-31.csv\"; filename*=UTF-8''"
                + "%E5%B7%A5%E4%BD%9C%E6%8A%A5%E8%A1%A8-2031%E5%B9%B45%E6%9C%88.csv"))
        .andReturn().getResponse().getContentAsByteArray();

    assertThat(new byte[] {csv[0], csv[1], csv[2]}).containsExactly(0xEF, 0xBB, 0xBF);
    List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new InputStreamReader(
        new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)).getRecords();
    assertThat(rows.get(0).toList()).startsWith("维度", "名称", "收集诉求数", "即时解决数", "跟踪解决数", "已办结数", "企业撤回数",
        "未补充材料关闭数", "解决率");
    assertThat(rows.get(1).toList()).startsWith("合计", "2031年5月", "0", "0", "0", "0", "0", "0", "");
  }

  @Test
  void xlsxExport_isAnExcelWorkbook() throws Exception {
    mvc.perform(as("hejun", get("/api/reports/export").param("period", "2026-11")))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
            "filename*=UTF-8''%E5%B7%A5%E4%BD%9C%E6%8A%A5%E8%A1%A8-2026%E5%B9%B411%E6%9C%88.xlsx")));
  }

  private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
    return request.with(httpBasic(user, "demo"));
  }
}
