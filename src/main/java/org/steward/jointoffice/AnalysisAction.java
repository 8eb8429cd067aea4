package org.steward.jointoffice;

/** What the office decides in its analysis (分析研判) of an escalation. */
public enum AnalysisAction {
  /** 仲裁: name the lead and cooperating departments and send the case back to handling (cases only). */
  ARBITRATE,
  /** 列为共性问题: link the case to an open or a new common issue (cases only). */
  COMMON_ISSUE,
  /** 召开联席会议: departments give positions, the office records minutes, a decision and handover items. */
  JOINT_MEETING,
  /** 直接决定: the office writes the resolution itself. */
  DECIDE
}
