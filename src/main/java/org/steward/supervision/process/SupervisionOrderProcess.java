package org.steward.supervision.process;

import org.steward.deadline.Lights;

/** Ids and variable names of {@code processes/supervision-order.bpmn}: one supervision order (督办单). */
public final class SupervisionOrderProcess {

  public static final String ID = "supervision-order";
  public static final String RESOURCE = "processes/supervision-order.bpmn";

  // elements
  public static final String ORDER_ISSUED = "StartEvent_OrderIssued";
  public static final String LOAD_ORDER = "ServiceTask_LoadOrder";
  public static final String ANSWER_WITHIN_DEADLINE = "SubProcess_AnswerWithinDeadline";
  public static final String ANSWER_REQUESTED = "StartEvent_AnswerRequested";
  public static final String ORDER_SIGNED = "Gateway_OrderSigned";
  public static final String SIGN_FOR_ORDER = "UserTask_SignForOrder";
  public static final String RECORD_SIGNING = "ServiceTask_RecordSigning";
  public static final String REPORT_BACK = "UserTask_ReportBack";
  public static final String RECORD_ANSWER = "ServiceTask_RecordAnswer";
  public static final String ANSWER_RECORDED = "EndEvent_AnswerRecorded";
  public static final String ORDER_DUE_NEAR = "BoundaryEvent_OrderDueNear";
  public static final String MARK_ORDER_NEAR = "ServiceTask_MarkOrderNear";
  public static final String ORDER_NEAR_SIGNALLED = "EndEvent_OrderNearSignalled";
  public static final String ORDER_OVERDUE = "BoundaryEvent_OrderOverdue";
  public static final String MARK_ORDER_OVERDUE = "ServiceTask_MarkOrderOverdue";
  public static final String ORDER_OVERDUE_SIGNALLED = "EndEvent_OrderOverdueSignalled";
  public static final String REVIEW_ANSWER = "UserTask_ReviewAnswer";
  public static final String RECORD_REVIEW = "ServiceTask_RecordReview";
  public static final String ANSWER_ACCEPTED = "Gateway_AnswerAccepted";
  public static final String ORDER_CLOSED = "EndEvent_OrderClosed";

  // variables the starter passes in
  public static final String CASE_NUMBER = "caseNumber";
  public static final String ENTERPRISE_NAME = "enterpriseName";
  public static final String ORDER_ID = "orderId";

  // variables set by ServiceTask_LoadOrder
  public static final String TARGET_KIND = "targetKind";
  public static final String TARGET = "target";
  public static final String TARGET_NAME = "targetName";
  /** The officer an order on an officer is assigned to; null for an order on a department. */
  public static final String TARGET_OFFICER = "targetOfficer";
  /** The {@code targetKind} of an order on a department (its queue gets the tasks). */
  public static final String TARGET_DEPARTMENT = "DEPARTMENT";
  public static final String ISSUER = "issuer";
  public static final String ISSUER_NAME = "issuerName";
  public static final String REQUIREMENT = "requirement";
  public static final String DUE_DATE = "dueDate";
  public static final String WARN_AT = "warnAt";
  public static final String DUE_AT = "dueAt";
  public static final String LIGHT = Lights.VARIABLE;
  public static final String SIGNED = "signed";

  // variables set by the forms
  public static final String ANSWER = "answer";
  public static final String REVIEW_RESULT = "reviewResult";
  public static final String REVIEW_NOTE = "reviewNote";

  /** Values of {@link #REVIEW_RESULT}. */
  public static final String ACCEPTED = "ACCEPTED";
  public static final String REJECTED = "REJECTED";

  private SupervisionOrderProcess() {
  }
}
