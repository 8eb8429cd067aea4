package org.steward.jointoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.handling.HandlingManagement.HandoverItem;
import org.steward.shared.InvalidInput;
import org.steward.shared.InvalidInput.FieldViolation;
import org.steward.shared.Violations;

/** How the office's typed department lists and handover items are read. */
class InputsTests {

  @Test
  void codes_acceptChineseAndAsciiSeparators_andDropBlanks() {
    assertThat(Inputs.codes(" power，water、housing; economy  hrss,, ")).containsExactly("power", "water", "housing",
        "economy", "hrss");
    assertThat(Inputs.codes(null)).isEmpty();
    assertThat(Inputs.codes("  ")).isEmpty();
  }

  @Test
  void items_oneLineEach_fullWidthOrAsciiBar_badLinesNamedByTheirPosition() {
    Violations violations = new Violations();

    List<HandoverItem> items = Inputs.items("power｜完成专线接入方案｜10\n\nwater | 核定供水容量 | 5\nhousing｜没有时限\nresources|办理|三",
        "handoverItems", violations);

    assertThat(items).hasSize(4);
    assertThat(items.subList(0, 2)).extracting(HandoverItem::department, HandoverItem::task, HandoverItem::timeLimit)
        .containsExactly(tuple("power", "完成专线接入方案", 10), tuple("water", "核定供水容量", 5));
    assertThat(items.subList(2, 4)).containsOnlyNulls();
    try {
      violations.throwIfAny();
    } catch (InvalidInput invalid) {
      assertThat(invalid.violations()).extracting(FieldViolation::field, FieldViolation::code)
          .containsExactly(tuple("handoverItems[2]", "jointoffice.item.format"),
              tuple("handoverItems[3]", "jointoffice.item.format"));
      return;
    }
    throw new AssertionError("bad lines were not reported");
  }
}
