package org.steward.handling.process;

import org.steward.deadline.Lights;
import org.steward.handling.HandlingManagement;

/** Ids and variable names of {@code processes/department-handling.bpmn}: one unit's sign-for, handling and deadline. */
public final class DepartmentHandlingProcess {

  public static final String ID = HandlingManagement.PROCESS_ID;
  public static final String RESOURCE = "processes/department-handling.bpmn";

  // elements
  public static final String UNIT_HANDED_OVER = "StartEvent_UnitHandedOver";
  public static final String LOAD_DEADLINE = "Gateway_LoadDeadline";
  public static final String LOAD_UNIT = "ServiceTask_LoadUnit";
  public static final String HANDLE_WITHIN_DEADLINE = "SubProcess_HandleWithinDeadline";
  public static final String DEADLINE_RUNNING = "StartEvent_DeadlineRunning";
  public static final String SIGN_FOR_OVERDUE = "BoundaryEvent_SignForOverdue";
  public static final String REMIND_SIGN_FOR = "ServiceTask_RemindSignFor";
  public static final String SIGN_FOR_REMINDED = "EndEvent_SignForReminded";
  public static final String HANDLING_OPEN = "Gateway_HandlingOpen";
  public static final String HANDLE_MATTER = "UserTask_HandleMatter";
  public static final String HANDLING_ACTION = "Gateway_HandlingAction";
  public static final String RECORD_FEEDBACK = "ServiceTask_RecordFeedback";
  public static final String FEEDBACK_RECORDED = "EndEvent_FeedbackRecorded";
  public static final String RETURN_MATTER = "ServiceTask_ReturnMatter";
  public static final String RETURN_RECORDED = "EndEvent_ReturnRecorded";
  public static final String REQUEST_EXTENSION = "ServiceTask_RequestExtension";
  public static final String APPROVE_EXTENSION = "UserTask_ApproveExtension";
  public static final String DECIDE_EXTENSION = "ServiceTask_DecideExtension";
  public static final String EXTENSION_APPROVED = "Gateway_ExtensionApproved";
  public static final String EXTENSION_GRANTED = "EndEvent_ExtensionGranted";
  public static final String DEADLINE_NEAR = "BoundaryEvent_DeadlineNear";
  public static final String MARK_DEADLINE_NEAR = "ServiceTask_MarkDeadlineNear";
  public static final String DEADLINE_NEAR_SIGNALLED = "EndEvent_DeadlineNearSignalled";
  public static final String DEADLINE_MISSED = "BoundaryEvent_DeadlineMissed";
  public static final String MARK_OVERDUE = "ServiceTask_MarkOverdue";
  public static final String RED_FOLLOW_UP = "Gateway_RedFollowUp";
  public static final String STILL_RED_TOO_LONG = "Event_StillRedTooLong";
  public static final String CHECK_STILL_OVERDUE = "ServiceTask_CheckStillOverdue";
  public static final String STILL_OVERDUE_GATEWAY = "Gateway_StillOverdue";
  public static final String ESCALATED_TO_JOINT_OFFICE = "EndEvent_EscalatedToJointOffice";
  public static final String NO_LONGER_OVERDUE = "EndEvent_NoLongerOverdue";
  public static final String SUPERVISE_UNIT = "UserTask_SuperviseUnit";
  public static final String CLOSE_SUPERVISION = "ServiceTask_CloseSupervision";
  public static final String SUPERVISION_CLOSED = "EndEvent_SupervisionClosed";
  public static final String HANDLING_OUTCOME = "Gateway_HandlingOutcome";
  public static final String FEEDBACK_GIVEN = "EndEvent_FeedbackGiven";
  public static final String MATTER_RETURNED = "EndEvent_MatterReturned";

  // variables the caller passes in
  public static final String CASE_NUMBER = "caseNumber";
  public static final String UNIT_ID = "unitId";
  public static final String ENTERPRISE_NAME = "enterpriseName";
  public static final String TITLE = "title";
  public static final String CATEGORY = "category";
  public static final String OFFICER = "officer";

  // variables set by ServiceTask_LoadUnit
  public static final String DEPARTMENT = "department";
  public static final String DEPARTMENT_NAME = "departmentName";
  public static final String ROLE = "role";
  public static final String DUE_DATE = "dueDate";
  public static final String LIGHT = Lights.VARIABLE;
  public static final String WARN_AT = "warnAt";
  public static final String DUE_AT = "dueAt";

  // variables set by the forms and the delegates
  public static final String ACTION = "action";
  public static final String FEEDBACK = "feedback";
  public static final String REQUESTED_DUE_DATE = "requestedDueDate";
  public static final String REASON = "reason";
  public static final String EXTENSION_DECISION = "extensionDecision";
  public static final String DECISION_NOTE = "decisionNote";
  public static final String SUPERVISION_NOTE = "supervisionNote";
  public static final String ESCALATE_AT = "escalateAt";
  public static final String STILL_OVERDUE = "stillOverdue";
  /** The escalation code the red-too-long branch throws; enterprise-request catches it. */
  public static final String ESCALATION_UNIT_OVERDUE = "UNIT_OVERDUE";
  public static final String OUTCOME = "outcome";

  /** Values of {@link #OUTCOME}: how the handling sub-process ended. */
  public static final String OUTCOME_FEEDBACK_GIVEN = "FEEDBACK_GIVEN";
  public static final String OUTCOME_RETURNED = "RETURNED";
  public static final String OUTCOME_EXTENDED = "EXTENDED";

  /** Values of {@link #EXTENSION_DECISION}. */
  public static final String APPROVED = "APPROVED";
  public static final String REJECTED = "REJECTED";

  private DepartmentHandlingProcess() {
  }
}
