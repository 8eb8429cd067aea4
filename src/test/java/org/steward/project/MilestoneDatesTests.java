package org.steward.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.steward.shared.InvalidInput;
import org.steward.shared.Violations;

/** The rules of milestone dates: plans in order, actual dates, re-plans' new dates, forecasts. */
class MilestoneDatesTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @Test
  void aPlan_fromTodayOn_eachAfterTheOneBefore_passes() {
    assertThat(plan("2026-03-02", "2026-09-30", "2026-12-15")).isEmpty();
  }

  @Test
  void aPlan_inThePastOrOutOfOrder_namesTheField() {
    assertThat(plan("2026-03-01", "2026-09-30", "2026-09-30")).containsExactly(
        "plannedConstructionStart:project.date.past", "plannedProductionStart:project.date.order");
    assertThat(plan("2026-04-01", "2026-03-31", "2026-12-15")).containsExactly("plannedCompletion:project.date.order");
  }

  @Test
  void aMissingDate_isNoReferenceForTheNext() {
    Map<Milestone, LocalDate> dates = new EnumMap<>(Milestone.class);
    dates.put(Milestone.CONSTRUCTION_START, LocalDate.of(2026, 5, 1));
    dates.put(Milestone.PRODUCTION_START, LocalDate.of(2026, 4, 1));

    assertThat(fields(violations -> MilestoneDates.checkPlan(violations, dates, TODAY))).isEmpty();
  }

  @Test
  void anActualDate_inTheFutureOrBeforeThePreviousMilestones_isRefused() {
    assertThat(fields(v -> MilestoneDates.checkActual(v, Milestone.COMPLETION, TODAY.plusDays(1), TODAY, null)))
        .containsExactly("actualDate:project.actualDate.future");
    assertThat(fields(v -> MilestoneDates.checkActual(v, Milestone.COMPLETION, TODAY.minusDays(5), TODAY,
        TODAY.minusDays(4)))).containsExactly("actualDate:project.actualDate.beforePrevious");
    assertThat(fields(v -> MilestoneDates.checkActual(v, Milestone.COMPLETION, TODAY, TODAY, TODAY))).isEmpty();
  }

  @Test
  void aNewDate_fromTodayOn_notThePlan_afterThePreviousMilestone() {
    LocalDate planned = LocalDate.of(2026, 9, 30);
    LocalDate previous = LocalDate.of(2026, 4, 1);

    assertThat(requested(TODAY.minusDays(1), planned, previous)).containsExactly("requestedDate:project.date.past");
    assertThat(requested(planned, planned, previous)).containsExactly("requestedDate:project.requestedDate.same");
    assertThat(requested(previous, planned, previous)).containsExactly("requestedDate:project.date.order");
    assertThat(requested(previous.plusDays(1), planned, previous)).isEmpty();
    assertThat(requested(TODAY, planned, null)).isEmpty();
  }

  @Test
  void aDate_isReadFromTheFormsDateOrATimestamp() {
    Violations violations = new Violations();

    assertThat(MilestoneDates.parse(violations, "d", "2026-04-01")).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(MilestoneDates.parse(violations, "d", " 2026-04-01T00:00:00.000+0800 "))
        .isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(MilestoneDates.parse(violations, "d", "01.04.2026")).isNull();
    assertThat(MilestoneDates.parse(violations, "d", " ")).isNull();
    assertThatThrownBy(violations::throwIfAny).isInstanceOfSatisfying(InvalidInput.class,
        e -> assertThat(e.violations()).extracting(InvalidInput.FieldViolation::code)
            .containsExactly("project.date.format", "NotBlank"));
  }

  @Test
  void forecasts_pushLaterMilestonesBackByTheDelay_andNeverLieBeforeToday() {
    List<MilestoneRow> milestones = List.of(
        milestone(Milestone.CONSTRUCTION_START, "2026-02-20", "2026-02-20"),
        milestone(Milestone.COMPLETION, "2026-02-25", null),
        milestone(Milestone.PRODUCTION_START, "2026-03-10", null));

    // 竣工 is past its plan unconfirmed, so expected today, 5 days late; 投产 inherits the 5 days
    assertThat(MilestoneDates.forecasts(milestones, TODAY)).containsExactly(LocalDate.of(2026, 2, 20), TODAY,
        LocalDate.of(2026, 3, 15));
    assertThat(MilestoneDates.forecasts(List.of(milestone(Milestone.CONSTRUCTION_START, "2026-02-20", "2026-02-25"),
        milestone(Milestone.COMPLETION, "2026-09-30", null)), TODAY))
        .containsExactly(LocalDate.of(2026, 2, 25), LocalDate.of(2026, 10, 5));
  }

  private static List<String> plan(String start, String completion, String production) {
    Map<Milestone, LocalDate> dates = new EnumMap<>(Milestone.class);
    dates.put(Milestone.CONSTRUCTION_START, LocalDate.parse(start));
    dates.put(Milestone.COMPLETION, LocalDate.parse(completion));
    dates.put(Milestone.PRODUCTION_START, LocalDate.parse(production));
    return fields(violations -> MilestoneDates.checkPlan(violations, dates, TODAY));
  }

  private static List<String> requested(LocalDate requested, LocalDate planned, LocalDate previous) {
    return fields(v -> MilestoneDates.checkRequested(v, Milestone.COMPLETION, requested, TODAY, planned, previous));
  }

  private static List<String> fields(Consumer<Violations> rule) {
    Violations violations = new Violations();
    rule.accept(violations);
    try {
      violations.throwIfAny();
      return List.of();
    } catch (InvalidInput e) {
      return e.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
    }
  }

  private static MilestoneRow milestone(Milestone milestone, String planned, String actual) {
    return new MilestoneRow("XM-1", milestone, LocalDate.parse(planned), LocalDate.parse(planned),
        actual == null ? null : LocalDate.parse(actual), null, null, null, null, null);
  }
}
