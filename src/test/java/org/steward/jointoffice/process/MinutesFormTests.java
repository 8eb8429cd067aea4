package org.steward.jointoffice.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.steward.handling.HandlingManagement;
import org.steward.jointoffice.JointMeetings.ItemInput;

class MinutesFormTests {

  @Test
  void rows_countUpToTheLastFilledOne_anEmptyRowBeforeItStandsEmpty() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("handoverItem1Department", "power");
    variables.put("handoverItem1Task", "完成专线接入");
    variables.put("handoverItem1TimeLimit", 10L);
    variables.put("handoverItem2Department", " ");
    variables.put("handoverItem3Task", "核定容量");
    variables.put("handoverItem3TimeLimit", 2.5);
    variables.put("handoverItem4TimeLimit", "5");

    assertThat(MinutesForm.items(scope(variables))).containsExactly(new ItemInput("power", "完成专线接入", 10),
        new ItemInput(null, null, null), new ItemInput(null, "核定容量", null), new ItemInput(null, null, 5));
    assertThat(MinutesForm.items(scope(Map.of()))).isEmpty();
  }

  @Test
  void theForm_hasOneRowPerPossibleItem_eachShownOnceTheOneBeforeNamesADepartment() throws IOException {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms/record-minutes.form").toFile());
    List<JsonNode> rows = form.findParents("conditional").stream()
        .filter(c -> c.path("id").asText().startsWith("Group_HandoverItem")).toList();

    assertThat(rows).hasSize(HandlingManagement.MAX_ITEMS - 1);
    for (int row = 2; row <= HandlingManagement.MAX_ITEMS; row++) {
      JsonNode group = rows.get(row - 2);
      assertThat(group.path("conditional").path("hide").asText()).isEqualTo("=handoverItem" + (row - 1)
          + "Department = null");
      assertThat(group.findValuesAsText("key")).containsExactly("handoverItem" + row + "Department",
          "handoverItem" + row + "Task", "handoverItem" + row + "TimeLimit");
    }
  }

  private static VariableScope scope(Map<String, Object> variables) {
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    return scope;
  }
}
