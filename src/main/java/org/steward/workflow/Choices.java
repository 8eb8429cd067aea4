package org.steward.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * The lists a Camunda Form chooses from and sends back, as JSON variables (Camunda Spin): options for a select, taglist
 * or checklist ({@code valuesKey}), and the codes a taglist answers with. Engine-rest clients may still send codes as
 * text separated by commas.
 */
public final class Choices {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SEPARATORS = Pattern.compile("[,，、;；\\s]+");

  private Choices() {
  }

  /** Options as form-js reads them: {@code [{"label": …, "value": …}]}, in the map's order (value to label). */
  public static JsonValue options(Map<String, String> labelsByValue) {
    ArrayNode options = JSON.createArrayNode();
    labelsByValue.forEach((value, label) -> options.addObject().put("label", label).put("value", value));
    return json(options);
  }

  /** Codes as a taglist or checklist shows them chosen: {@code ["a", "b"]}. */
  public static JsonValue codes(List<String> codes) {
    ArrayNode array = JSON.createArrayNode();
    codes.forEach(array::add);
    return json(array);
  }

  /**
   * The codes a variable holds: a JSON array (what a taglist sends), a list, or text separated by commas, 、, semicolons
   * or spaces; blanks dropped, order kept.
   */
  public static List<String> codesOf(Object value) {
    List<String> codes = new ArrayList<>();
    if (value instanceof SpinJsonNode node) {
      if (node.isArray()) {
        node.elements().forEach(e -> codes.add(e.isString() ? e.stringValue() : e.toString()));
      } else {
        codes.add(node.isString() ? node.stringValue() : node.toString());
      }
    } else if (value instanceof Collection<?> list) {
      list.forEach(e -> codes.add(String.valueOf(e)));
    } else if (value != null) {
      codes.addAll(List.of(SEPARATORS.split(value.toString().strip())));
    }
    return codes.stream().map(String::strip).filter(code -> !code.isEmpty()).toList();
  }

  private static JsonValue json(ArrayNode array) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(array)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("options not serializable", e);
    }
  }
}
