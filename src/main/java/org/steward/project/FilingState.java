package org.steward.project;

/** Where a monthly progress filing stands: opened for its month and owed, then filed for good. */
enum FilingState {
  /** The month opened; the officer owes the filing. */
  OPEN,
  /** Filed with its percent and notes. */
  FILED
}
