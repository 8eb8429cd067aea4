package org.steward.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.steward.ledger.CaseStandings;

/**
 * {@code GET /api/ledger/export} over HTTP with the demo users on H2, over three matters submitted on 2031-05-05
 * (rolled back after each test): A handed over to housing (lead, done) and power (cooperating, returned); B not yet
 * signed for; C another officer's, handed over to power (open, red).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class LedgerControllerTests {

  private static final String DAY = "2031-05-05";

  @Autowired
  org.springframework.test.web.servlet.MockMvc mvc;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  CaseStandings standings;

  @BeforeEach
  void matters() {
    request("QY20310505-9001", "zhangwei", "HANDLING", "TRACKED", "08:00");
    unit("QY20310505-9001", 0, "housing", "LEAD", "FEEDBACK_GIVEN", "GREEN", "DONE", "已协调规划条件", null);
    unit("QY20310505-9001", 1, "power", "COOPERATING", "RETURNED", "GREEN", null, null, "不属于本单位职责");
    request("QY20310505-9002", "zhangwei", "SUBMITTED", null, "09:00");
    request("QY20310505-9003", "liuyang", "HANDLING", "TRACKED", "10:00");
    unit("QY20310505-9003", 0, "power", "LEAD", "SIGNED", "RED", null, null, null);
    supervisionOrder("QY20310505-9003", "SIGNED");
    supervisionOrder("QY20310505-9003", "ANSWERED");
    // the rows are made by hand, past the writers that keep the ledger's standings
    List.of("QY20310505-9001", "QY20310505-9002", "QY20310505-9003").forEach(standings::refresh);
  }

  @Test
  void xlsx_oneLinePerMatterAndUnit_chineseHeadersAndWords() throws Exception {
    byte[] xlsx = mvc.perform(as("chenjianguo", export("xlsx")))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
            "filename*=UTF-8''%E5%8D%8F%E8%B0%83%E4%BA%8B%E9%A1%B9%E6%98%8E%E7%BB%86%E8%A1%A8-")))
        .andReturn().getResponse().getContentAsByteArray();

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheet("协调事项明细表");
      assertThat(texts(sheet.getRow(0))).containsExactly("案件编号", "企业名称", "诉求类别", "诉求标题", "首席服务官",
          "案件状态", "解决方式", "提交时间", "首次答复时限", "首次答复时间", "办结时限", "案件灯色", "重办次数", "满意度", "销号时间",
          "交办轮次", "办理部门", "部门角色", "交办时间", "部门办理时限", "部门办理状态", "部门灯色", "进度评价", "反馈时间", "办理反馈",
          "退单理由", "待反馈督办单");
      assertThat(sheet.getLastRowNum()).as("4 lines: A twice, B and C once").isEqualTo(4);
      // the ledger's order: B (24-hour deadline 2031-05-06), A and C (resolution due 2031-05-12), by submission
      assertThat(column(sheet, 0)).containsExactly("QY20310505-9002", "QY20310505-9001", "QY20310505-9001",
          "QY20310505-9003");
      Row returned = sheet.getRow(3);
      assertThat(List.of(returned.getCell(16).getStringCellValue(), returned.getCell(17).getStringCellValue(),
          returned.getCell(20).getStringCellValue(), returned.getCell(25).getStringCellValue()))
          .containsExactly("供电局", "配合", "已退单", "不属于本单位职责");
      assertThat(returned.getCell(22)).as("a returned unit has no rating").isNull();
      Row done = sheet.getRow(2);
      assertThat(List.of(done.getCell(2).getStringCellValue(), done.getCell(5).getStringCellValue(),
          done.getCell(6).getStringCellValue(), done.getCell(22).getStringCellValue(),
          done.getCell(24).getStringCellValue())).containsExactly("用电", "部门办理中", "跟踪解决", "完成", "已协调规划条件");
      assertThat(done.getCell(19).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2031, 5, 12));
      assertThat(done.getCell(7).getLocalDateTimeCellValue()).isEqualTo("2031-05-05T08:00");
      Row unsigned = sheet.getRow(1);
      assertThat(unsigned.getCell(15)).as("a matter without units: one line, unit cells empty").isNull();
      assertThat(unsigned.getCell(5).getStringCellValue()).isEqualTo("待签收");
      assertThat(sheet.getRow(4).getCell(22).getStringCellValue()).as("open and red").isEqualTo("进展缓慢");
      assertThat(sheet.getRow(4).getCell(11).getStringCellValue()).isEqualTo("红灯");
      assertThat(sheet.getRow(4).getCell(26).getNumericCellValue()).as("one order awaits its answer, one answered")
          .isEqualTo(1);
      assertThat(done.getCell(26).getNumericCellValue()).as("a matter under no order").isZero();
    }
  }

  @Test
  void csv_isUtf8WithByteOrderMark_andRespectsTheCallersScope() throws Exception {
    byte[] csv = mvc.perform(as("zhangwei", export("csv")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();

    assertThat(new byte[] {csv[0], csv[1], csv[2]}).containsExactly(0xEF, 0xBB, 0xBF);
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8))
        .getRecords();
    assertThat(rows).extracting(r -> r.get("案件编号") + " " + r.get("办理部门") + " " + r.get("进度评价"))
        .as("zhangwei's two matters, not liuyang's")
        .containsExactly("QY20310505-9002  ", "QY20310505-9001 住房和城乡建设局 完成", "QY20310505-9001 供电局 ");
    assertThat(rows.get(1).get("提交时间")).isEqualTo("2031-05-05 08:00");
    assertThat(rows.get(1).get("部门办理时限")).isEqualTo("2031-05-12");
  }

  @Test
  void theLedgersFilters_applyToTheExport() throws Exception {
    byte[] csv = mvc.perform(as("chenjianguo", export("csv").param("department", "power").param("light", "RED")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();

    List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new InputStreamReader(
        new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8)).getRecords();
    assertThat(rows).extracting(r -> r.get(0)).containsExactly("案件编号", "QY20310505-9003");
  }

  @Test
  void enterprises_areRefused_badFiltersAndFormats_named() throws Exception {
    mvc.perform(as("ent01", export("xlsx"))).andExpect(status().isForbidden())
        .andExpect(jsonPath("$.titleZh").value("无权查看台账"));
    mvc.perform(as("chenjianguo", export("pdf"))).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("format"));
    mvc.perform(as("chenjianguo", export("csv").param("state", "OPEN"))).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("state"));
    for (String path : List.of("/api/ledger/export", "/api/ledger")) {
      mvc.perform(as("chenjianguo", get(path).param("submittedFrom", "yesterday")))
          .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("submittedFrom"));
    }
  }

  @Test
  void thePagedLedger_stillFilters() throws Exception {
    mvc.perform(as("chenjianguo", get("/api/ledger").param("submittedFrom", DAY).param("submittedTo", DAY)
            .param("size", "2")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.items.length()").value(2));
  }

  private static MockHttpServletRequestBuilder export(String format) {
    return get("/api/ledger/export").param("format", format).param("submittedFrom", DAY).param("submittedTo", DAY);
  }

  private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
    return request.with(httpBasic(user, "demo"));
  }

  private void request(String caseNumber, String officer, String state, String outcome, String time) {
    OffsetDateTime submitted = OffsetDateTime.parse(DAY + "T" + time + ":00+08:00");
    boolean acknowledged = !"SUBMITTED".equals(state);
    jdbc.sql("""
            insert into request (case_number, enterprise_id, enterprise_name, category, title, description,
              contact_name, contact_phone, urgency, channel, state, outcome, officer_id, submitted_by, submitted_at,
              response_due, response_light, acknowledged_at, resolution_due, reopen_count)
            values (:caseNumber, 1, '广州某某精密制造有限公司', 'power', '厂区扩容用电', '说明', '王经理', '13800000000',
              'NORMAL', 'PORTAL', :state, :outcome, :officer, 'ent01', :submitted, :responseDue, 'GREEN', :acknowledged,
              :resolutionDue, 0)
            """)
        .param("caseNumber", caseNumber).param("state", state).param("outcome", outcome).param("officer", officer)
        .param("submitted", Timestamp.from(submitted.toInstant()))
        .param("responseDue", Timestamp.from(submitted.plusHours(24).toInstant()))
        .param("acknowledged", acknowledged ? Timestamp.from(submitted.plusHours(1).toInstant()) : null)
        .param("resolutionDue", acknowledged ? LocalDate.of(2031, 5, 12) : null)
        .update();
  }

  private void supervisionOrder(String caseNumber, String state) {
    jdbc.sql("""
            insert into supervision_order (case_number, target_kind, target, requirement, time_limit, issued_by,
              issued_at, due_date, state, light)
            values (:caseNumber, 'DEPARTMENT', 'power', '两个工作日内接电', 2, 'chenjianguo',
              timestamp '2031-05-05 12:00:00', date '2031-05-07', :state, 'GREEN')
            """)
        .param("caseNumber", caseNumber).param("state", state).update();
  }

  private void unit(String caseNumber, int position, String department, String role, String state, String light,
      String rating, String feedback, String returnReason) {
    jdbc.sql("""
            insert into handling_unit (case_number, round, position, department_code, role, time_limit, handed_over_at,
              handed_over_by, due_date, state, light, rating, feedback, return_reason, finished_at)
            values (:caseNumber, 1, :position, :department, :role, 5, :handedOver, 'zhangwei', date '2031-05-12',
              :state, :light, :rating, :feedback, :reason, :finished)
            """)
        .param("caseNumber", caseNumber).param("position", position).param("department", department)
        .param("role", role).param("state", state).param("light", light).param("rating", rating)
        .param("feedback", feedback).param("reason", returnReason)
        .param("handedOver", Timestamp.from(OffsetDateTime.parse(DAY + "T12:00:00+08:00").toInstant()))
        .param("finished", feedback != null || returnReason != null
            ? Timestamp.from(OffsetDateTime.parse("2031-05-08T16:00:00+08:00").toInstant()) : null)
        .update();
  }

  private static List<String> column(Sheet sheet, int index) {
    List<String> values = new ArrayList<>();
    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
      values.add(sheet.getRow(i).getCell(index).getStringCellValue());
    }
    return values;
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(cell.toString()));
    return texts;
  }
}
