package org.steward.request;

/** Where a case stands; set by the steps of the {@code enterprise-request} process. */
public enum RequestState {
  /** Submitted, waiting for the officer to sign for it (待签收). */
  SUBMITTED,
  /** Signed for; the officer decides how to handle it (已签收). */
  ACKNOWLEDGED,
  /** Handed over to departments (部门办理中). */
  HANDLING,
  /** Other officers were convened and give their opinions (召集协同中). */
  CONVENING,
  /** With the joint-meeting office (联席会议办公室处理中). */
  JOINT_OFFICE,
  /** The lead department consolidates the units' feedback (汇总中). */
  CONSOLIDATING,
  /** The officer writes the reply to the enterprise (待答复). */
  REPLYING,
  /** Replied; waiting for the enterprise's satisfaction (待回访). */
  RETURN_VISIT,
  /** Closed out (已销号). */
  CLOSED,
  /** Withdrawn by the enterprise before hand-over (已撤回). */
  WITHDRAWN,
  /** The officer asked the enterprise for more material and waits for it (待企业补充材料). */
  AWAITING_MATERIAL,
  /** Closed because the enterprise never supplied the material asked for (企业未补充材料，已关闭). */
  NO_RESPONSE
}
