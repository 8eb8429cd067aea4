package org.steward.survey;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.steward.shared.StewardClock;
import org.steward.survey.SurveyResults.OptionCount;
import org.steward.survey.SurveyResults.QuestionResult;
import org.steward.survey.SurveyResults.Rate;
import org.steward.survey.SurveyResults.RawAnswer;

/**
 * A campaign's results as an Excel workbook: 回答率 (all, by officer, by area), 各题统计 (each counted question's table
 * with a native Excel bar chart beside it, which Excel draws with its own fonts; free questions with their number of
 * answers) and 原始答卷 (one row per enterprise). Written with {@link XSSFWorkbook} rather than the streaming
 * {@code TableWriter}, whose sheets cannot hold charts; a campaign's answers fit in memory.
 */
public final class SurveyExport {

  // the chart beside a question's table: columns E to L, at least this many rows high
  private static final int CHART_FIRST_COLUMN = 4;
  private static final int CHART_LAST_COLUMN = 12;
  private static final int CHART_ROWS = 16;
  private static final byte[] BAR_COLOR = {0x3b, 0x7d, (byte) 0xd8};

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final CellStyle bold;
  private final CellStyle percent;
  private final CellStyle dateTime;
  private final CellStyle inert;
  private final CellStyle boldInert;

  private SurveyExport() {
    XSSFFont font = workbook.createFont();
    font.setBold(true);
    bold = workbook.createCellStyle();
    bold.setFont(font);
    percent = workbook.createCellStyle();
    percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
    dateTime = workbook.createCellStyle();
    dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
    inert = workbook.createCellStyle();
    inert.setQuotePrefixed(true);
    boldInert = workbook.createCellStyle();
    boldInert.cloneStyleFrom(bold);
    boldInert.setQuotePrefixed(true);
  }

  /** {@code 问卷结果-<title>}, the file's name without extension. */
  public static String title(SurveyResults r) {
    return "问卷结果-" + r.title();
  }

  /** Writes the results as {@code .xlsx}; the stream stays open. */
  public static void write(SurveyResults r, OutputStream out) {
    SurveyExport export = new SurveyExport();
    try (XSSFWorkbook workbook = export.workbook) {
      workbook.getProperties().getCoreProperties().setTitle(title(r));
      export.rates(r);
      export.questions(r.questions());
      export.answers(r);
      workbook.write(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void rates(SurveyResults r) {
    XSSFSheet sheet = sheet("回答率", List.of("分组", "名称", "目标企业数", "已回答", "回答率"), 14, 20, 12, 12, 12);
    int next = 1;
    next = rates(sheet, next, "全部", List.of(r.overall()));
    next = rates(sheet, next, "首席服务官", r.byOfficer());
    rates(sheet, next, "区域", r.byArea());
  }

  private int rates(XSSFSheet sheet, int next, String group, List<Rate> rates) {
    for (Rate rate : rates) {
      Row row = sheet.createRow(next++);
      text(row, 0, group);
      text(row, 1, rate.name());
      row.createCell(2).setCellValue(rate.targeted());
      row.createCell(3).setCellValue(rate.answered());
      Cell share = row.createCell(4);
      share.setCellValue(rate.rate());
      share.setCellStyle(percent);
    }
    return next;
  }

  /** Each question in the form's order: its label, how many answered it, and for choices a table and a chart. */
  private void questions(List<QuestionResult> questions) {
    XSSFSheet sheet = workbook.createSheet("各题统计");
    for (int column = 0; column < CHART_FIRST_COLUMN; column++) {
      sheet.setColumnWidth(column, (column == 0 ? 30 : 12) * 256);
    }
    int next = 0;
    for (QuestionResult q : questions) {
      int top = next;
      Row heading = sheet.createRow(next++);
      heading(heading, 0, q.label());
      Row answered = sheet.createRow(next++);
      text(answered, 0, "作答企业数");
      answered.createCell(1).setCellValue(q.answered());
      if (q.counted()) {
        Row header = sheet.createRow(next++);
        heading(header, 0, "选项");
        heading(header, 1, "数量");
        heading(header, 2, "占比");
        int first = next;
        for (OptionCount option : q.options()) {
          Row row = sheet.createRow(next++);
          text(row, 0, option.label());
          row.createCell(1).setCellValue(option.count());
          Cell share = row.createCell(2);
          share.setCellValue(option.percent(q.answered()));
          share.setCellStyle(percent);
        }
        if (!q.options().isEmpty()) {
          chart(sheet, q.label(), top, first, next - 1);
          next = Math.max(next, top + CHART_ROWS);
        }
      }
      next++;
    }
  }

  /** A horizontal bar chart of the counts in rows first..last (labels in column A, counts in B), options top down. */
  private static void chart(XSSFSheet sheet, String title, int top, int first, int last) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, CHART_FIRST_COLUMN, top,
        CHART_LAST_COLUMN, top + CHART_ROWS - 1));
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    XDDFCategoryAxis options = chart.createCategoryAxis(AxisPosition.LEFT);
    // Excel lists a bar chart's categories bottom up; reversed, the first option is on top as in the form
    options.setOrientation(AxisOrientation.MAX_MIN);
    XDDFValueAxis counts = chart.createValueAxis(AxisPosition.BOTTOM);
    counts.setCrosses(AxisCrosses.MAX);
    counts.setCrossBetween(AxisCrossBetween.BETWEEN);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, options, counts);
    data.setBarDirection(BarDirection.BAR);
    data.setVaryColors(false);
    XDDFChartData.Series series = data.addSeries(
        XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 0, 0)),
        XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, 1, 1)));
    series.setTitle("数量", null);
    series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOR)));
    CTDLbls labels = ((XDDFBarChartData.Series) series).getCTBarSer().addNewDLbls();
    labels.addNewShowLegendKey().setVal(false);
    labels.addNewShowVal().setVal(true);
    labels.addNewShowCatName().setVal(false);
    labels.addNewShowSerName().setVal(false);
    labels.addNewShowPercent().setVal(false);
    labels.addNewShowBubbleSize().setVal(false);
    chart.plot(data);
  }

  private void answers(SurveyResults r) {
    List<String> headers = new ArrayList<>(List.of("企业", "首席服务官", "提交时间"));
    r.questions().forEach(q -> headers.add(q.label()));
    XSSFSheet sheet = sheet("原始答卷", headers, 28, 14, 18);
    int next = 1;
    for (RawAnswer answer : r.answers()) {
      Row row = sheet.createRow(next++);
      text(row, 0, answer.enterpriseName());
      text(row, 1, answer.officerName());
      if (answer.answeredAt() != null) {
        Cell at = row.createCell(2);
        at.setCellValue(answer.answeredAt().atZone(StewardClock.ZONE).toLocalDateTime());
        at.setCellStyle(dateTime);
      }
      for (int i = 0; i < r.questions().size(); i++) {
        text(row, 3 + i, answer.display().get(r.questions().get(i).key()));
      }
    }
  }

  /** A sheet with a bold, frozen header row; columns beyond the given widths are 20 characters wide. */
  private XSSFSheet sheet(String name, List<String> headers, int... widths) {
    XSSFSheet sheet = workbook.createSheet(name);
    Row row = sheet.createRow(0);
    for (int i = 0; i < headers.size(); i++) {
      heading(row, i, headers.get(i));
      // in 1/256 of a character; Chinese glyphs count double
      sheet.setColumnWidth(i, (i < widths.length ? widths[i] : 20) * 256);
    }
    sheet.createFreezePane(0, 1);
    return sheet;
  }

  /**
   * A text cell, never a formula. Text that Excel would take for a formula once a user edits the cell (=, +, -, @
   * first) is also marked as quoted text, as TableWriter's CSV quotes it.
   */
  private void text(Row row, int column, String value) {
    write(row, column, value, null, inert);
  }

  private void heading(Row row, int column, String value) {
    write(row, column, value, bold, boldInert);
  }

  private static void write(Row row, int column, String value, CellStyle style, CellStyle inertStyle) {
    if (value == null) {
      return;
    }
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    boolean formulaLike = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    if (formulaLike || style != null) {
      cell.setCellStyle(formulaLike ? inertStyle : style);
    }
  }
}
