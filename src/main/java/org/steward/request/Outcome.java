package org.steward.request;

/** How the officer dealt with the request: resolved on the spot (即时解决) or tracked to resolution (跟踪解决). */
public enum Outcome {
  RESOLVED_DIRECTLY, TRACKED
}
