package org.steward.security.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.steward.shared.InvalidInput.FieldViolation;

/** A taglist's answer: a JSON array of texts (what Tasklist sends) or comma text; nothing else. */
class CompletionRulesChoicesTests {

  private static final CompletionForm FORM = CompletionForm.parse("""
      {"components": [{"type": "taglist", "key": "cooperatingDepartments", "label": "配合部门"},
                      {"type": "textfield", "key": "title", "label": "标题"}]}
      """.getBytes(StandardCharsets.UTF_8));

  @Test
  void jsonArrayOfTexts_orCommaText_isAdmitted() {
    assertThat(check(SpinValues.jsonValue("[\"power\", \"housing\"]").create()).violations()).isEmpty();
    assertThat(check("power,housing").violations()).isEmpty();
  }

  @Test
  void anythingElse_isRefused() {
    assertThat(codes(check(SpinValues.jsonValue("[1, 2]").create()))).containsExactly("task.variable.wrong-type");
    assertThat(codes(check(SpinValues.jsonValue("{\"a\": \"b\"}").create())))
        .containsExactly("task.variable.wrong-type");
    assertThat(codes(check(SpinValues.jsonValue("[\"a\\u0007\"]").create())))
        .containsExactly("task.variable.control-character");
    String many = "[" + String.join(",", Collections.nCopies(CompletionRules.MAX_CHOICES + 1, "\"power\"")) + "]";
    assertThat(codes(check(SpinValues.jsonValue(many).create()))).containsExactly("task.variable.too-many");
  }

  @Test
  void jsonInAPlainTextField_isRefused() {
    CompletionRules.Checked checked = CompletionRules.check(FORM,
        Map.of("title", SpinValues.jsonValue("[\"x\"]").create()), name -> null);
    assertThat(codes(checked)).containsExactly("task.variable.wrong-type");
  }

  private static CompletionRules.Checked check(Object value) {
    return CompletionRules.check(FORM, Map.of("cooperatingDepartments", value), name -> null);
  }

  private static List<String> codes(CompletionRules.Checked checked) {
    return checked.violations().stream().map(FieldViolation::code).toList();
  }
}
