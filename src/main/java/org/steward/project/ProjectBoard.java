package org.steward.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The projects at a glance: counts by state and by the milestone they wait for ({@code FINISHED} for finished ones),
 * the same by area and by officer, and every delayed milestone, most overdue first.
 */
public record ProjectBoard(int total, Map<ProjectState, Integer> byState, Map<String, Integer> byMilestone,
    List<Group> byArea, List<Group> byOfficer, List<DelayedMilestone> delayed) {

  /** The counts of one area or officer ({@code key} is the area or the officer id). */
  public record Group(String key, String name, int total, Map<ProjectState, Integer> byState,
      Map<String, Integer> byMilestone) {
  }

  /** A milestone past its planned date and unconfirmed; {@code workingDaysOverdue} counted up to today. */
  public record DelayedMilestone(String code, String name, String area, String officer, String leader,
      Milestone milestone, String label, LocalDate plannedDate, int workingDaysOverdue, boolean escalated) {
  }
}
