package org.steward.project.process;

import org.steward.deadline.Lights;

/** Ids and variable names of {@code processes/project-milestones.bpmn}, in one place. */
public final class ProjectMilestonesProcess {

  public static final String ID = "project-milestones";
  public static final String RESOURCE = "processes/project-milestones.bpmn";

  // elements
  public static final String PROJECT_REGISTERED = "StartEvent_ProjectRegistered";
  public static final String LOAD_MILESTONE = "ServiceTask_LoadMilestone";
  public static final String FOLLOW_MILESTONE = "SubProcess_FollowMilestone";
  public static final String REACH_MILESTONE = "SubProcess_ReachMilestone";
  public static final String CONFIRM_MILESTONE = "UserTask_ConfirmMilestone";
  public static final String MILESTONE_ACTION = "Gateway_MilestoneAction";
  public static final String RECORD_CONFIRMATION = "ServiceTask_RecordConfirmation";
  public static final String MILESTONE_CONFIRMED = "EndEvent_MilestoneConfirmed";
  public static final String REQUEST_REPLAN = "ServiceTask_RequestReplan";
  public static final String APPROVE_REPLAN = "UserTask_ApproveReplan";
  public static final String DECIDE_REPLAN = "ServiceTask_DecideReplan";
  public static final String MILESTONE_REPLANNED = "EndEvent_MilestoneReplanned";
  public static final String MILESTONE_NEAR = "BoundaryEvent_MilestoneNear";
  public static final String WARN_OFFICER = "ServiceTask_WarnOfficer";
  public static final String MILESTONE_OVERDUE = "BoundaryEvent_MilestoneOverdue";
  public static final String MARK_MILESTONE_OVERDUE = "ServiceTask_MarkMilestoneOverdue";
  public static final String CHASE_MILESTONE = "UserTask_ChaseMilestone";
  public static final String RECORD_CHASE = "ServiceTask_RecordChase";
  public static final String ESCALATION_DUE = "BoundaryEvent_EscalationDue";
  public static final String ESCALATED_TO_JOINT_OFFICE = "EndEvent_EscalatedToJointOffice";
  public static final String JOINT_OFFICE_ESCALATION = "SubProcess_JointOfficeEscalation";
  public static final String RECORD_ESCALATION = "ServiceTask_RecordEscalation";
  public static final String MILESTONE_SETTLED = "EndEvent_MilestoneSettled";
  public static final String PROJECT_FINISHED_GATEWAY = "Gateway_ProjectFinished";
  public static final String FINISH_PROJECT = "ServiceTask_FinishProject";
  public static final String PROJECT_FINISHED = "EndEvent_ProjectFinished";
  public static final String SCHEDULE_FILING = "ServiceTask_ScheduleFiling";
  public static final String FILING_PERIOD_OPENS = "Event_FilingPeriodOpens";
  public static final String OPEN_FILING = "ServiceTask_OpenFiling";
  public static final String FILE_PROGRESS = "UserTask_FileProgress";
  public static final String RECORD_FILING = "ServiceTask_RecordFiling";
  public static final String FILING_NEAR = "BoundaryEvent_FilingNear";
  public static final String FILING_OVERDUE = "BoundaryEvent_FilingOverdue";
  public static final String MARK_FILING_NEAR = "ServiceTask_MarkFilingNear";
  public static final String MARK_FILING_OVERDUE = "ServiceTask_MarkFilingOverdue";
  /** The escalation code the joint-meeting office's wiring catches (thrown by {@link #ESCALATED_TO_JOINT_OFFICE}). */
  public static final String ESCALATION_CODE = "JOINT_OFFICE";

  // variables set at the start
  public static final String CASE_NUMBER = "caseNumber";
  public static final String ENTERPRISE_NAME = "enterpriseName";
  /** The project's name, under the name the shared Tasklist filters show as the case's 事项 column. */
  public static final String PROJECT_NAME = "title";
  public static final String OFFICER = "officer";
  public static final String LEADER = "leader";
  // the milestone under way
  public static final String MILESTONE = "milestone";
  public static final String MILESTONE_LABEL = "milestoneLabel";
  public static final String PLANNED_DATE = "plannedDate";
  public static final String MILESTONE_WARN_AT = "milestoneWarnAt";
  public static final String MILESTONE_DUE_AT = "milestoneDueAt";
  public static final String ESCALATE_AT = "escalateAt";
  public static final String FINISHED = "finished";
  /** The milestone's light (GREEN, YELLOW, RED), read by the shared Tasklist filters 黄灯 / 红灯. */
  public static final String LIGHT = Lights.VARIABLE;
  // the officer's confirm-milestone form
  public static final String ACTION = "action";
  public static final String ACTUAL_DATE = "actualDate";
  public static final String NOTE = "note";
  public static final String OVERRIDE_REASON = "overrideReason";
  public static final String REQUESTED_DATE = "requestedDate";
  public static final String REPLAN_REASON = "replanReason";
  // the leader's forms
  public static final String REPLAN_ID = "replanId";
  public static final String REPLAN_DECISION = "replanDecision";
  /** Set from the recorded decision, so that the leader's form value can be cleared before the gateway. */
  public static final String REPLAN_APPROVED = "replanApproved";
  public static final String DECISION_NOTE = "decisionNote";
  public static final String CHASE_NOTE = "chaseNote";
  // monthly filing
  public static final String FILING_PERIOD = "filingPeriod";
  public static final String FILING_OPENS_AT = "filingOpensAt";
  public static final String FILING_ID = "filingId";
  public static final String FILING_DUE_DATE = "filingDueDate";
  public static final String FILING_WARN_AT = "filingWarnAt";
  public static final String FILING_DUE_AT = "filingDueAt";
  public static final String PERCENT = "percent";
  public static final String PROGRESS_NOTES = "progressNotes";

  /** Officer's choices in 确认里程碑. */
  public static final String ACTION_CONFIRM = "CONFIRM";
  public static final String ACTION_REPLAN = "REPLAN";

  private ProjectMilestonesProcess() {
  }
}
