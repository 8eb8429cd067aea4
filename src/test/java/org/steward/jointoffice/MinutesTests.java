package org.steward.jointoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.steward.handling.HandoverItem;
import org.steward.jointoffice.JointMeetings.ItemInput;
import org.steward.shared.InvalidInput;

/** A joint meeting's minutes checked without Spring: texts required, 1–20 items to known departments in 1–60 days. */
class MinutesTests {

  private static final Set<String> KNOWN = Set.of("power", "water");

  @Test
  void completeMinutes_passWithTheirItemsStripped() {
    Minutes minutes = Minutes.checked("纪要", "决定", List.of(new ItemInput(" power ", "接入方案", 10),
        new ItemInput("water", "核定容量", 60)), KNOWN);

    assertThat(minutes.minutes()).isEqualTo("纪要");
    assertThat(minutes.decision()).isEqualTo("决定");
    assertThat(minutes.items()).containsExactly(new HandoverItem("power", "接入方案", 10),
        new HandoverItem("water", "核定容量", 60));
  }

  @Test
  void missingTextsAndNoItems_areNamedEach() {
    assertThatThrownBy(() -> Minutes.checked(" ", null, List.of(), KNOWN))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(v -> v.field() + " " + v.code())
            .containsExactly("minutes NotBlank", "decision NotBlank", "handoverItems handling.items.count"));
  }

  @Test
  void aBadItem_isNamedByItsPlace() {
    assertThatThrownBy(() -> Minutes.checked("纪要", "决定", List.of(new ItemInput("power", "接入方案", 10),
        new ItemInput(null, " ", 0), new ItemInput("nosuch", "任务", 61)), KNOWN))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(v -> v.field() + " " + v.code()).containsExactly(
                "handoverItems[1] jointoffice.item.department", "handoverItems[1] jointoffice.item.task",
                "handoverItems[1] handling.time-limit.range", "handoverItems[2] handling.department.unknown",
                "handoverItems[2] handling.time-limit.range"));
  }

  @Test
  void moreThanTwentyItems_areTooMany() {
    List<ItemInput> many = Collections.nCopies(21, new ItemInput("power", "任务", 5));
    assertThatThrownBy(() -> Minutes.checked("纪要", "决定", many, KNOWN))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(v -> v.field() + " " + v.code()).containsExactly("handoverItems handling.items.count"));
  }
}
