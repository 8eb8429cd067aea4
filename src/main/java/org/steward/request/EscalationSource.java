package org.steward.request;

/** How a case reached the joint-meeting office (联席会议办公室); the joint-meeting process receives it. */
public enum EscalationSource {
  /** The officer's decision: a cross-department issue (首席服务官提交). */
  DECISION,
  /** The officer's decision after a department returned the matter, for arbitration (退单仲裁). */
  RETURN,
  /** A unit stayed red too long (红灯超时). */
  RED,
  /** A supervisor asked for it (督办负责人提请). */
  SUPERVISOR
}
