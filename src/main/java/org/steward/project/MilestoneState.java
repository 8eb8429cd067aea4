package org.steward.project;

/**
 * Where a milestone stands: planned (waiting for its confirmation), escalated to the joint-meeting office while still
 * unconfirmed, or confirmed with its actual date for good. Its lights (warned, overdue) are the deadline's, not states.
 */
enum MilestoneState {
  /** Waiting for confirmation against the plan in force. */
  PLANNED,
  /** Unconfirmed long after the plan: with the joint-meeting office until confirmed or re-planned. */
  ESCALATED,
  /** Confirmed with its actual date. */
  CONFIRMED
}
