package org.steward.jointoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.steward.deadline.Light;
import org.steward.jointoffice.MeetingPositions.Position;

/** The departments' positions as the minutes show them, without Spring. */
class PositionsSummaryTests {

  @Test
  void oneParagraphADepartment_inOrder_oneWithoutPositionMarked() {
    String summary = PositionsSummary.of(List.of(new Position("power", Light.GREEN, "可先临时供电", null, "power01"),
        new Position("water", Light.RED, null, null, null), new Position("gone", Light.GREEN, "同意", null, "gone01")),
        Map.of("power", "供电局", "water", "水务局"));

    assertThat(summary).isEqualTo("【供电局】可先临时供电\n【水务局】（未提出意见）\n【gone】同意");
  }

  @Test
  void theSummary_holdsInAProcessVariable() {
    String summary = PositionsSummary.of(List.of(new Position("power", Light.GREEN, "长".repeat(5000), null, "power01")),
        Map.of("power", "供电局"));

    assertThat(summary.length()).isLessThanOrEqualTo(JointOffice.MAX_VARIABLE);
  }
}
