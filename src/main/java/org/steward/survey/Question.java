package org.steward.survey;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.steward.shared.Violations;

/**
 * One question of a survey, as its Camunda Form field says: the key its answer is stored under, the Chinese label and
 * hint, what it asks for and the rules an answer keeps. Limits a field does not set are null.
 *
 * @param key the field's key: the name of the posted input and of the stored answer
 * @param label the question, as the enterprise reads it
 * @param description the hint under the question, or null
 * @param type what the question asks for
 * @param required whether an answer is needed
 * @param options the offered options of a choice question, in the form's order; empty for the other types
 * @param min the smallest number allowed, or null
 * @param max the largest number allowed, or null
 * @param minLength the fewest characters a text needs, or null
 * @param maxLength the most characters a text holds (a text always has one: the form's, capped), or null
 * @param decimalDigits the most digits after the decimal point a number has, or null for any
 * @param pattern the regular expression a text must contain a match of (as form-js tests it), or null
 * @param noPastDates whether a date before today is refused (the form's {@code disallowPassedDates})
 * @param formType the form-js component type ({@code radio}, {@code select}, {@code checklist}, {@code textfield},
 *     {@code textarea}, {@code number}, {@code datetime}): how the portal draws the question
 */
public record Question(String key, String label, String description, QuestionType type, boolean required,
    List<Option> options, BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength, Integer decimalDigits,
    String pattern, boolean noPastDates, String formType) {

  /** How many characters a pattern may read in one answer before it counts as not matching. */
  private static final int PATTERN_READS = 1_000_000;
  // what an <input type=number> posts: digits with an optional sign and fraction, never an exponent
  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d{1,20}(\\.\\d{0,20})?|\\.\\d{1,20})");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  public Question {
    options = List.copyOf(options);
  }

  /** Choice questions: their results count how often each option was chosen. */
  public boolean countable() {
    return type.countable();
  }

  /** The option with this value, or null. */
  public Option option(String value) {
    return options.stream().filter(o -> o.value().equals(value)).findFirst().orElse(null);
  }

  /**
   * A stored answer as the enterprise or an officer reads it: an option's label for its value, the labels of a list
   * joined by 、, a number without exponent, a date as yyyy-MM-dd; empty for none.
   */
  public String display(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Collection<?> values) {
      return values.stream().filter(Objects::nonNull).map(this::displayOne).collect(Collectors.joining("、"));
    }
    return displayOne(value);
  }

  /**
   * An answer as the inputs of a form hold it, for pre-filling: a typed answer ({@link SurveyForm#validate}) or the
   * values a refused post held; empty for none.
   */
  public List<String> formValues(Object answer) {
    if (answer == null) {
      return List.of();
    }
    if (answer instanceof Collection<?> values) {
      return values.stream().filter(Objects::nonNull).map(Question::formText).toList();
    }
    return List.of(formText(answer));
  }

  /** The first of {@link #formValues}, or an empty text: what a single input shows. */
  public String formValue(Object answer) {
    List<String> values = formValues(answer);
    return values.isEmpty() ? "" : values.get(0);
  }

  /** Whether the answer holds the option with this value: a radio button or check box to show checked. */
  public boolean chosen(Object answer, String value) {
    return formValues(answer).contains(value);
  }

  /**
   * The posted values of this question as a typed answer, or null when there is none or it breaks a rule (then the
   * broken rule is in {@code found}, under the question's key). Blank values count as absent.
   */
  Object answer(List<String> posted, Violations found, LocalDate today) {
    List<String> given = posted == null ? List.of()
        : posted.stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
    if (given.isEmpty()) {
      if (required) {
        found.add(key, "survey.answer.required");
      }
      return null;
    }
    if (type == QuestionType.MULTIPLE_CHOICE) {
      return choices(given, found);
    }
    if (given.size() > 1) {
      found.add(key, "survey.answer.oneValue");
      return null;
    }
    String value = given.get(0);
    return switch (type) {
      case SINGLE_CHOICE -> choice(value, found);
      case TEXT -> text(found.optionalLine(key, value, maxLength), found);
      case LONG_TEXT -> text(found.optionalText(key, value, maxLength), found);
      case NUMBER -> number(value, found);
      case DATE -> date(value, found, today);
      case MULTIPLE_CHOICE -> throw new IllegalStateException("answered above");
    };
  }

  private String choice(String value, Violations found) {
    if (option(value) == null) {
      found.add(key, "survey.answer.notAnOption");
      return null;
    }
    return value;
  }

  private List<String> choices(List<String> values, Violations found) {
    if (values.stream().anyMatch(v -> option(v) == null)) {
      found.add(key, "survey.answer.notAnOption");
      return null;
    }
    return options.stream().map(Option::value).filter(values::contains).toList();
  }

  /** A text {@link Violations} has accepted (null when it refused it), held to the form's own rules. */
  private String text(String accepted, Violations found) {
    if (accepted == null) {
      return null;
    }
    if (minLength != null && accepted.codePointCount(0, accepted.length()) < minLength) {
      found.add(key, "survey.answer.tooShort", minLength);
      return null;
    }
    if (pattern != null && !contains(accepted)) {
      found.add(key, "survey.answer.pattern");
      return null;
    }
    return accepted;
  }

  /**
   * Whether the text contains a match of the pattern (form-js tests {@code new RegExp(pattern).test(value)}). A pattern
   * that reads the text too often (catastrophic backtracking) counts as not matching instead of holding the thread.
   */
  private boolean contains(String text) {
    try {
      return Pattern.compile(pattern).matcher(new Metered(text, new int[] {PATTERN_READS})).find();
    } catch (TooManyReads e) {
      return false;
    }
  }

  private BigDecimal number(String value, Violations found) {
    String digits = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
    if (!NUMBER.matcher(digits).matches()) {
      found.add(key, "survey.answer.notANumber");
      return null;
    }
    BigDecimal number = new BigDecimal(digits).stripTrailingZeros();
    if (number.scale() < 0) {
      number = number.setScale(0);
    }
    if (decimalDigits != null && number.scale() > decimalDigits) {
      if (decimalDigits == 0) {
        found.add(key, "NotWhole");
      } else {
        found.add(key, "survey.answer.tooManyDigits", decimalDigits);
      }
      return null;
    }
    boolean tooSmall = min != null && number.compareTo(min) < 0;
    boolean tooLarge = max != null && number.compareTo(max) > 0;
    if (tooSmall || tooLarge) {
      if (min != null && max != null) {
        found.add(key, "survey.answer.range", min.toPlainString(), max.toPlainString());
      } else if (tooSmall) {
        found.add(key, "survey.answer.min", min.toPlainString());
      } else {
        found.add(key, "survey.answer.max", max.toPlainString());
      }
      return null;
    }
    return number;
  }

  private LocalDate date(String value, Violations found, LocalDate today) {
    String text = Normalizer.normalize(value, Normalizer.Form.NFKC).strip();
    LocalDate date;
    try {
      date = DATE.matcher(text).matches() ? LocalDate.parse(text) : null;
    } catch (DateTimeParseException e) {
      date = null;
    }
    if (date == null) {
      found.add(key, "survey.answer.notADate");
      return null;
    }
    if (noPastDates && date.isBefore(today)) {
      found.add(key, "survey.answer.pastDate");
      return null;
    }
    return date;
  }

  private String displayOne(Object value) {
    if (value instanceof String code && countable()) {
      Option option = option(code);
      return option == null ? code : option.label();
    }
    return formText(value);
  }

  private static String formText(Object value) {
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (value instanceof Number number) {
      try {
        return new BigDecimal(number.toString()).toPlainString();
      } catch (NumberFormatException e) {
        return number.toString();
      }
    }
    return value.toString();
  }

  /** A text that gives up after too many reads, so that a pattern which backtracks without end stops. */
  private record Metered(CharSequence text, int[] reads) implements CharSequence {

    @Override
    public char charAt(int index) {
      if (--reads[0] < 0) {
        throw new TooManyReads();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Metered(text.subSequence(start, end), reads);
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }

  /** Thrown by {@link Metered} when a pattern has read enough. */
  private static final class TooManyReads extends RuntimeException {

    TooManyReads() {
      super(null, null, false, false);
    }
  }
}
