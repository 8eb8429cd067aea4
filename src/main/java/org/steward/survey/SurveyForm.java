package org.steward.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.steward.shared.InvalidInput;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;

/**
 * A survey's questions, read from a Camunda Form (form-js JSON as Camunda Modeler saves it), and the rules its answers
 * keep.
 *
 * <p>Questions are the fields {@code radio}, {@code select}, {@code checklist}, {@code textfield}, {@code textarea},
 * {@code number} and {@code datetime} (subtype {@code date} only), with static options, inside {@code group}s or not;
 * {@code text} components are the survey's introduction, {@code spacer}, {@code separator} and {@code button} are
 * left out. A form is refused rather than answered differently than it says: any other component, options from
 * variables ({@code valuesKey}, {@code valuesExpression}), conditions ({@code conditional}: the portal evaluates no
 * FEEL), read-only or disabled fields, e-mail or phone validation types, and groups with their own data path. Texts
 * hold at most 200 ({@code textfield}) or 2,000 ({@code textarea}) characters whatever the form allows;
 * {@code pattern} is tested as form-js tests it (a match anywhere in the text), with a bound on the work it may do.
 * Not used: {@code defaultValue}, {@code increment}, group labels and layout.
 */
public final class SurveyForm {

  /** The field of every refusal of a form itself. */
  public static final String FIELD = "form";
  /** The most characters a one-line answer holds. */
  public static final int TEXTFIELD_MAX = 200;
  /** The most characters a multi-line answer holds. */
  public static final int TEXTAREA_MAX = 2000;

  private static final int MAX_JSON = 500_000;
  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}[ \\t]+(.+?)[ \\t#]*$", Pattern.MULTILINE);
  private static final Set<String> LEFT_OUT = Set.of("spacer", "separator", "button");
  private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private final String json;
  private final String id;
  private final String title;
  private final List<Question> questions;
  private final List<String> intro;

  private SurveyForm(String json, String id, String title, List<Question> questions, List<String> intro) {
    this.json = json;
    this.id = id;
    this.title = title;
    this.questions = List.copyOf(questions);
    this.intro = List.copyOf(intro);
  }

  /**
   * Reads a form; {@link InvalidInput} on the field {@code form}, one violation per problem found, when it is no JSON
   * or holds what a survey cannot ask (see the type's description).
   */
  public static SurveyForm parse(String json) {
    if (json == null || json.isBlank() || json.length() > MAX_JSON) {
      throw new InvalidInput(FIELD, "survey.form.unreadable");
    }
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidInput(FIELD, "survey.form.unreadable");
    }
    if (root == null || !root.isObject()) {
      throw new InvalidInput(FIELD, "survey.form.unreadable");
    }
    return new Reader().read(json, root);
  }

  /** The form as it was read, for a campaign to keep. */
  public String json() {
    return json;
  }

  /** The form's {@code id}. */
  public String id() {
    return id;
  }

  /** The heading of the form's first text, or its id when it has none. */
  public String title() {
    return title;
  }

  public List<Question> questions() {
    return questions;
  }

  /** The question with this key. */
  public Optional<Question> question(String key) {
    return questions.stream().filter(q -> q.key().equals(key)).findFirst();
  }

  /** The texts of the form's {@code text} components in order (Markdown as written), without the title's heading. */
  public List<String> intro() {
    return intro;
  }

  /**
   * The answers of a posted form (key → values, a key repeated for a checklist), typed and cleaned: a String for texts
   * and single choices, a List of values in the form's order for a checklist, a BigDecimal for a number, a LocalDate
   * for a date; a question without answer is left out. Keys that are no question's (a CSRF token, an idempotency key)
   * are ignored. {@link InvalidInput} with one violation per broken question, its field the question's key.
   */
  public Map<String, Object> validate(Map<String, List<String>> posted) {
    Violations found = new Violations();
    LocalDate today = StewardClock.today();
    Map<String, Object> answers = new LinkedHashMap<>();
    for (Question question : questions) {
      Object answer = question.answer(posted == null ? null : posted.get(question.key()), found, today);
      if (answer != null) {
        answers.put(question.key(), answer);
      }
    }
    found.throwIfAny();
    return Collections.unmodifiableMap(answers);
  }

  @Override
  public String toString() {
    return "SurveyForm[" + id + ", " + questions.size() + " questions]";
  }

  /** Walks a form's components once, collecting questions, texts and every problem. */
  private static final class Reader {

    private final Violations found = new Violations();
    private final List<Question> questions = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();

    SurveyForm read(String json, JsonNode root) {
      String id = root.path("id").asText("");
      if (!ID.matcher(id).matches()) {
        found.add(FIELD, "survey.form.badId");
      }
      walk(root.path("components"));
      if (questions.isEmpty()) {
        found.add(FIELD, "survey.form.noQuestions");
      }
      found.throwIfAny();
      String title = id;
      List<String> intro = new ArrayList<>(texts);
      if (!texts.isEmpty()) {
        Matcher heading = HEADING.matcher(texts.get(0));
        if (heading.find()) {
          title = heading.group(1).strip();
          intro.set(0, (texts.get(0).substring(0, heading.start()) + texts.get(0).substring(heading.end())).strip());
        }
      }
      intro.removeIf(String::isBlank);
      return new SurveyForm(json, id, title, questions, intro);
    }

    private void walk(JsonNode components) {
      for (JsonNode component : components) {
        String type = component.path("type").asText("");
        switch (type) {
          case "text" -> texts.add(component.path("text").asText("").strip());
          case "group" -> group(component);
          case "radio", "select", "checklist", "textfield", "textarea", "number", "datetime" ->
              question(component, type);
          default -> {
            if (!LEFT_OUT.contains(type)) {
              found.add(FIELD, "survey.form.unsupportedType", type, name(component));
            }
          }
        }
      }
    }

    private void group(JsonNode group) {
      if (!group.path("path").asText("").isEmpty()) {
        found.add(FIELD, "survey.form.groupPath", name(group));
      }
      if (set(group.path("conditional").path("hide"))) {
        found.add(FIELD, "survey.form.conditional", name(group));
      }
      walk(group.path("components"));
    }

    private void question(JsonNode field, String formType) {
      String key = field.path("key").asText("");
      String name = name(field);
      if (!KEY.matcher(key).matches()) {
        found.add(FIELD, "survey.form.badKey", name);
      } else if (!keys.add(key)) {
        found.add(FIELD, "survey.form.duplicateKey", key);
      }
      String label = field.path(formType.equals("datetime") ? "dateLabel" : "label").asText("").strip();
      if (label.isEmpty()) {
        label = field.path("label").asText("").strip();
      }
      if (label.isEmpty()) {
        found.add(FIELD, "survey.form.noLabel", name);
      }
      if (set(field.path("conditional").path("hide"))) {
        found.add(FIELD, "survey.form.conditional", name);
      }
      if (set(field.path("readonly")) || set(field.path("disabled"))) {
        found.add(FIELD, "survey.form.notAnswerable", name);
      }
      JsonNode validate = field.path("validate");
      String validationType = validate.path("validationType").asText("");
      if (!validationType.isEmpty() && !validationType.equals("custom")) {
        found.add(FIELD, "survey.form.badRule", name, "validationType");
      }
      String description = field.path("description").asText("").strip();
      QuestionType type = type(formType);
      boolean text = type == QuestionType.TEXT || type == QuestionType.LONG_TEXT;
      int cap = type == QuestionType.TEXT ? TEXTFIELD_MAX : TEXTAREA_MAX;
      Integer minLength = text ? whole(validate, "minLength", name) : null;
      Integer maxLength = text ? whole(validate, "maxLength", name) : null;
      maxLength = text ? Math.min(maxLength == null ? cap : maxLength, cap) : null;
      if (minLength != null && maxLength != null && minLength > maxLength) {
        found.add(FIELD, "survey.form.badRule", name, "minLength");
      }
      BigDecimal min = type == QuestionType.NUMBER ? number(validate, "min", name) : null;
      BigDecimal max = type == QuestionType.NUMBER ? number(validate, "max", name) : null;
      if (min != null && max != null && min.compareTo(max) > 0) {
        found.add(FIELD, "survey.form.badRule", name, "min");
      }
      Integer decimalDigits = type == QuestionType.NUMBER ? whole(field, "decimalDigits", name) : null;
      String pattern = text ? pattern(validate, name) : null;
      if (type == QuestionType.DATE && !field.path("subtype").asText("").equals("date")) {
        found.add(FIELD, "survey.form.unsupportedSubtype", name);
      }
      boolean noPastDates = type == QuestionType.DATE && field.path("disallowPassedDates").asBoolean(false);
      List<Option> options = type.countable() ? options(field, name) : List.of();
      questions.add(new Question(key, label, description.isEmpty() ? null : description, type,
          validate.path("required").asBoolean(false), options, min, max, minLength, maxLength, decimalDigits, pattern,
          noPastDates, formType));
    }

    private static QuestionType type(String formType) {
      return switch (formType) {
        case "radio", "select" -> QuestionType.SINGLE_CHOICE;
        case "checklist" -> QuestionType.MULTIPLE_CHOICE;
        case "textfield" -> QuestionType.TEXT;
        case "textarea" -> QuestionType.LONG_TEXT;
        case "number" -> QuestionType.NUMBER;
        default -> QuestionType.DATE;
      };
    }

    private List<Option> options(JsonNode field, String name) {
      if (field.has("valuesKey") || field.has("valuesExpression")) {
        found.add(FIELD, "survey.form.dynamicValues", name);
        return List.of();
      }
      JsonNode values = field.path("values");
      if (!values.isArray() || values.isEmpty()) {
        found.add(FIELD, "survey.form.noValues", name);
        return List.of();
      }
      List<Option> options = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (JsonNode value : values) {
        String code = value.path("value").isValueNode() ? value.path("value").asText("") : "";
        String label = value.path("label").asText("").strip();
        if (code.isBlank() || label.isEmpty() || !seen.add(code)) {
          found.add(FIELD, "survey.form.badValue", name);
          return List.of();
        }
        options.add(new Option(code, label));
      }
      return options;
    }

    /** A whole number ≥ 0 the form sets, or null when it sets none; refused when it is anything else. */
    private Integer whole(JsonNode parent, String rule, String name) {
      BigDecimal number = number(parent, rule, name);
      if (number == null) {
        return null;
      }
      if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(
          Integer.MAX_VALUE)) > 0) {
        found.add(FIELD, "survey.form.badRule", name, rule);
        return null;
      }
      return number.intValueExact();
    }

    /** A number the form sets (Modeler writes numbers, sometimes as text), or null when it sets none. */
    private BigDecimal number(JsonNode parent, String rule, String name) {
      JsonNode node = parent.path(rule);
      if (node.isMissingNode() || node.isNull() || node.isTextual() && node.asText().isBlank()) {
        return null;
      }
      try {
        BigDecimal number = node.isNumber() || node.isTextual() ? new BigDecimal(node.asText().strip()) : null;
        // digits a person would write, not an exponent that toPlainString would spell out
        if (number != null && Math.abs(number.scale()) <= 20 && number.precision() <= 40) {
          return number;
        }
      } catch (NumberFormatException e) {
        // refused below
      }
      found.add(FIELD, "survey.form.badRule", name, rule);
      return null;
    }

    private String pattern(JsonNode validate, String name) {
      String pattern = validate.path("pattern").asText("");
      if (pattern.isEmpty()) {
        return null;
      }
      try {
        Pattern.compile(pattern);
        return pattern;
      } catch (PatternSyntaxException e) {
        found.add(FIELD, "survey.form.badPattern", name);
        return null;
      }
    }

    /** A field's key, else its id, to name it in a refusal. */
    private static String name(JsonNode component) {
      String key = component.path("key").asText("");
      return key.isEmpty() ? component.path("id").asText("?") : key;
    }

    /** Whether a flag or a condition is set: true, or any expression. */
    private static boolean set(JsonNode node) {
      return node.isBoolean() ? node.asBoolean() : node.isTextual() && !node.asText().isBlank();
    }
  }
}
