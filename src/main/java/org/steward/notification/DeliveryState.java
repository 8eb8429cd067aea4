package org.steward.notification;

/** Where the delivery of a notification through one channel stands. */
public enum DeliveryState {
  /** Not tried yet. */
  PENDING,
  /** Sent. */
  SENT,
  /** Tried and failed; tried again at {@code nextAttemptAt}. */
  FAILED,
  /** Failed as often as allowed; not tried again. */
  GAVE_UP
}
