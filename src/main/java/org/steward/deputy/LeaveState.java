package org.steward.deputy;

/** Where a leave stands: before its first day, during it, after it, or withdrawn. */
public enum LeaveState {
  SCHEDULED, ACTIVE, ENDED, CANCELLED
}
