package org.steward.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A campaign's results written as a workbook and read back with Apache POI. */
class SurveyExportTests {

  @Test
  void title_namesTheCampaign() {
    assertThat(SurveyExport.title(SurveyFixtures.results())).isEqualTo("问卷结果-2026年企业满意度调查");
  }

  @Test
  void rates_allThenByOfficerThenByArea_asPercentages() throws Exception {
    try (XSSFWorkbook workbook = written()) {
      assertThat(sheetNames(workbook)).containsExactly("回答率", "各题统计", "原始答卷");
      Sheet rates = workbook.getSheet("回答率");
      assertThat(texts(rates.getRow(0))).containsExactly("分组", "名称", "目标企业数", "已回答", "回答率");
      assertThat(texts(rates.getRow(1)).subList(0, 2)).containsExactly("全部", "全部");
      assertThat(texts(rates.getRow(2)).subList(0, 2)).containsExactly("首席服务官", "张伟");
      assertThat(texts(rates.getRow(4)).subList(0, 2)).containsExactly("区域", "天河区");
      assertThat(rates.getLastRowNum()).isEqualTo(5);
      Row all = rates.getRow(1);
      assertThat(all.getCell(2).getNumericCellValue()).isEqualTo(40);
      assertThat(all.getCell(3).getNumericCellValue()).isEqualTo(30);
      assertThat(all.getCell(4).getNumericCellValue()).isEqualTo(0.75);
      assertThat(all.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(rates.getRow(5).getCell(4).getNumericCellValue()).isEqualTo(0.6);
    }
  }

  @Test
  void questions_aTableAndANativeBarChartPerCountedQuestion_freeQuestionsWithTheirAnswers() throws Exception {
    try (XSSFWorkbook workbook = written()) {
      XSSFSheet sheet = workbook.getSheet("各题统计");
      int satisfaction = rowOf(sheet, "对营商环境是否满意");
      assertThat(texts(sheet.getRow(satisfaction + 1))).containsExactly("作答企业数", "30.0");
      assertThat(texts(sheet.getRow(satisfaction + 2))).containsExactly("选项", "数量", "占比");
      Row very = sheet.getRow(satisfaction + 3);
      assertThat(very.getCell(0).getStringCellValue()).isEqualTo("非常满意");
      assertThat(very.getCell(1).getNumericCellValue()).isEqualTo(12);
      assertThat(very.getCell(2).getNumericCellValue()).isEqualTo(0.4);
      assertThat(very.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      Row finance = sheet.getRow(rowOf(sheet, "融资"));
      assertThat(finance.getCell(1).getNumericCellValue()).isZero();
      int suggestion = rowOf(sheet, "其他建议");
      assertThat(texts(sheet.getRow(suggestion + 1))).containsExactly("作答企业数", "9.0");
      assertThat((Object) sheet.getRow(suggestion + 2)).as("no table for a free question").isNull();
      assertThat(rowOf(sheet, "员工人数")).isGreaterThan(suggestion);

      List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
      assertThat(charts).hasSize(2);
      assertThat(charts).extracting(c -> c.getTitleText().getString())
          .containsExactly("对营商环境是否满意", "最需要哪些服务（可多选）");
      XSSFChart chart = charts.get(0);
      List<XDDFChartData> data = chart.getChartSeries();
      assertThat(data).hasSize(1).first().isInstanceOf(XDDFBarChartData.class);
      assertThat(((XDDFBarChartData) data.get(0)).getBarDirection()).isEqualTo(BarDirection.BAR);
      XDDFChartData.Series series = data.get(0).getSeries(0);
      assertThat(series.getCategoryData().getPointCount()).isEqualTo(3);
      assertThat(series.getCategoryData().getPointAt(0)).isEqualTo("非常满意");
      assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("各题统计!$A$4:$A$6");
      assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("各题统计!$B$4:$B$6");
      assertThat(series.getValuesData().getPointAt(1).doubleValue()).isEqualTo(15);
      assertThat(rowOf(sheet, "最需要哪些服务（可多选）")).as("the next question below the first chart")
          .isGreaterThanOrEqualTo(satisfaction + 16);
    }
  }

  @Test
  void answers_onePerEnterprise_displayTextsUnderTheQuestionsLabels() throws Exception {
    try (XSSFWorkbook workbook = written()) {
      Sheet answers = workbook.getSheet("原始答卷");
      assertThat(texts(answers.getRow(0))).containsExactly("企业", "首席服务官", "提交时间", "对营商环境是否满意",
          "最需要哪些服务（可多选）", "其他建议", "员工人数");
      Row first = answers.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("广州示例制造有限公司");
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("张伟");
      assertThat(first.getCell(2).getLocalDateTimeCellValue()).as("in Asia/Shanghai")
          .isEqualTo(LocalDateTime.of(2026, 11, 3, 10, 30));
      assertThat(first.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
      assertThat(first.getCell(4).getStringCellValue()).isEqualTo("用地、用工");
      assertThat(first.getCell(6).getStringCellValue()).isEqualTo("120");
      assertThat(answers.getRow(2).getCell(5)).as("not answered: empty").isNull();
    }
  }

  @Test
  void textsThatLookLikeFormulas_stayText() throws Exception {
    try (XSSFWorkbook workbook = written()) {
      Sheet answers = workbook.getSheet("原始答卷");
      Cell formula = answers.getRow(1).getCell(5);
      assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
      assertThat(formula.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
      assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
      Cell plus = answers.getRow(2).getCell(0);
      assertThat(plus.getCellType()).isEqualTo(CellType.STRING);
      assertThat(plus.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(answers.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
      workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell ->
          assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isNotEqualTo(CellType.FORMULA))));
    }
  }

  private static XSSFWorkbook written() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SurveyExport.write(SurveyFixtures.results(), out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static int rowOf(Sheet sheet, String firstCell) {
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(firstCell)) {
        return row.getRowNum();
      }
    }
    throw new AssertionError(firstCell + " not in " + sheet.getSheetName());
  }

  private static List<String> sheetNames(XSSFWorkbook workbook) {
    return IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
  }

  /** The row's cells as text, numbers as POI writes them ("30.0"). */
  private static List<String> texts(Row row) {
    return StreamSupport.stream(row.spliterator(), false).map(Cell::toString).toList();
  }
}
