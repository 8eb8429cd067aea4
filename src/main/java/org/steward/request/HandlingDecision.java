package org.steward.request;

/**
 * How the officer decides to handle a case (决定办理方式). Convening (召集) and escalation to the joint-meeting office
 * (提交联席会议) will be further values with their own gateway branches.
 */
public enum HandlingDecision {
  /** The officer answers at once (即时解决). */
  RESOLVE_DIRECTLY,
  /** Lead and cooperating departments handle it within a time limit (交办). */
  HAND_OVER
}
