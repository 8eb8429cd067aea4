package org.steward.project;

import java.time.Instant;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.deadline.Deadline;
import org.steward.deadline.Deadlines;
import org.steward.deadline.Light;
import org.steward.handling.HandlingManagement;

/**
 * A milestone's clock: the officer is warned (yellow) from the start of the {@code warningWorkingDays}-th working day
 * before the plan, red from the day after it, and the milestone goes to the joint-meeting office once
 * {@code escalationWorkingDays} more have passed.
 */
@Component
@RequiredArgsConstructor
class MilestoneDeadlines {

  private final Deadlines deadlines;
  private final WorkingDayCalendar calendar;
  private final HandlingManagement handling;
  private final ProjectProperties properties;

  /** The deadline of a milestone planned for {@code plannedDate}. */
  Deadline of(LocalDate plannedDate) {
    return deadlines.of(plannedDate, properties.warningWorkingDays());
  }

  /** The milestone's light at {@code now}. */
  Light light(LocalDate plannedDate, Instant now) {
    return of(plannedDate).lightAt(now);
  }

  /** When an unconfirmed milestone goes to the joint-meeting office. */
  Instant escalateAt(LocalDate plannedDate) {
    return handling.dueAt(calendar.addWorkingDays(plannedDate, properties.escalationWorkingDays()));
  }
}
