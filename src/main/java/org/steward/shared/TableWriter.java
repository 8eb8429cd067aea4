package org.steward.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables row by row to an {@code .xlsx} workbook (one sheet per table, streamed with {@link SXSSFWorkbook} so
 * that big ledgers stay small in memory) or to CSV (UTF-8 with a byte-order mark, one table only). Cells are text,
 * numbers, rates (decimal fractions shown as percentages), dates and date-times (shown in Asia/Shanghai).
 */
public abstract class TableWriter implements AutoCloseable {

  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** How a column's cells are written. */
  public enum Kind {
    TEXT, NUMBER, PERCENT, DATE, DATE_TIME
  }

  /** A column: its (Chinese) header and the kind of its cells. */
  public record Column(String header, Kind kind) {

    public static Column text(String header) {
      return new Column(header, Kind.TEXT);
    }

    public static Column number(String header) {
      return new Column(header, Kind.NUMBER);
    }

    public static Column percent(String header) {
      return new Column(header, Kind.PERCENT);
    }

    public static Column date(String header) {
      return new Column(header, Kind.DATE);
    }

    public static Column dateTime(String header) {
      return new Column(header, Kind.DATE_TIME);
    }
  }

  protected List<Column> columns = List.of();

  public static TableWriter of(ExportFormat format, OutputStream out) {
    return format == ExportFormat.XLSX ? new Xlsx(out) : new Csv(out);
  }

  /** Starts a table (a sheet in a workbook) and writes its header row. */
  public abstract void table(String name, List<Column> columns);

  /** One row, its cells in column order; null cells stay empty. */
  public abstract void row(List<?> cells);

  /** Finishes the file; the output stream stays open. */
  @Override
  public abstract void close();

  private static LocalDateTime shanghai(Object value) {
    return ((OffsetDateTime) value).atZoneSameInstant(StewardClock.ZONE).toLocalDateTime();
  }

  private static final class Csv extends TableWriter {

    private final CSVPrinter printer;

    Csv(OutputStream out) {
      try {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void table(String name, List<Column> columns) {
      if (!this.columns.isEmpty()) {
        throw new IllegalStateException("a CSV file holds one table");
      }
      this.columns = List.copyOf(columns);
      print(columns.stream().map(Column::header).toList());
    }

    @Override
    public void row(List<?> cells) {
      List<String> texts = new ArrayList<>(cells.size());
      for (int i = 0; i < cells.size(); i++) {
        Object value = cells.get(i);
        texts.add(value == null ? "" : switch (columns.get(i).kind()) {
          case PERCENT -> ((BigDecimal) value).movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString()
              + "%";
          case DATE_TIME -> DATE_TIME.format(shanghai(value));
          case TEXT -> inert(value.toString());
          default -> value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        });
      }
      print(texts);
    }

    // Text from users that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is kept as text.
    private static String inert(String text) {
      return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private void print(List<String> values) {
      try {
        printer.printRecord(values);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        printer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final class Xlsx extends TableWriter {

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle header;
    private final CellStyle percent;
    private final CellStyle date;
    private final CellStyle dateTime;
    private Sheet sheet;
    private int next;

    Xlsx(OutputStream out) {
      this.out = out;
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      percent = style("0.00%");
      date = style("yyyy-mm-dd");
      dateTime = style("yyyy-mm-dd hh:mm");
    }

    private CellStyle style(String format) {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat(format));
      return style;
    }

    @Override
    public void table(String name, List<Column> columns) {
      this.columns = List.copyOf(columns);
      sheet = workbook.createSheet(name);
      next = 0;
      Row row = sheet.createRow(next++);
      for (int i = 0; i < columns.size(); i++) {
        Cell cell = row.createCell(i);
        cell.setCellValue(columns.get(i).header());
        cell.setCellStyle(header);
        // wide enough for the header and a date-time, in 1/256 of a character; Chinese glyphs count double
        sheet.setColumnWidth(i, Math.max(12, columns.get(i).header().length() * 2 + 2) * 256);
      }
      sheet.createFreezePane(0, 1);
      ((SXSSFSheet) sheet).setRandomAccessWindowSize(200);
    }

    @Override
    public void row(List<?> cells) {
      Row row = sheet.createRow(next++);
      for (int i = 0; i < cells.size(); i++) {
        Object value = cells.get(i);
        if (value == null) {
          continue;
        }
        Cell cell = row.createCell(i);
        switch (columns.get(i).kind()) {
          case NUMBER -> cell.setCellValue(((Number) value).doubleValue());
          case PERCENT -> {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(percent);
          }
          case DATE -> {
            cell.setCellValue((LocalDate) value);
            cell.setCellStyle(date);
          }
          case DATE_TIME -> {
            cell.setCellValue(shanghai(value));
            cell.setCellStyle(dateTime);
          }
          default -> cell.setCellValue(value.toString());
        }
      }
    }

    @Override
    public void close() {
      try {
        workbook.write(out);
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        workbook.dispose();
        try {
          workbook.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
