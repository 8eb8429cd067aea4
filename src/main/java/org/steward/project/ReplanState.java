package org.steward.project;

/** Where a re-plan (改期) request stands: waiting for the leader's decision, then approved or rejected for good. */
enum ReplanState {
  /** Requested by the officer; the leader has not decided. */
  PENDING,
  /** Approved: the milestone follows the new date. */
  APPROVED,
  /** Rejected: the plan stays as it was. */
  REJECTED
}
