package org.steward.request.process;

import org.steward.deadline.Lights;

/** Ids and variable names of {@code processes/enterprise-request.bpmn} (and its routing table), in one place. */
public final class EnterpriseRequestProcess {

  public static final String ID = "enterprise-request";
  public static final String RESOURCE = "processes/enterprise-request.bpmn";
  public static final String ROUTING_DECISION = "request-routing";
  public static final String ROUTING_RESOURCE = "processes/request-routing.dmn";
  public static final String DEPARTMENT_HANDLING = "department-handling";
  public static final String JOINT_MEETING = "joint-meeting";

  // elements
  public static final String REQUEST_SUBMITTED = "StartEvent_RequestSubmitted";
  public static final String ROUTE_REQUEST = "BusinessRuleTask_RouteRequest";
  public static final String RECORD_ROUTING = "ServiceTask_RecordRouting";
  public static final String ACKNOWLEDGE_REQUEST = "UserTask_AcknowledgeRequest";
  public static final String RESPONSE_DUE_SOON = "BoundaryEvent_ResponseDueSoon";
  public static final String WARN_OFFICER = "ServiceTask_WarnOfficer";
  public static final String OFFICER_WARNED = "EndEvent_OfficerWarned";
  public static final String RESPONSE_OVERDUE = "BoundaryEvent_ResponseOverdue";
  public static final String REMIND_OFFICER = "ServiceTask_RemindOfficer";
  public static final String SUPERVISE_RESPONSE = "UserTask_SuperviseResponse";
  public static final String RESPONSE_SUPERVISED = "EndEvent_ResponseSupervised";
  public static final String RECORD_ACKNOWLEDGEMENT = "ServiceTask_RecordAcknowledgement";
  public static final String HANDLE_REQUEST = "SubProcess_HandleRequest";
  public static final String HANDLING_STARTED = "StartEvent_HandlingStarted";
  public static final String RESUME = "Gateway_Resume";
  public static final String DECIDE_HANDLING = "UserTask_DecideHandling";
  public static final String HANDLING_DECISION = "Gateway_HandlingDecision";
  public static final String RESOLVE_DIRECTLY = "ServiceTask_ResolveDirectly";
  public static final String RESOLVED_DIRECTLY = "EndEvent_ResolvedDirectly";
  public static final String START_CONVENING = "ServiceTask_StartConvening";
  public static final String CONVENING_CONCLUDED = "Event_ConveningConcluded";
  public static final String ESCALATED_BY_OFFICER = "EndEvent_EscalatedByOfficer";
  public static final String ESCALATION_REQUESTED = "SubProcess_EscalationRequested";
  public static final String ESCALATED_BY_SUPERVISOR = "EndEvent_EscalatedBySupervisor";
  public static final String ESCALATED_TO_JOINT_OFFICE = "BoundaryEvent_EscalatedToJointOffice";
  public static final String WITHDRAW_HANDLING = "ServiceTask_WithdrawHandling";
  public static final String HANDLE_BY_JOINT_OFFICE = "CallActivity_HandleByJointOffice";
  public static final String RECORD_JOINT_OUTCOME = "ServiceTask_RecordJointOutcome";
  public static final String HAND_OVER = "ServiceTask_HandOver";
  public static final String HANDLE_BY_DEPARTMENTS = "CallActivity_HandleByDepartments";
  public static final String ASSESS_HANDLING = "ServiceTask_AssessHandling";
  public static final String ANY_RETURNED = "Gateway_AnyReturned";
  public static final String CONSOLIDATE_FEEDBACK = "UserTask_ConsolidateFeedback";
  public static final String RECORD_CONSOLIDATION = "ServiceTask_RecordConsolidation";
  public static final String REPLY_TO_ENTERPRISE = "UserTask_ReplyToEnterprise";
  public static final String RECORD_REPLY = "ServiceTask_RecordReply";
  public static final String REPLIED = "EndEvent_Replied";
  public static final String AWAIT_RETURN_VISIT = "Gateway_AwaitReturnVisit";
  public static final String NEXT_WORKING_DAY = "Event_NextWorkingDay";
  public static final String SATISFACTION_RATED = "Event_SatisfactionRated";
  public static final String RETURN_VISIT = "UserTask_ReturnVisit";
  public static final String RECORD_SATISFACTION = "ServiceTask_RecordSatisfaction";
  public static final String SATISFIED_GATEWAY = "Gateway_Satisfied";
  public static final String REOPEN_REQUEST = "ServiceTask_ReopenRequest";
  public static final String REPEATED_REOPEN = "Gateway_RepeatedReopen";
  public static final String SUPERVISE_REOPEN = "UserTask_SuperviseReopen";
  public static final String CLOSE_REQUEST = "ServiceTask_CloseRequest";
  public static final String REQUEST_CLOSED = "EndEvent_RequestClosed";
  public static final String REQUEST_MATERIAL = "ServiceTask_RequestMaterial";
  public static final String AWAIT_MATERIAL = "Gateway_AwaitMaterial";
  public static final String MATERIAL_SUPPLIED = "Event_MaterialSupplied";
  public static final String MATERIAL_OVERDUE = "Event_MaterialOverdue";
  public static final String FOLLOW_UP_MATERIAL = "UserTask_FollowUpMaterial";
  public static final String MATERIAL_SUPPLIED_LATE = "BoundaryEvent_MaterialSuppliedLate";
  public static final String FOLLOW_UP_GATEWAY = "Gateway_FollowUp";
  public static final String REMIND_ENTERPRISE = "ServiceTask_RemindEnterprise";
  public static final String NO_MATERIAL = "EndEvent_NoMaterial";
  public static final String NO_MATERIAL_CAUGHT = "BoundaryEvent_NoMaterial";
  public static final String CLOSE_NO_RESPONSE = "ServiceTask_CloseNoResponse";
  public static final String CLOSED_NO_RESPONSE = "EndEvent_ClosedNoResponse";
  public static final String REQUEST_WITHDRAWN_SUBPROCESS = "SubProcess_RequestWithdrawn";
  public static final String REQUEST_WITHDRAWN = "EndEvent_RequestWithdrawn";

  /** The message the enterprise's own rating is correlated with (name, not id). */
  public static final String MESSAGE_SATISFACTION_RATED = "SatisfactionRated";
  /** The message a concluded convening is correlated with. */
  public static final String MESSAGE_CONVENING_CONCLUDED = "ConveningConcluded";
  /** The message a supervisor's request for the joint-meeting office is correlated with. */
  public static final String MESSAGE_ESCALATION_REQUESTED = "EscalationRequested";
  /** The message the enterprise's withdrawal is correlated with: it ends the case wherever it waits. */
  public static final String MESSAGE_REQUEST_WITHDRAWN = "RequestWithdrawn";
  /** The message the enterprise's supplied material is correlated with. */
  public static final String MESSAGE_MATERIAL_SUPPLIED = "MaterialSupplied";

  // variables: set at start
  public static final String CASE_NUMBER = "caseNumber";
  public static final String ENTERPRISE_ID = "enterpriseId";
  public static final String ENTERPRISE_NAME = "enterpriseName";
  public static final String TITLE = "title";
  public static final String DESCRIPTION = "description";
  public static final String CATEGORY = "category";
  public static final String CATEGORY_LABEL = "categoryLabel";
  public static final String URGENCY = "urgency";
  public static final String CONTACT_NAME = "contactName";
  public static final String CONTACT_PHONE = "contactPhone";
  public static final String OFFICER = "officer";
  public static final String SUPERVISOR = "supervisor";
  public static final String LIGHT = Lights.VARIABLE;
  /** The 24-hour response's yellow and red instants (Dates), which its task and timers read. */
  public static final String RESPONSE_WARN_AT = "responseWarnAt";
  public static final String RESPONSE_DUE_AT = "responseDueAt";
  // variables: routing and decision
  public static final String ROUTING = "routing";
  public static final String LEAD_DEPARTMENT = "leadDepartment";
  public static final String COOPERATING_DEPARTMENTS = "cooperatingDepartments";
  public static final String TIME_LIMIT = "timeLimit";
  public static final String DEPARTMENT_OPTIONS = "departmentOptions";
  public static final String OFFICER_OPTIONS = "officerOptions";
  public static final String FIRST_ANSWER = "firstAnswer";
  public static final String DECISION = "decision";
  public static final String ANSWER = "answer";
  public static final String RETURN_REASONS = "returnReasons";
  // variables: convening and the joint-meeting office
  public static final String CONVENING_QUESTION = "conveningQuestion";
  public static final String CONVENING_OFFICERS = "conveningOfficers";
  public static final String CONVENING_TIME_LIMIT = "conveningTimeLimit";
  public static final String CONVENING_ID = "conveningId";
  public static final String CONVENING_CONCLUSION = "conveningConclusion";
  public static final String ESCALATION_SOURCE = "escalationSource";
  public static final String ESCALATION_REASON = "escalationReason";
  public static final String ESCALATED_BY = "escalatedBy";
  public static final String JOINT_OUTCOME = "jointOutcome";
  public static final String RESOLUTION = "resolution";
  public static final String DECIDED_BY = "decidedBy";
  /** Transient, read by {@link #RESUME}: where handling continues after the joint-meeting office. */
  public static final String RESUME_AT = "resumeAt";
  public static final String RESUME_HAND_OVER = "HAND_OVER";
  public static final String RESUME_REPLY = "REPLY";
  // variables: handling
  public static final String UNIT_IDS = "unitIds";
  public static final String UNIT_ID = "unitId";
  public static final String ROUND = "round";
  public static final String RESOLUTION_DUE = "resolutionDue";
  public static final String RESOLUTION_DUE_AT = "resolutionDueAt";
  public static final String ANY_RETURNED_VARIABLE = "anyReturned";
  public static final String FEEDBACK_SUMMARY = "feedbackSummary";
  public static final String CONSOLIDATED_ANSWER = "consolidatedAnswer";
  public static final String REPLY = "reply";
  // variables: material asked of the enterprise (补充材料)
  public static final String MATERIAL_ASK = "materialAsk";
  /** The working-day period the enterprise has, as the timer reads it (e.g. {@code P5WD}); set by Steward. */
  public static final String MATERIAL_WAIT = "materialWait";
  public static final String FOLLOW_UP = "followUp";
  public static final String FOLLOW_UP_NOTE = "followUpNote";
  public static final String FOLLOW_UP_CLOSE = "CLOSE";
  // variables: return visit and supervision
  public static final String SATISFACTION = "satisfaction";
  public static final String SATISFACTION_COMMENT = "satisfactionComment";
  public static final String REOPEN_COUNT = "reopenCount";
  public static final String SUPERVISION_NOTE = "supervisionNote";
  public static final String REOPEN_SUPERVISION_ID = "reopenSupervisionId";

  /** Candidate groups. */
  public static final String OFFICERS = "officers";
  public static final String SUPERVISORS = "supervisors";

  private EnterpriseRequestProcess() {
  }
}
