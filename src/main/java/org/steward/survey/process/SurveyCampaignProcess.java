package org.steward.survey.process;

/** Ids and variable names of {@code processes/survey-campaign.bpmn}: one instance per campaign. */
public final class SurveyCampaignProcess {

  public static final String ID = "survey-campaign";
  public static final String RESOURCE = "processes/survey-campaign.bpmn";

  public static final String UNTIL_OPEN = "Event_UntilOpen";
  public static final String OPEN_SURVEY = "ServiceTask_OpenSurvey";
  public static final String UNTIL_REMINDER = "Event_UntilReminder";
  public static final String REMIND_NON_RESPONDERS = "ServiceTask_RemindNonResponders";
  public static final String CHASES = "SubProcess_Chases";
  public static final String OPEN_CHASE = "ServiceTask_OpenChase";
  public static final String CHASE_NON_RESPONDERS = "UserTask_ChaseNonResponders";
  public static final String CHASE_NEAR = "BoundaryEvent_ChaseNear";
  public static final String CHASE_OVERDUE = "BoundaryEvent_ChaseOverdue";
  public static final String RECORD_CHASE = "ServiceTask_RecordChase";
  public static final String SURVEY_CLOSES = "BoundaryEvent_SurveyCloses";
  public static final String UNTIL_CLOSE = "Event_UntilClose";
  public static final String CLOSE_SURVEY = "ServiceTask_CloseSurvey";

  public static final String CAMPAIGN_ID = "campaignId";
  public static final String CAMPAIGN_TITLE = "campaignTitle";
  public static final String OPENS_AT = "opensAt";
  public static final String REMIND_AT = "remindAt";
  public static final String CLOSES_AT = "closesAt";
  public static final String CHASING_OFFICERS = "chasingOfficers";
  public static final String OFFICER = "officer";
  public static final String CHASE_ID = "chaseId";
  public static final String NON_RESPONDERS = "nonResponders";
  public static final String WARN_AT = "warnAt";
  public static final String DUE_AT = "dueAt";
  public static final String NOTE = "note";

  private SurveyCampaignProcess() {
  }
}
