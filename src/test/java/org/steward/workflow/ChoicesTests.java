package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** How forms get their options and how the codes they send back are read. */
class ChoicesTests {

  @Test
  void options_areLabelValuePairs_inTheGivenOrder() {
    Map<String, String> departments = new LinkedHashMap<>();
    departments.put("power", "供电局");
    departments.put("housing", "住房和城乡建设局");

    String json = Choices.options(departments).getValueSerialized();

    assertThat(Spin.JSON(json).toString())
        .isEqualTo("[{\"label\":\"供电局\",\"value\":\"power\"},{\"label\":\"住房和城乡建设局\",\"value\":\"housing\"}]");
  }

  @Test
  void codesOfATaglist_areTheStringsOfItsArray() {
    assertThat(Choices.codesOf(Spin.JSON("[\"power\", \" economy \", \"\"]"))).containsExactly("power", "economy");
    assertThat(Choices.codesOf(Spin.JSON(Choices.codes(List.of("a", "b")).getValueSerialized())))
        .containsExactly("a", "b");
  }

  @Test
  void codesOfText_acceptLatinAndChineseSeparators_andIgnoreBlanks() {
    assertThat(Choices.codesOf(" housing，economy、 hrss;water  power ,"))
        .containsExactly("housing", "economy", "hrss", "water", "power");
  }

  @Test
  void codesOfNothing_areEmpty() {
    assertThat(Choices.codesOf(null)).isEmpty();
    assertThat(Choices.codesOf("  ")).isEmpty();
    assertThat(Choices.codesOf(List.of())).isEmpty();
  }
}
