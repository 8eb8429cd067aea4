package org.steward.supervision;

/** Why a matter is under supervision. */
public enum SupervisionReason {
  /** The officer did not sign for a request within 24 hours. */
  RESPONSE_OVERDUE,
  /** A handling unit is past its time limit (red light). */
  UNIT_OVERDUE,
  /** The enterprise was unsatisfied a second time. */
  REPEATED_REOPEN
}
