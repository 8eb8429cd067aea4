package org.steward.convening;

/** Whether a convening still takes opinions (OPEN) or has its conclusion (CONCLUDED). */
public enum ConveningState {
  OPEN, CONCLUDED
}
