package org.steward.security.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.steward.shared.InvalidInput.FieldViolation;

class CompletionRulesTests {

  private static final CompletionForm FORM = CompletionForm.parse("""
      {"components": [
        {"type": "text", "text": "说明"},
        {"type": "textfield", "key": "caseNumber", "label": "诉求编号", "readonly": true},
        {"type": "number", "key": "reopenCount", "disabled": true},
        {"type": "textarea", "key": "feedback", "label": "办理结果"},
        {"type": "number", "key": "timeLimit"},
        {"type": "checkbox", "key": "urgent"}]}
      """.getBytes(StandardCharsets.UTF_8));
  private static final Map<String, Object> STORED = Map.of("caseNumber", "Q-2026-0001", "reopenCount", 2L);

  @Test
  void formFields_areAdmitted_asGiven() {
    Map<String, Object> submitted = Map.of("feedback", "已办结\n第二行\t附表", "timeLimit", 5, "urgent", true);

    CompletionRules.Checked checked = check(submitted);

    assertThat(checked.violations()).isEmpty();
    assertThat(checked.admitted()).isEqualTo(submitted);
  }

  @Test
  void nameNotOnTheForm_isRefused_byName() {
    CompletionRules.Checked checked = check(Map.of("feedback", "好", "unitId", 7L, "light", "PURPLE"));

    assertThat(codes(checked.violations())).containsOnly(
        Map.entry("unitId", "task.variable.not-in-form"), Map.entry("light", "task.variable.not-in-form"));
  }

  @Test
  void readonlyFieldSentBackUnchanged_isLeftOut_changed_isRefused() {
    CompletionRules.Checked unchanged = check(Map.of("caseNumber", "Q-2026-0001", "reopenCount", 2, "feedback", "好"));
    CompletionRules.Checked changed = check(Map.of("caseNumber", "Q-2026-0002", "reopenCount", 3));

    assertThat(unchanged.violations()).isEmpty();
    assertThat(unchanged.admitted()).containsOnlyKeys("feedback");
    assertThat(codes(changed.violations())).containsOnly(
        Map.entry("caseNumber", "task.variable.readonly"), Map.entry("reopenCount", "task.variable.readonly"));
  }

  @Test
  void readonlyFieldWithoutStoredValue_sentBackEmpty_isLeftOut() {
    Map<String, Object> submitted = new HashMap<>();
    submitted.put("caseNumber", "");
    CompletionRules.Checked checked = CompletionRules.check(FORM, submitted, name -> null);

    assertThat(checked.violations()).isEmpty();
    assertThat(checked.admitted()).isEmpty();
  }

  @Test
  void text_ofFourThousandCharacters_isAdmitted_fourThousandAndOne_isRefused() {
    String astral = "𠀀".repeat(4000); // 8,000 UTF-16 units, 4,000 characters

    assertThat(check(Map.of("feedback", "字".repeat(4000))).violations()).isEmpty();
    assertThat(check(Map.of("feedback", astral)).violations()).isEmpty();
    assertThat(check(Map.of("feedback", "字".repeat(4001))).violations())
        .singleElement().satisfies(v -> {
          assertThat(v.code()).isEqualTo("task.variable.too-long");
          assertThat(v.args()).containsExactly(4000);
        });
  }

  @Test
  void text_withNulOrOtherControlCharacter_isRefused() {
    assertThat(codes(check(Map.of("feedback", "伪\u0000造")).violations()))
        .containsOnly(Map.entry("feedback", "task.variable.control-character"));
    assertThat(codes(check(Map.of("feedback", "响铃\u0007")).violations()))
        .containsOnly(Map.entry("feedback", "task.variable.control-character"));
  }

  @Test
  void valuesOfAnotherKind_areRefused() {
    Map<String, Object> submitted = Map.of(
        "feedback", Variables.objectValue(List.of("a")).create(),
        "timeLimit", Variables.fileValue("a.txt").file(new byte[] {1}).create(),
        "urgent", "yes",
        "caseNumber", Variables.byteArrayValue(new byte[] {1}));
    Map<String, Object> more = Map.of("feedback", new Date(), "timeLimit", Double.NaN, "urgent", Map.of());

    assertThat(codes(check(submitted).violations())).containsOnly(
        Map.entry("feedback", "task.variable.wrong-type"), Map.entry("timeLimit", "task.variable.wrong-type"),
        Map.entry("urgent", "task.variable.wrong-type"), Map.entry("caseNumber", "task.variable.wrong-type"));
    assertThat(check(more).violations()).hasSize(3);
    assertThat(check(Map.of("feedback", 12)).violations()).hasSize(1);
  }

  @Test
  void serializedObjectInAVariableMap_isRefused_withoutDeserializingIt() {
    Map<String, Object> submitted = Variables.createVariables().putValueTyped("feedback",
        Variables.serializedObjectValue("{}").serializationDataFormat("application/json")
            .objectTypeName("java.util.HashMap").create());

    assertThat(codes(check(submitted).violations())).containsOnly(Map.entry("feedback", "task.variable.wrong-type"));
  }

  @Test
  void typedAndUntypedValuesOfTheRightKind_andNumbersAsText_areAdmitted() {
    Map<String, Object> submitted = new HashMap<>();
    submitted.put("feedback", Variables.stringValue("好"));
    submitted.put("timeLimit", "3");
    submitted.put("urgent", Variables.untypedNullValue());

    assertThat(check(submitted).violations()).isEmpty();
  }

  private static CompletionRules.Checked check(Map<String, Object> submitted) {
    return CompletionRules.check(FORM, submitted, STORED::get);
  }

  private static List<Map.Entry<String, String>> codes(List<FieldViolation> violations) {
    return violations.stream().map(v -> Map.entry(v.field(), v.code())).toList();
  }
}
