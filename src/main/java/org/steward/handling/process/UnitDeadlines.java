package org.steward.handling.process;

import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;
import org.steward.handling.HandlingManagement;

/**
 * The instants of a unit's deadline for the expressions of {@code department-handling}, computed from its
 * {@code dueDate} variable: {@code ${unitDeadlines.warnAt(dueDate)}} (yellow) and {@code ${unitDeadlines.dueAt(dueDate)}}
 * (red). Computing them where they are used keeps two date variables (and their history rows) out of every unit.
 */
@Component("unitDeadlines")
public class UnitDeadlines {

  private final HandlingManagement handling;

  UnitDeadlines(HandlingManagement handling) {
    this.handling = handling;
  }

  /** When the unit's light turns yellow. */
  public Date warnAt(String dueDate) {
    return Date.from(handling.warnAt(LocalDate.parse(dueDate)));
  }

  /** When the unit's light turns red: the start of the day after the due date. */
  public Date dueAt(String dueDate) {
    return Date.from(handling.dueAt(LocalDate.parse(dueDate)));
  }
}
