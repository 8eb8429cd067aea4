package org.steward.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.steward.shared.InvalidInput;
import org.steward.shared.Problems;

/** The bad fields of a refused form, each with its Chinese message, as the pages show them beside the field. */
final class FieldErrors {

  private FieldErrors() {
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> of(Problems problems, InvalidInput e) {
    List<Map<String, String>> errors = (List<Map<String, String>>) problems.invalidInput(e.violations())
        .getProperties().get("errors");
    Map<String, String> byField = new LinkedHashMap<>();
    errors.forEach(error -> byField.merge(error.get("field"), error.get("messageZh"), (a, b) -> a + "；" + b));
    return byField;
  }
}
