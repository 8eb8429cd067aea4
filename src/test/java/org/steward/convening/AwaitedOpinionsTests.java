package org.steward.convening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.steward.deadline.Deadline;
import org.steward.deadline.Light;
import org.steward.shared.StewardClock;

/**
 * When a convening may conclude and how an opinion reads against its deadline, without Spring: yellow from the start
 * of its due day, red (and late) from the start of the next.
 */
class AwaitedOpinionsTests {

  private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 5);
  private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);
  private static final Function<LocalDate, Deadline> DEADLINES = day -> new Deadline(day, startOf(day),
      startOf(day.plusDays(1)));

  @Test
  void openOpinionsWithinTheirDeadline_holdTheConclusionUp_untilTheLastIsDue() {
    List<OpinionRow> opinions = List.of(opinion(1, OpinionState.OPEN, THURSDAY, false),
        opinion(2, OpinionState.OPEN, FRIDAY, false), opinion(3, OpinionState.GIVEN, FRIDAY, false));

    assertThat(AwaitedOpinions.of(opinions, startOf(THURSDAY), DEADLINES))
        .contains(new AwaitedOpinions(2, FRIDAY));
    assertThat(AwaitedOpinions.of(opinions, startOf(FRIDAY), DEADLINES))
        .contains(new AwaitedOpinions(1, FRIDAY));
  }

  @Test
  void onceEveryOpenOpinionIsPastItsDeadline_orGiven_theConvenerMayConclude() {
    List<OpinionRow> opinions = List.of(opinion(1, OpinionState.OPEN, THURSDAY, false),
        opinion(2, OpinionState.GIVEN, FRIDAY, false), opinion(3, OpinionState.MISSED, FRIDAY, true));

    assertThat(AwaitedOpinions.of(opinions, startOf(FRIDAY), DEADLINES)).isEmpty();
    assertThat(AwaitedOpinions.of(List.of(), startOf(THURSDAY), DEADLINES)).isEmpty();
  }

  @Test
  void anOfficerIsLate_fromTheStartOfTheDayAfter_orOnceFlaggedRed() {
    Deadline deadline = DEADLINES.apply(THURSDAY);

    assertThat(opinion(1, OpinionState.OPEN, THURSDAY, false).lateAt(startOf(THURSDAY), deadline)).isFalse();
    assertThat(opinion(1, OpinionState.OPEN, THURSDAY, false).lateAt(startOf(FRIDAY), deadline)).isTrue();
    assertThat(opinion(1, OpinionState.OPEN, THURSDAY, true).lateAt(startOf(THURSDAY), deadline)).isTrue();
  }

  @Test
  void anOpenOpinion_showsItsLiveLight_aClosedOneWhatWasStored() {
    Deadline deadline = DEADLINES.apply(THURSDAY);

    Opinion open = opinion(1, OpinionState.OPEN, THURSDAY, false).view("刘洋", startOf(FRIDAY), deadline);
    assertThat(open.light()).isEqualTo(Light.RED);
    assertThat(open.late()).isTrue();
    Opinion given = opinion(2, OpinionState.GIVEN, THURSDAY, false).view("王静", startOf(FRIDAY), deadline);
    assertThat(given.light()).isEqualTo(Light.GREEN);
    assertThat(given.late()).isFalse();
    assertThat(given.officerName()).isEqualTo("王静");
  }

  private static OpinionRow opinion(long id, OpinionState state, LocalDate dueDate, boolean late) {
    return new OpinionRow(id, 7L, "officer" + id, dueDate, startOf(THURSDAY.minusDays(3)), null, state, Light.GREEN,
        late, state == OpinionState.GIVEN ? "同意" : null, null);
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(StewardClock.ZONE).toInstant();
  }
}
