package org.steward.shared;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of {@code docs/security.md} under "Limits of every text field": one row per text field, with its
 * capability, its write, its field, its kind and its limit; and the code's limits, read from the named constants.
 */
final class FieldLimits {

  static final Path DOCUMENT = Path.of("docs/security.md");
  private static final String SECTION = "## Limits of every text field";
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*");

  private FieldLimits() {
  }

  /** One row of the table; {@code limit} is the first number of its limit cell. */
  record Row(String capability, String write, String field, String kind, int limit) {

    @Override
    public String toString() {
      return capability + " | " + write + " | " + field;
    }
  }

  static List<Row> read() throws IOException {
    String text = Files.readString(DOCUMENT);
    int start = text.indexOf(SECTION);
    if (start < 0) {
      throw new IllegalStateException(DOCUMENT + " has no section " + SECTION);
    }
    int end = text.indexOf("\n## ", start + SECTION.length());
    List<String[]> lines = text.substring(start, end < 0 ? text.length() : end).lines().map(String::strip)
        .filter(line -> line.startsWith("|")).map(FieldLimits::cells).toList();
    List<Row> rows = new ArrayList<>();
    for (String[] cells : lines.subList(2, lines.size())) {
      Matcher number = NUMBER.matcher(cells[4]);
      if (!number.find()) {
        throw new IllegalStateException("no limit in row " + Arrays.toString(cells));
      }
      rows.add(new Row(cells[0], cells[1], cells[2].replace("`", ""), cells[3],
          Integer.parseInt(number.group().replace(",", ""))));
    }
    return List.copyOf(rows);
  }

  /** The value of the static int {@code constant} of {@code org.steward.<type>}, whatever its visibility. */
  static int constant(String type, String constant) {
    try {
      Field field = Class.forName("org.steward." + type).getDeclaredField(constant);
      field.setAccessible(true);
      return field.getInt(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no constant " + type + "." + constant, e);
    }
  }

  private static String[] cells(String line) {
    String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
    return Arrays.stream(inner.split("\\|")).map(String::strip).toArray(String[]::new);
  }
}
