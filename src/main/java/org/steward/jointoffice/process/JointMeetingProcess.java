package org.steward.jointoffice.process;

import org.steward.jointoffice.JointOffice;

/**
 * Ids, messages and variable names of {@code processes/joint-meeting.bpmn}: the office's handling of one escalation.
 */
public final class JointMeetingProcess {

  public static final String ID = JointOffice.PROCESS_ID;
  public static final String RESOURCE = "processes/joint-meeting.bpmn";

  // elements
  public static final String ESCALATION_RECEIVED = "StartEvent_EscalationReceived";
  public static final String RECORD_ESCALATION = "ServiceTask_RecordEscalation";
  public static final String TO_ANALYSIS = "Gateway_ToAnalysis";
  public static final String PREPARE_ANALYSIS = "ServiceTask_PrepareAnalysis";
  public static final String ANALYSE_ESCALATION = "UserTask_AnalyseEscalation";
  public static final String RECORD_ANALYSIS = "ServiceTask_RecordAnalysis";
  public static final String ANALYSIS_ACTION = "Gateway_AnalysisAction";
  public static final String ARBITRATED = "EndEvent_Arbitrated";
  public static final String DECIDED = "EndEvent_Decided";
  public static final String AWAIT_COMMON_ISSUE = "Gateway_AwaitCommonIssue";
  public static final String COMMON_ISSUE_RESOLVED = "Event_CommonIssueResolved";
  public static final String UNLINKED = "Event_UnlinkedFromCommonIssue";
  public static final String RESOLVED_WITH_COMMON_ISSUE = "EndEvent_ResolvedWithCommonIssue";
  public static final String GIVE_POSITIONS = "SubProcess_GivePositions";
  public static final String POSITION_REQUESTED = "StartEvent_PositionRequested";
  public static final String GIVE_POSITION = "UserTask_GivePosition";
  public static final String RECORD_POSITION = "ServiceTask_RecordPosition";
  public static final String POSITION_GIVEN = "EndEvent_PositionGiven";
  public static final String POSITION_DEADLINE_NEAR = "BoundaryEvent_PositionDeadlineNear";
  public static final String MARK_POSITION_NEAR = "ServiceTask_MarkPositionNear";
  public static final String POSITION_NEAR_SIGNALLED = "EndEvent_PositionNearSignalled";
  public static final String POSITION_DEADLINE_MISSED = "BoundaryEvent_PositionDeadlineMissed";
  public static final String MARK_POSITION_OVERDUE = "ServiceTask_MarkPositionOverdue";
  public static final String POSITION_OVERDUE_SIGNALLED = "EndEvent_PositionOverdueSignalled";
  public static final String SUMMARISE_POSITIONS = "ServiceTask_SummarisePositions";
  public static final String RECORD_MINUTES_TASK = "UserTask_RecordMinutes";
  public static final String RECORD_MINUTES = "ServiceTask_RecordMinutes";
  public static final String HANDLE_ITEMS = "CallActivity_HandleItems";
  public static final String CONCLUDE_MEETING = "ServiceTask_ConcludeMeeting";
  public static final String MEETING_CONCLUDED = "EndEvent_MeetingConcluded";

  // messages
  public static final String MESSAGE_COMMON_ISSUE_RESOLVED = "CommonIssueResolved";
  public static final String MESSAGE_COMMON_ISSUE_UNLINKED = "CommonIssueUnlinked";

  // in: what the caller (enterprise-request's call activity, or CommonIssues for a new issue) passes
  public static final String CASE_NUMBER = "caseNumber";
  public static final String ENTERPRISE_NAME = "enterpriseName";
  public static final String ESCALATION_SOURCE = "escalationSource";
  public static final String ESCALATION_REASON = "escalationReason";
  /** Only for a common issue's own instance: the issue's id. */
  public static final String COMMON_ISSUE_ID = "commonIssueId";

  // out: what the caller reads back when the instance ends
  public static final String JOINT_OUTCOME = "jointOutcome";
  /** In (optional): who sent the matter to the office; the escalation is recorded in that name. */
  public static final String ESCALATED_BY = "escalatedBy";
  /** Out: who arbitrated or decided (the caller hands over again in that name). */
  public static final String DECIDED_BY = "decidedBy";
  public static final String LEAD_DEPARTMENT = "leadDepartment";
  public static final String COOPERATING_DEPARTMENTS = "cooperatingDepartments";
  public static final String TIME_LIMIT = "timeLimit";
  public static final String RESOLUTION = "resolution";

  // set by the delegates
  public static final String ESCALATION_ID = "escalationId";
  public static final String SUBJECT_KIND = "subjectKind";
  public static final String CASE_TITLE = "caseTitle";
  public static final String ESCALATION_SOURCE_LABEL = "escalationSourceLabel";
  public static final String DEPARTMENT_OPTIONS = "departmentOptions";
  public static final String COMMON_ISSUE_OPTIONS = "commonIssueOptions";
  public static final String COMMON_ISSUE_NUMBER = "commonIssueNumber";
  public static final String MEETING_ID = "meetingId";
  public static final String MEETING_DEPARTMENTS_LIST = "meetingDepartmentList";
  public static final String DEPARTMENT = "department";
  public static final String POSITION_DUE_DATE = "positionDueDate";
  public static final String POSITION_WARN_AT = "positionWarnAt";
  public static final String POSITION_DUE_AT = "positionDueAt";
  public static final String POSITIONS_SUMMARY = "positionsSummary";
  public static final String UNIT_IDS = "unitIds";
  public static final String UNIT_ID = "unitId";
  public static final String TITLE = "title";
  public static final String OFFICER = "officer";

  // set by the forms
  public static final String ACTION = "action";
  public static final String NEW_ISSUE_TITLE = "newIssueTitle";
  public static final String NEW_ISSUE_DESCRIPTION = "newIssueDescription";
  public static final String MEETING_DEPARTMENTS = "meetingDepartments";
  public static final String POSITION_TIME_LIMIT = "positionTimeLimit";
  public static final String POSITION = "position";
  public static final String MINUTES = "minutes";
  public static final String DECISION = "decision";
  // the minutes' handover items, in rows numbered from 1: see handoverItem(row, part)
  public static final String ITEM_DEPARTMENT = "Department";
  public static final String ITEM_TASK = "Task";
  public static final String ITEM_TIME_LIMIT = "TimeLimit";

  private JointMeetingProcess() {
  }

  /**
   * The variable of one part ({@link #ITEM_DEPARTMENT}, {@link #ITEM_TASK}, {@link #ITEM_TIME_LIMIT}) of the
   * handover item in row {@code row} (from 1) of the 记录会议纪要 form, such as {@code handoverItem2Task}.
   */
  public static String handoverItem(int row, String part) {
    return "handoverItem" + row + part;
  }
}
