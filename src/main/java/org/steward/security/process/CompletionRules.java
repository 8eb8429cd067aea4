package org.steward.security.process;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.steward.shared.InvalidInput.FieldViolation;
import org.steward.shared.TextRules;
import org.steward.shared.Violations;

/**
 * The rules a task completion's variables must keep: only the form's fields; a shown-only field only sent back
 * unchanged (then dropped, not written); values of the field's kind; text the engine can store (at most 4,000
 * characters, no control characters but line breaks and tabs).
 */
final class CompletionRules {

  /** The engine stores a String variable in a 4,000-character text column. */
  static final int MAX_TEXT = Violations.MAX_VARIABLE_TEXT;

  private static final Set<Class<?>> SIMPLE = Set.of(String.class, Boolean.class, Integer.class, Long.class,
      Short.class, Double.class);
  private static final Set<String> NUMBER = Set.of("number");
  private static final Set<String> BOOLEAN = Set.of("checkbox");
  private static final Set<String> TEXT = Set.of("textfield", "textarea", "select", "radio", "datetime");
  /** Fields that answer several choices: a JSON array of texts (Tasklist), or text separated by commas. */
  private static final Set<String> CHOICES = Set.of("taglist", "checklist");
  static final int MAX_CHOICES = 50;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Object UNFIT = new Object();
  private static final String LEAVE_OUT = "";

  private CompletionRules() {
  }

  /** The variables to write (shown-only fields sent back unchanged left out) and the broken rules. */
  record Checked(Map<String, Object> admitted, List<FieldViolation> violations) {
  }

  /**
   * Checks {@code submitted} against {@code form}; {@code stored} reads the value a name has in the task's scope now.
   */
  static Checked check(CompletionForm form, Map<String, ?> submitted, Function<String, Object> stored) {
    Map<String, Object> admitted = new LinkedHashMap<>();
    List<FieldViolation> violations = new ArrayList<>();
    for (String name : submitted.keySet()) {
      // a VariableMap answers a serialized object's plain value with an exception: read the typed value instead
      Object given = submitted instanceof VariableMap typed ? typed.getValueTyped(name) : submitted.get(name);
      String broken = broken(form.fields().get(name), name, plain(given), stored);
      if (broken == null) {
        admitted.put(name, given);
      } else if (!broken.equals(LEAVE_OUT)) {
        violations.add(switch (broken) {
          case "task.variable.too-long" -> new FieldViolation(name, broken, MAX_TEXT);
          case "task.variable.too-many" -> new FieldViolation(name, broken, MAX_CHOICES);
          default -> new FieldViolation(name, broken);
        });
      }
    }
    return new Checked(admitted, violations);
  }

  /** The message code of the broken rule; {@code LEAVE_OUT} to leave the value out silently; null to write it. */
  private static String broken(CompletionForm.Field field, String name, Object value, Function<String, Object> stored) {
    if (field == null) {
      return "task.variable.not-in-form";
    }
    if (value == UNFIT || !fits(field.type(), value)) {
      return "task.variable.wrong-type";
    }
    if (field.readonly()) {
      return same(value, stored.apply(name)) ? LEAVE_OUT : "task.variable.readonly";
    }
    if (value instanceof JsonNode choices) {
      return choices.size() > MAX_CHOICES ? "task.variable.too-many"
          : stream(choices).map(c -> textRule(c.asText())).filter(r -> r != null).findFirst().orElse(null);
    }
    return value instanceof String text ? textRule(text) : null;
  }

  /**
   * The plain value of a submitted variable, a JSON variable as its tree; {@code UNFIT} for objects, files, bytes,
   * dates and other kinds.
   */
  private static Object plain(Object given) {
    Object value = given;
    if (given instanceof TypedValue typed) {
      if (typed instanceof SerializableValue json && "json".equals(typed.getType().getName())) {
        return tree(json);
      }
      if (typed instanceof SerializableValue || ValueType.FILE.equals(typed.getType())) {
        return UNFIT;
      }
      value = typed.getValue();
    }
    boolean finite = !(value instanceof Double number) || Double.isFinite(number);
    return value == null || SIMPLE.contains(value.getClass()) && finite ? value : UNFIT;
  }

  private static Object tree(SerializableValue json) {
    String text = json.getValueSerialized() != null ? json.getValueSerialized()
        : json.isDeserialized() && json.getValue() != null ? json.getValue().toString() : null;
    if (text == null) {
      return null;
    }
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return UNFIT;
    }
  }

  private static boolean fits(String type, Object value) {
    if (value == null) {
      return true;
    }
    if (CHOICES.contains(type)) {
      return value instanceof String
          || value instanceof JsonNode array && array.isArray() && stream(array).allMatch(JsonNode::isTextual);
    }
    if (value instanceof JsonNode) {
      return false;
    }
    if (NUMBER.contains(type)) {
      return value instanceof Number || value instanceof String;
    }
    if (BOOLEAN.contains(type)) {
      return value instanceof Boolean;
    }
    return !TEXT.contains(type) || value instanceof String;
  }

  private static Stream<JsonNode> stream(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }

  private static String textRule(String text) {
    if (text.codePointCount(0, text.length()) > MAX_TEXT) {
      return "task.variable.too-long";
    }
    return TextRules.clean(text) ? null : "task.variable.control-character";
  }

  /** Equal as shown: absent and empty alike, numbers by value, everything else by its text. */
  private static boolean same(Object submitted, Object stored) {
    if (stored instanceof SerializableValue) {
      return false; // an object is never shown in a plain field, so no plain value can be it
    }
    return shown(submitted).equals(shown(stored instanceof TypedValue typed ? typed.getValue() : stored));
  }

  private static String shown(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }
}
