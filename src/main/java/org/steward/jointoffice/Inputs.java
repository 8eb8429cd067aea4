package org.steward.jointoffice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.steward.handling.HandlingManagement.HandoverItem;
import org.steward.shared.Violations;

/**
 * Reads what the office types into its forms: department codes separated by commas (also Chinese ones, 顿号, semicolons
 * or spaces), and handover items, one per line, "部门代码｜事项｜时限" (full-width or ASCII bar).
 */
final class Inputs {

  private static final Pattern CODE_SEPARATORS = Pattern.compile("[,，、;；\\s]+");
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("[|｜]");

  private Inputs() {
  }

  /** The codes in the order written, blanks dropped; empty for null or blank. */
  static List<String> codes(String text) {
    List<String> codes = new ArrayList<>();
    if (text == null) {
      return codes;
    }
    for (String code : CODE_SEPARATORS.split(text.strip())) {
      if (!code.isBlank()) {
        codes.add(code);
      }
    }
    return codes;
  }

  /**
   * The handover items, one per non-blank line; a line that is not "code｜task｜working days" is reported as
   * {@code <field>[i]} (i counts the items, from 0) and stands as null, so that later checks keep the numbering.
   */
  static List<HandoverItem> items(String text, String field, Violations violations) {
    List<HandoverItem> items = new ArrayList<>();
    if (text == null) {
      return items;
    }
    int index = 0;
    for (String line : text.strip().split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = ITEM_SEPARATOR.split(line.strip(), -1);
      Integer days = parts.length == 3 ? number(parts[2]) : null;
      if (parts.length != 3 || days == null) {
        violations.add(field + "[" + index + "]", "jointoffice.item.format");
        items.add(null);
      } else {
        items.add(new HandoverItem(parts[0].strip(), parts[1].strip(), days));
      }
      index++;
    }
    return items;
  }

  private static Integer number(String text) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
