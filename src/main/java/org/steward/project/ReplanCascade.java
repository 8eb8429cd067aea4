package org.steward.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How an approved re-plan moves the milestones after it: each later milestone that would no longer come after the one
 * before it (as re-planned or moved) moves back by the re-plan's number of days, at least one; a later milestone that
 * still comes after it keeps its plan.
 */
final class ReplanCascade {

  private ReplanCascade() {
  }

  /** A later milestone moved back from its plan to a new date. */
  record Shift(Milestone milestone, LocalDate from, LocalDate to) {
  }

  /**
   * The later milestones an approved re-plan of {@code replanned} from {@code previousDate} to {@code requestedDate}
   * moves, in order, given the plans in force ({@code planned}, every milestone after {@code replanned}).
   */
  static List<Shift> of(Milestone replanned, LocalDate previousDate, LocalDate requestedDate,
      Map<Milestone, LocalDate> planned) {
    long days = Math.max(requestedDate.toEpochDay() - previousDate.toEpochDay(), 1);
    List<Shift> shifts = new ArrayList<>();
    LocalDate before = requestedDate;
    for (Milestone later = replanned.next(); later != null; later = later.next()) {
      LocalDate plan = planned.get(later);
      if (plan.isAfter(before)) {
        before = plan;
      } else {
        before = plan.plusDays(days);
        shifts.add(new Shift(later, plan, before));
      }
    }
    return shifts;
  }
}
