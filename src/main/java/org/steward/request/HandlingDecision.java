package org.steward.request;

/** How the officer decides to handle a case (决定办理方式); each value has its own branch in enterprise-request. */
public enum HandlingDecision {
  /** The officer answers at once (即时解决). */
  RESOLVE_DIRECTLY,
  /** Lead and cooperating departments handle it within a time limit (交办). */
  HAND_OVER,
  /** Other officers study it together first (召集协同); the officer decides again with their conclusion. */
  CONVENE,
  /** The joint-meeting office takes it: a cross-department issue, or a 退单 to arbitrate (提交联席会议). */
  ESCALATE,
  /** The enterprise is asked for what is missing (请企业补充材料); the officer decides again with its answer. */
  REQUEST_MATERIAL
}
