package org.steward.convening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.deadline.Light;

/** The opinions as the convener's conclusion form shows them, without Spring. */
class OpinionSummaryTests {

  @Test
  void oneLineAnOfficer_givenLateMissedOrStillDue() {
    LocalDate due = LocalDate.of(2026, 3, 5);
    String summary = OpinionSummary.of(List.of(opinion("刘洋", OpinionState.GIVEN, false, "建议先办临时用地", due),
        opinion("王静", OpinionState.GIVEN, true, "同意", due), opinion("李娜", OpinionState.MISSED, true, null, due),
        opinion("徐明", OpinionState.OPEN, false, null, due)));

    assertThat(summary).isEqualTo("刘洋：建议先办临时用地\n王静：（逾期）同意\n李娜：（未提出意见）\n徐明：（尚未提出意见，时限 2026-03-05）");
  }

  private static Opinion opinion(String name, OpinionState state, boolean late, String text, LocalDate due) {
    return new Opinion(1L, "officer", name, due, state, Light.GREEN, late, text, null, null, null);
  }
}
