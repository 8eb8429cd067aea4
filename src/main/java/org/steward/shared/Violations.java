package org.steward.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.steward.shared.InvalidInput.FieldViolation;

/**
 * Collects every broken rule of one call so that the caller learns about all of them at once.
 *
 * <p>Texts come in two kinds: {@link #text} (multi-line: descriptions, answers, notes, opinions, minutes; line breaks
 * and tabs allowed) and {@link #line} (single-line: titles, names, phones, codes). Both refuse control characters
 * (U+0000 first of all: PostgreSQL refuses it), non-characters and lone surrogates, need at least one visible
 * character, and count their length in characters (code points), not UTF-16 units.
 */
public final class Violations {

  /** The longest String a process variable holds (the engine's 4,000-character text column on PostgreSQL). */
  public static final int MAX_VARIABLE_TEXT = 4000;

  private final List<FieldViolation> found = new ArrayList<>();

  public void add(String field, String code, Object... args) {
    found.add(new FieldViolation(field, code, args));
  }

  public boolean has(String field) {
    return found.stream().anyMatch(v -> v.field().equals(field));
  }

  /** A required multi-line text of at most {@code max} characters; answers it stripped, or null when broken. */
  public String text(String field, String value, int max) {
    return required(field, value, max, true);
  }

  /** An optional multi-line text of at most {@code max} characters; blank counts as absent. */
  public String optionalText(String field, String value, int max) {
    return optional(field, value, max, true);
  }

  /** A required single-line text (no line breaks, no tabs) of at most {@code max} characters; stripped, or null. */
  public String line(String field, String value, int max) {
    return required(field, value, max, false);
  }

  /** An optional single-line text of at most {@code max} characters; blank counts as absent. */
  public String optionalLine(String field, String value, int max) {
    return optional(field, value, max, false);
  }

  /**
   * A required whole number in [{@code min}, {@code max}], given as a JSON or form number or as digits: 1.7 is refused,
   * not cut to 1 ({@code NotWhole}); a boolean or other text is {@code typeMismatch}; a number outside the range,
   * however large, gets {@code rangeCode} with the arguments {@code min} and {@code max}. Answers the number, or null.
   */
  public Integer whole(String field, Object value, int min, int max, String rangeCode) {
    if (value == null || value instanceof String s && s.isBlank()) {
      add(field, "NotNull");
      return null;
    }
    BigDecimal number = number(value);
    if (number == null) {
      add(field, "typeMismatch");
      return null;
    }
    if (number.stripTrailingZeros().scale() > 0) {
      add(field, "NotWhole");
      return null;
    }
    if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      add(field, rangeCode, min, max);
      return null;
    }
    return number.intValueExact();
  }

  /** {@code value} as an int when it is a whole number within int's range (see {@link #whole}), else null. */
  public static Integer wholeOrNull(Object value) {
    BigDecimal number = value == null ? null : number(value);
    if (number == null || number.stripTrailingZeros().scale() > 0
        || number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      return null;
    }
    return number.intValueExact();
  }

  /** A required date written {@code yyyy-MM-dd}; answers it, or null when missing ({@code NotBlank}) or not a date. */
  public LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      add(field, "NotBlank");
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      add(field, "NotADate");
      return null;
    }
  }

  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidInput(found);
    }
  }

  private String required(String field, String value, int max, boolean multiLine) {
    if (value == null || value.isBlank()) {
      add(field, "NotBlank");
      return null;
    }
    return optional(field, value, max, multiLine);
  }

  private String optional(String field, String value, int max, boolean multiLine) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    String broken = TextRules.broken(stripped, multiLine);
    if (broken != null) {
      add(field, broken);
      return null;
    }
    if (stripped.codePointCount(0, stripped.length()) > max) {
      add(field, "TooLong", max);
      return null;
    }
    return stripped;
  }

  /** A number given as a Java number or as a text of digits (with an optional sign or fraction), else null. */
  private static BigDecimal number(Object value) {
    try {
      if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
        return BigDecimal.valueOf(((Number) value).longValue());
      }
      if (value instanceof BigInteger big) {
        return new BigDecimal(big);
      }
      if (value instanceof BigDecimal decimal) {
        return decimal;
      }
      if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
        return new BigDecimal(((Number) value).toString());
      }
      if (value instanceof String text && text.strip().matches("[+-]?\\d{1,30}(\\.\\d{1,30})?")) {
        return new BigDecimal(text.strip());
      }
      return null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
