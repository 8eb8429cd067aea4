package org.steward.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How an approved re-plan moves the milestones after it. */
class ReplanCascadeTests {

  @Test
  void laterMilestoneNoLongerAfterTheNewDate_movesBackByTheSameDays_theOneStillAfterStays() {
    Map<Milestone, LocalDate> planned = plan("2026-04-01", "2026-04-20", "2026-12-15");

    assertThat(ReplanCascade.of(Milestone.CONSTRUCTION_START, day("2026-04-01"), day("2026-05-06"), planned))
        .containsExactly(new ReplanCascade.Shift(Milestone.COMPLETION, day("2026-04-20"), day("2026-05-25")));
  }

  @Test
  void aMovedMilestone_pushesTheNextOneToo_whenThatNoLongerFollowsIt() {
    Map<Milestone, LocalDate> planned = plan("2026-04-01", "2026-06-01", "2026-10-01");

    assertThat(ReplanCascade.of(Milestone.CONSTRUCTION_START, day("2026-04-01"), day("2026-09-01"), planned))
        .containsExactly(new ReplanCascade.Shift(Milestone.COMPLETION, day("2026-06-01"), day("2026-11-01")),
            new ReplanCascade.Shift(Milestone.PRODUCTION_START, day("2026-10-01"), day("2027-03-03")));
  }

  @Test
  void aLaterMilestoneOnTheNewDate_movesToo() {
    Map<Milestone, LocalDate> planned = plan("2026-04-01", "2026-09-30", "2026-12-15");

    assertThat(ReplanCascade.of(Milestone.COMPLETION, day("2026-09-30"), day("2026-12-15"), planned))
        .containsExactly(new ReplanCascade.Shift(Milestone.PRODUCTION_START, day("2026-12-15"), day("2027-03-01")));
  }

  @Test
  void anEarlierDate_orStillInOrder_movesNothing() {
    Map<Milestone, LocalDate> planned = plan("2026-04-01", "2026-09-30", "2026-12-15");

    assertThat(ReplanCascade.of(Milestone.CONSTRUCTION_START, day("2026-04-01"), day("2026-03-20"), planned)).isEmpty();
    assertThat(ReplanCascade.of(Milestone.CONSTRUCTION_START, day("2026-04-01"), day("2026-09-29"), planned)).isEmpty();
    assertThat(ReplanCascade.of(Milestone.PRODUCTION_START, day("2026-12-15"), day("2027-06-30"), planned)).isEmpty();
  }

  @Test
  void aMilestoneThatMustMove_movesBackAtLeastOneDay_neverForward() {
    // an earlier new date cannot pull a later milestone forward, even on a plan out of order
    Map<Milestone, LocalDate> planned = plan("2026-04-01", "2026-03-15", "2026-12-15");

    assertThat(ReplanCascade.of(Milestone.CONSTRUCTION_START, day("2026-04-01"), day("2026-03-20"), planned))
        .containsExactly(new ReplanCascade.Shift(Milestone.COMPLETION, day("2026-03-15"), day("2026-03-16")));
  }

  private static Map<Milestone, LocalDate> plan(String start, String completion, String production) {
    Map<Milestone, LocalDate> planned = new EnumMap<>(Milestone.class);
    planned.put(Milestone.CONSTRUCTION_START, day(start));
    planned.put(Milestone.COMPLETION, day(completion));
    planned.put(Milestone.PRODUCTION_START, day(production));
    return planned;
  }

  private static LocalDate day(String date) {
    return LocalDate.parse(date);
  }
}
