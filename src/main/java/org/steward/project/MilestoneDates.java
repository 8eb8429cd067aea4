package org.steward.project;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.steward.project.process.ProjectMilestonesProcess;
import org.steward.shared.Violations;

/**
 * The rules of milestone dates, without a database: the plan at registration (from today on, each after the one
 * before), an actual date at confirmation (not in the future, not before the previous milestone's), a re-plan's new
 * date (from today on, not the plan in force, after the previous milestone) and the forecast of each milestone.
 */
final class MilestoneDates {

  private MilestoneDates() {
  }

  /** The registration field that plans {@code milestone}. */
  static String field(Milestone milestone) {
    return switch (milestone) {
      case CONSTRUCTION_START -> "plannedConstructionStart";
      case COMPLETION -> "plannedCompletion";
      case PRODUCTION_START -> "plannedProductionStart";
    };
  }

  /** The milestone before {@code milestone}, or null for 动工. */
  static Milestone previous(Milestone milestone) {
    return milestone.ordinal() == 0 ? null : Milestone.values()[milestone.ordinal() - 1];
  }

  /**
   * A date as Camunda Forms' date field sends it (yyyy-MM-dd) or as some clients do (a full timestamp, whose date part
   * counts); null, with a violation of {@code field}, when blank or no date.
   */
  static LocalDate parse(Violations violations, String field, String value) {
    if (value == null || value.isBlank()) {
      violations.add(field, "NotBlank");
      return null;
    }
    String text = value.strip();
    if (text.length() > 10 && text.charAt(10) == 'T') {
      text = text.substring(0, 10);
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      violations.add(field, "project.date.format");
      return null;
    }
  }

  /**
   * Checks a registration's plan: no date before today, each after the one before (a missing date, already refused,
   * is no reference for the next).
   */
  static void checkPlan(Violations violations, Map<Milestone, LocalDate> dates, LocalDate today) {
    LocalDate previous = null;
    for (Milestone milestone : Milestone.values()) {
      LocalDate date = dates.get(milestone);
      if (date == null) {
        previous = null;
        continue;
      }
      if (date.isBefore(today)) {
        violations.add(field(milestone), "project.date.past", today);
      } else if (previous != null && !date.isAfter(previous)) {
        violations.add(field(milestone), "project.date.order", milestone.label(), previous);
      }
      previous = date;
    }
  }

  /**
   * Checks a confirmation's actual date: not after today, not before the actual date of the previous milestone
   * ({@code previousActual}, null for 动工).
   */
  static void checkActual(Violations violations, Milestone milestone, LocalDate actual, LocalDate today,
      LocalDate previousActual) {
    if (actual == null) {
      return;
    }
    if (actual.isAfter(today)) {
      violations.add(ProjectMilestonesProcess.ACTUAL_DATE, "project.actualDate.future");
    }
    if (previousActual != null && actual.isBefore(previousActual)) {
      violations.add(ProjectMilestonesProcess.ACTUAL_DATE, "project.actualDate.beforePrevious",
          previous(milestone).label(), previousActual);
    }
  }

  /**
   * Checks a re-plan's new date: from today on, not the plan in force, after the previous milestone
   * ({@code previousDate}: its actual date, else its plan; null for 动工).
   */
  static void checkRequested(Violations violations, Milestone milestone, LocalDate requested, LocalDate today,
      LocalDate planned, LocalDate previousDate) {
    if (requested == null) {
      return;
    }
    if (requested.isBefore(today)) {
      violations.add(ProjectMilestonesProcess.REQUESTED_DATE, "project.date.past", today);
    } else if (requested.equals(planned)) {
      violations.add(ProjectMilestonesProcess.REQUESTED_DATE, "project.requestedDate.same");
    } else if (previousDate != null && !requested.isAfter(previousDate)) {
      violations.add(ProjectMilestonesProcess.REQUESTED_DATE, "project.date.order", milestone.label(), previousDate);
    }
  }

  /**
   * The forecast of each milestone, in order: the actual date once confirmed; else the plan pushed back by the delay
   * of the milestone before, and never before today.
   */
  static List<LocalDate> forecasts(List<MilestoneRow> milestones, LocalDate today) {
    List<LocalDate> forecasts = new ArrayList<>();
    long delay = 0;
    for (MilestoneRow m : milestones) {
      LocalDate forecast;
      if (m.actualDate() != null) {
        forecast = m.actualDate();
      } else {
        forecast = m.plannedDate().plusDays(delay);
        if (forecast.isBefore(today)) {
          forecast = today;
        }
      }
      delay = Math.max(0, forecast.toEpochDay() - m.plannedDate().toEpochDay());
      forecasts.add(forecast);
    }
    return forecasts;
  }
}
