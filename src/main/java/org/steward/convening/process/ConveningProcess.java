package org.steward.convening.process;

import org.steward.deadline.Lights;

/** Ids and variable names of {@code processes/convening.bpmn}: officers give opinions, the convener concludes. */
public final class ConveningProcess {

  public static final String ID = "convening";
  public static final String RESOURCE = "processes/convening.bpmn";

  // elements
  public static final String CONVENING_STARTED = "StartEvent_ConveningStarted";
  public static final String LOAD_CONVENING = "ServiceTask_LoadConvening";
  public static final String SPLIT = "Gateway_OpinionsAndConclusion";
  public static final String OFFICER_OPINION = "SubProcess_OfficerOpinion";
  /** The multi-instance body around {@link #OFFICER_OPINION}, as the engine names it. */
  public static final String OFFICER_OPINION_BODY = OFFICER_OPINION + "#multiInstanceBody";
  public static final String OPINION_REQUESTED = "StartEvent_OpinionRequested";
  public static final String LOAD_OPINION = "ServiceTask_LoadOpinion";
  public static final String GIVE_OPINION = "UserTask_GiveOpinion";
  public static final String RECORD_OPINION = "ServiceTask_RecordOpinion";
  public static final String OPINION_RECORDED = "EndEvent_OpinionRecorded";
  public static final String OPINION_DUE_NEAR = "BoundaryEvent_OpinionDueNear";
  public static final String MARK_OPINION_NEAR = "ServiceTask_MarkOpinionNear";
  public static final String OPINION_NEAR_SIGNALLED = "EndEvent_OpinionNearSignalled";
  public static final String OPINION_OVERDUE = "BoundaryEvent_OpinionOverdue";
  public static final String MARK_OPINION_LATE = "ServiceTask_MarkOpinionLate";
  public static final String OFFICER_FLAGGED_LATE = "EndEvent_OfficerFlaggedLate";
  public static final String OPINIONS_COLLECTED = "EndEvent_OpinionsCollected";
  public static final String CONCLUDE_CONVENING = "UserTask_ConcludeConvening";
  public static final String RECORD_CONCLUSION = "ServiceTask_RecordConclusion";
  public static final String CONVENING_CONCLUDED = "EndEvent_ConveningConcluded";

  // variables at start
  public static final String CASE_NUMBER = "caseNumber";
  public static final String ENTERPRISE_NAME = "enterpriseName";
  public static final String CONVENING_ID = "conveningId";
  public static final String CONVENER = "convener";
  public static final String QUESTION = "question";

  // set by ServiceTask_LoadConvening
  /** The convened officers' user ids (transient: read by the multi-instance body in the same transaction). */
  public static final String OFFICERS = "officers";
  public static final String DUE_DATE = "dueDate";
  public static final String DUE_AT = "dueAt";

  // local to each officer's sub-process instance
  /** The multi-instance element variable: the convened officer's user id. */
  public static final String OFFICER = "officer";
  public static final String OPINION_DUE_DATE = "opinionDueDate";
  public static final String OPINION_WARN_AT = "opinionWarnAt";
  public static final String OPINION_DUE_AT = "opinionDueAt";
  public static final String LIGHT = Lights.VARIABLE;
  /** Set by the opinion form. */
  public static final String OPINION = "opinion";

  // process level, set by the delegates and the conclusion form
  public static final String OPINION_SUMMARY = "opinionSummary";
  public static final String CONCLUSION = "conclusion";

  private ConveningProcess() {
  }
}
