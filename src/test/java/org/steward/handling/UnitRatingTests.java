package org.steward.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.steward.deadline.Light;

/** How a unit is rated 完成 / 如期推进 / 进展缓慢 ({@link UnitRating}). */
class UnitRatingTests {

  private static final Instant DUE_AT = Instant.parse("2026-03-05T16:00:00Z");
  private static final Instant BEFORE = DUE_AT.minusSeconds(1);

  @Test
  void feedbackBeforeTheDueDateEnds_isDone_andFromItsEndOn_isSlow() {
    assertThat(UnitRating.ofFeedback(BEFORE, DUE_AT)).isEqualTo(Rating.DONE);
    assertThat(UnitRating.ofFeedback(DUE_AT, DUE_AT)).isEqualTo(Rating.SLOW);
  }

  @Test
  void openUnits_areOnTrackUntilTheDueDateEnds_thenSlow() {
    for (UnitState open : new UnitState[] {UnitState.ASSIGNED, UnitState.SIGNED, UnitState.EXTENSION_REQUESTED}) {
      assertThat(UnitRating.at(BEFORE, open, null, DUE_AT)).as(open.name()).isEqualTo(Rating.ON_TRACK);
      assertThat(UnitRating.at(DUE_AT, open, null, DUE_AT)).as(open.name()).isEqualTo(Rating.SLOW);
    }
  }

  @Test
  void finishedUnits_keepTheirStoredRating_andReturnedOnesHaveNone() {
    assertThat(UnitRating.at(DUE_AT, UnitState.FEEDBACK_GIVEN, Rating.DONE, DUE_AT)).isEqualTo(Rating.DONE);
    assertThat(UnitRating.at(BEFORE, UnitState.WITHDRAWN, null, DUE_AT)).isNull();
    assertThat(UnitRating.at(DUE_AT, UnitState.RETURNED, Rating.SLOW, DUE_AT)).isNull();
  }

  @Test
  void withdrawnUnits_areSlowOnlyIfTheyWereRed() {
    assertThat(UnitRating.ofWithdrawal(Light.RED)).isEqualTo(Rating.SLOW);
    assertThat(UnitRating.ofWithdrawal(Light.YELLOW)).isNull();
    assertThat(UnitRating.ofWithdrawal(Light.GREEN)).isNull();
  }
}
