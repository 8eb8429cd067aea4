package org.steward.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The grant matrix as written in {@code docs/security.md}, between its {@code grant-matrix:start/end} markers: one row
 * per demo role (its login in the second column, in backticks), one column per action (its key in backticks), ✓ or ✗.
 */
record GrantMatrix(List<String> columns, List<Row> rows) {

  static final Path DOCUMENT = Path.of("docs/security.md");
  private static final String START = "<!-- grant-matrix:start -->";
  private static final String END = "<!-- grant-matrix:end -->";

  /** One role's row: its login and, per column, whether the action is allowed. */
  record Row(String login, Map<String, Boolean> allowed) {
  }

  static GrantMatrix read() throws IOException {
    String text = Files.readString(DOCUMENT);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalStateException(DOCUMENT + " has no grant matrix between " + START + " and " + END);
    }
    List<String[]> lines = text.substring(start + START.length(), end).lines().map(String::strip)
        .filter(line -> line.startsWith("|")).map(GrantMatrix::cells).toList();
    List<String> columns = Arrays.stream(lines.get(0)).skip(2).map(GrantMatrix::unquote).toList();
    List<Row> rows = new ArrayList<>();
    for (String[] line : lines.subList(2, lines.size())) {
      Map<String, Boolean> allowed = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        allowed.put(columns.get(i), mark(line[i + 2], line[1], columns.get(i)));
      }
      rows.add(new Row(unquote(line[1]), allowed));
    }
    return new GrantMatrix(columns, List.copyOf(rows));
  }

  private static String[] cells(String line) {
    String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
    return Arrays.stream(inner.split("\\|")).map(String::strip).toArray(String[]::new);
  }

  private static String unquote(String cell) {
    return cell.replace("`", "").strip();
  }

  private static boolean mark(String cell, String login, String column) {
    return switch (cell) {
      case "✓" -> true;
      case "✗" -> false;
      default -> throw new IllegalStateException("cell " + login + " × " + column + " is neither ✓ nor ✗: " + cell);
    };
  }
}
