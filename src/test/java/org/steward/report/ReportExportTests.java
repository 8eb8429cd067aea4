package org.steward.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.steward.visit.VisitReport;
import org.steward.shared.ExportFormat;

/** A report written as a workbook and as CSV, read back with Apache POI and Commons CSV. */
class ReportExportTests {

  private static final Figures HOUSING = new Figures(1, 0, 1, 1, new BigDecimal("1.0000"), new BigDecimal("0.5000"),
      new BigDecimal("30.00"), new BigDecimal("0.0000"), 2, new BigDecimal("1.0000"), 1, new BigDecimal("1.0000"),
      new BigDecimal("1.0000"), 1, 1, 2, 1, 0, 0);
  private static final Figures TOTALS = new Figures(7, 2, 3, 2, new BigDecimal("0.2857"), null,
      new BigDecimal("7.50"), new BigDecimal("0.5714"), 3, new BigDecimal("0.2857"), 2, new BigDecimal("0.6667"),
      null, 2, 3, 0, 0, 1, 1);
  private static final Report REPORT = new Report(
      new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), "2026年11月"), TOTALS,
      List.of(new Report.Group("housing", "住房和城乡建设局", HOUSING, ratings())),
      List.of(new Report.Group("zhangwei", "张伟", HOUSING, null)),
      List.of(new Report.Group("天河区", "天河区", HOUSING, null)),
      List.of(new Report.Group("land", "用地", HOUSING, null)),
      new Report.Projects(Map.of("DELAYED", 2), Map.of("COMPLETION", 2)),
      new Report.Policies(List.of(new Report.Policy(1, "稳岗补贴申领指引", "人力资源和社会保障局", LocalDate.of(2026, 11, 5),
          new PolicyPushFigures(4, 4, 3, new BigDecimal("0.7500"), 2, 1, 1)),
          new Report.Policy(2, "=技改奖补", "工业和信息化局", LocalDate.of(2026, 11, 20),
              new PolicyPushFigures(0, 0, 0, null, 0, 0, 0))),
          new PolicyPushFigures(4, 4, 3, new BigDecimal("0.7500"), 2, 1, 1)),
      new VisitReport.PeriodFigures(List.of(new VisitReport.Figures("zhangwei", "张伟", 5, 4, 1)),
          List.of(new VisitReport.Figures("economy", "经济促进局", 5, 4, 1))));

  @Test
  void workbook_hasOneSheetPerBreakdown_chineseHeaders_ratesAsPercentages() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportExport.write(REPORT, ExportFormat.XLSX, out);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(sheetNames(workbook)).containsExactly("汇总", "按部门", "按首席服务官", "按区域", "按类别", "项目",
          "政策推送", "走访");
      Sheet totals = workbook.getSheet("汇总");
      assertThat(texts(totals.getRow(0))).containsExactly("统计期间", "开始日期", "结束日期", "收集诉求数", "即时解决数",
          "跟踪解决数", "已办结数", "企业撤回数", "未补充材料关闭数", "解决率", "按期办结率", "平均首次响应时长（小时）",
          "24小时内响应率", "催办次数", "催办率", "重办数", "重办率", "满意率");
      Row row = totals.getRow(1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("2026年11月");
      assertThat(row.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 1));
      assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(7);
      assertThat(row.getCell(7).getNumericCellValue()).as("withdrawn").isEqualTo(1);
      assertThat(row.getCell(8).getNumericCellValue()).as("closed for want of material").isEqualTo(1);
      assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(0.2857);
      assertThat(row.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      assertThat(row.getCell(10)).as("no units judged: empty, not 0 %").isNull();
      assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(7.5);

      Sheet departments = workbook.getSheet("按部门");
      assertThat(texts(departments.getRow(0))).startsWith("部门", "收集诉求数").endsWith("完成", "如期推进", "进展缓慢");
      assertThat(departments.getRow(1).getCell(0).getStringCellValue()).isEqualTo("住房和城乡建设局");
      assertThat(departments.getRow(1).getCell(16).getNumericCellValue()).isEqualTo(2);
      assertThat(departments.getRow(1).getCell(18).getNumericCellValue()).isEqualTo(1);
      assertThat(texts(workbook.getSheet("按首席服务官").getRow(0))).hasSize(16).startsWith("首席服务官");
      assertThat(workbook.getSheet("按类别").getRow(1).getCell(0).getStringCellValue()).isEqualTo("用地");

      Sheet projects = workbook.getSheet("项目");
      assertThat(texts(projects.getRow(1)).subList(0, 2)).containsExactly("按状态", "进度滞后");
      assertThat(texts(projects.getRow(2)).subList(0, 2)).containsExactly("按节点", "待竣工");
      assertThat(projects.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(2);

      Sheet policies = workbook.getSheet("政策推送");
      assertThat(texts(policies.getRow(0))).containsExactly("政策名称", "发文部门", "发布日期", "匹配企业数", "已送达",
          "已阅读", "阅读率", "官员已确认", "适用", "咨询/申报数");
      Row policy = policies.getRow(1);
      assertThat(texts(policy).subList(0, 2)).containsExactly("稳岗补贴申领指引", "人力资源和社会保障局");
      assertThat(policy.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 5));
      assertThat(policy.getCell(3).getNumericCellValue()).isEqualTo(4);
      assertThat(policy.getCell(6).getNumericCellValue()).isEqualTo(0.75);
      assertThat(policy.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
      assertThat(policy.getCell(9).getNumericCellValue()).isEqualTo(1);
      assertThat(policies.getRow(2).getCell(6)).as("reached nobody: no rate").isNull();
      Row policyTotals = policies.getRow(3);
      assertThat(policyTotals.getCell(0).getStringCellValue()).isEqualTo("合计");
      assertThat(policyTotals.getCell(1)).isNull();
      assertThat(policyTotals.getCell(7).getNumericCellValue()).as("官员已确认").isEqualTo(2);
      assertThat(policyTotals.getCell(8).getNumericCellValue()).as("适用").isEqualTo(1);

      Sheet visits = workbook.getSheet("走访");
      assertThat(texts(visits.getRow(0))).containsExactly("维度", "名称", "计划走访", "已走访", "逾期");
      assertThat(texts(visits.getRow(1))).startsWith("部门", "经济促进局");
      assertThat(texts(visits.getRow(2))).startsWith("首席服务官", "张伟");
      assertThat(List.of(2, 3, 4).stream().map(i -> visits.getRow(2).getCell(i).getNumericCellValue()))
          .containsExactly(5.0, 4.0, 1.0);
    }
  }

  @Test
  void csv_isOneTable_utf8WithByteOrderMark_ratesAsPercentages() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportExport.write(REPORT, ExportFormat.CSV, out);
    byte[] bytes = out.toByteArray();

    assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
    List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new InputStreamReader(
        new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8)).getRecords();
    assertThat(rows.get(0).toList()).containsExactly("维度", "名称", "收集诉求数", "即时解决数", "跟踪解决数", "已办结数",
        "企业撤回数", "未补充材料关闭数", "解决率", "按期办结率", "平均首次响应时长（小时）", "24小时内响应率",
        "催办次数", "催办率", "重办数", "重办率", "满意率", "完成", "如期推进", "进展缓慢", "发文部门", "发布日期",
        "匹配企业数", "已送达", "已阅读", "阅读率", "官员已确认", "适用", "咨询/申报数");
    assertThat(rows.get(1).toList()).containsExactly("合计", "2026年11月", "7", "2", "3", "2", "1", "1", "28.57%", "",
        "7.50", "57.14%", "3", "28.57%", "2", "66.67%", "");
    assertThat(rows.get(2).toList()).containsExactly("部门", "住房和城乡建设局", "1", "0", "1", "1", "0", "0", "100.00%",
        "50.00%", "30.00", "0.00%", "2", "100.00%", "1", "100.00%", "100.00%", "2", "0", "1");
    assertThat(rows).extracting(r -> r.get(0)).containsExactly("维度", "合计", "部门", "首席服务官", "区域", "类别",
        "政策", "政策", "政策合计");
    List<String> noRequestFigures = Collections.nCopies(18, "");
    assertThat(rows.get(6).toList()).containsExactlyElementsOf(concat(List.of("政策", "稳岗补贴申领指引"),
        noRequestFigures, List.of("人力资源和社会保障局", "2026-11-05", "4", "4", "3", "75.00%", "2", "1", "1")));
    assertThat(rows.get(7).get(1)).as("a title a spreadsheet would run stays text").isEqualTo("'=技改奖补");
    assertThat(rows.get(7).get(25)).as("no rate").isEmpty();
    assertThat(rows.get(8).toList()).containsExactlyElementsOf(concat(List.of("政策合计", "2026年11月"),
        noRequestFigures, List.of("", "", "4", "4", "3", "75.00%", "2", "1", "1")));
  }

  private static Map<String, Long> ratings() {
    Map<String, Long> ratings = new LinkedHashMap<>();
    ratings.put("DONE", 2L);
    ratings.put("ON_TRACK", 0L);
    ratings.put("SLOW", 1L);
    return ratings;
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    List<String> all = new ArrayList<>();
    for (List<String> part : parts) {
      all.addAll(part);
    }
    return all;
  }

  private static List<String> sheetNames(XSSFWorkbook workbook) {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(cell.toString()));
    return texts;
  }
}
