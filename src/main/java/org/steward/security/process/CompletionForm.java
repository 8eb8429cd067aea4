package org.steward.security.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a Camunda Form lets a task holder set: the keys of its input components, nested ones (groups) included.
 * Components without a key (text, button, spacer…) set nothing. A field marked {@code readonly} or {@code disabled}
 * is only shown; form-js still submits its value back.
 */
record CompletionForm(Map<String, Field> fields) {

  /** A task without a Camunda Form: it lets nobody set anything. */
  static final CompletionForm NONE = new CompletionForm(Map.of());

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One input field: its variable name, form-js type, label (for refusals) and whether it is only shown. */
  record Field(String key, String type, String label, boolean readonly) {
  }

  CompletionForm {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** Reads a form as the Modeler saves it ({@code forms/*.form}). */
  static CompletionForm parse(byte[] json) {
    try {
      Map<String, Field> fields = new LinkedHashMap<>();
      collect(JSON.readTree(json).path("components"), fields);
      return new CompletionForm(fields);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable Camunda Form", e);
    }
  }

  /** The field's label, for the refusal sentence; the name itself when the form has no such field. */
  String label(String name) {
    Field field = fields.get(name);
    return field == null || field.label().isBlank() ? name : field.label();
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      if (!key.isEmpty()) {
        fields.put(key, new Field(key, component.path("type").asText(""), component.path("label").asText(""),
            set(component.path("readonly")) || set(component.path("disabled"))));
      }
      collect(component.path("components"), fields);
    }
  }

  /** {@code true}, or an expression (taken as possibly true: a shown value may then only be sent back unchanged). */
  private static boolean set(JsonNode flag) {
    return flag.isBoolean() ? flag.booleanValue() : flag.isTextual() && !flag.asText().equals("false");
  }
}
