package org.steward.handling;

import java.time.Instant;

import org.steward.deadline.Light;

/**
 * The three-grade rating of a unit (完成 / 如期推进 / 进展缓慢): an open unit is on track until its due date ends and
 * slow after; feedback before the due date ends is done, after it slow; a returned unit has no rating; a withdrawn one
 * keeps the rating it got when it was withdrawn.
 */
final class UnitRating {

  private UnitRating() {
  }

  /** The rating feedback given at {@code at} earns, for a unit that turns red at {@code dueAt}. */
  static Rating ofFeedback(Instant at, Instant dueAt) {
    return at.isBefore(dueAt) ? Rating.DONE : Rating.SLOW;
  }

  /** The rating a unit withdrawn with that light keeps: slow if it was red, none otherwise. */
  static Rating ofWithdrawal(Light light) {
    return light == Light.RED ? Rating.SLOW : null;
  }

  /** The rating people see now: the stored one of a finished unit, the live one of an open unit. */
  static Rating at(Instant now, UnitState state, Rating stored, Instant dueAt) {
    return switch (state) {
      case RETURNED -> null;
      case WITHDRAWN, FEEDBACK_GIVEN -> stored;
      default -> now.isBefore(dueAt) ? Rating.ON_TRACK : Rating.SLOW;
    };
  }
}
