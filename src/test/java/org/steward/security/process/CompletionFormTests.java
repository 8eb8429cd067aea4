package org.steward.security.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CompletionFormTests {

  @Test
  void modelerForm_inputFieldsAreItsKeys_textHasNone_readonlyAndDisabledAreShownOnly() throws IOException {
    CompletionForm handle = CompletionForm.parse(Files.readAllBytes(Path.of("forms/handle-matter.form")));
    CompletionForm visit = CompletionForm.parse(Files.readAllBytes(Path.of("forms/return-visit.form")));

    assertThat(handle.fields()).containsOnlyKeys("caseNumber", "enterpriseName", "title", "departmentName", "role",
        "dueDate", "light", "action", "feedback", "requestedDueDate", "reason");
    assertThat(handle.fields().get("light").readonly()).isTrue();
    assertThat(handle.fields().get("action").readonly()).isFalse();
    assertThat(handle.fields().get("action").type()).isEqualTo("radio");
    assertThat(visit.fields().get("contactPhone").readonly()).isTrue();
    assertThat(visit.fields().get("satisfaction").readonly()).isFalse();
    assertThat(visit.label("satisfaction")).isEqualTo("满意度");
    assertThat(visit.label("unitId")).isEqualTo("unitId");
  }

  @Test
  void nestedComponents_countAsFields_buttonsAndExpressionFlagsAsTheyShould() {
    CompletionForm form = CompletionForm.parse("""
        {"components": [
          {"type": "group", "label": "组", "components": [
            {"type": "textfield", "key": "inner", "label": "内层"},
            {"type": "number", "key": "shown", "readonly": "=true"}]},
          {"type": "button", "action": "submit", "label": "提交"},
          {"type": "checkbox", "key": "agreed", "readonly": false, "disabled": false}]}
        """.getBytes(StandardCharsets.UTF_8));

    assertThat(form.fields()).containsOnlyKeys("inner", "shown", "agreed");
    assertThat(form.fields().get("shown").readonly()).isTrue();
    assertThat(form.fields().get("agreed").readonly()).isFalse();
    assertThat(form.label("shown")).isEqualTo("shown");
  }
}
