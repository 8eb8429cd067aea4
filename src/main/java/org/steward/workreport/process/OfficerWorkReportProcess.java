package org.steward.workreport.process;

/** Ids and variable names of {@code processes/officer-work-report.bpmn}: one instance per quarter. */
public final class OfficerWorkReportProcess {

  public static final String ID = "officer-work-report";
  public static final String RESOURCE = "processes/officer-work-report.bpmn";

  public static final String QUARTER_BEGINS = "StartEvent_QuarterBegins";
  public static final String DRAFT_REPORTS = "ServiceTask_DraftReports";
  public static final String REPORTS_SUBPROCESS = "SubProcess_Reports";
  public static final String OPEN_REPORT = "ServiceTask_OpenReport";
  public static final String WRITE_SUMMARY = "UserTask_WriteSummary";
  public static final String SUBMIT_REPORT = "ServiceTask_SubmitReport";
  public static final String REVIEW_REPORT = "UserTask_ReviewReport";
  public static final String RECORD_REVIEW = "ServiceTask_RecordReview";

  public static final String REPORTS = "reports";
  public static final String REPORT_ID = "reportId";
  public static final String OFFICER = "officer";
  public static final String SUPERVISOR = "supervisor";
  public static final String QUARTER = "quarter";
  public static final String FIGURES = "figures";
  public static final String SUMMARY = "summary";
  public static final String DECISION = "decision";
  public static final String NOTE = "note";
  public static final String ACCEPTED = "accepted";

  private OfficerWorkReportProcess() {
  }
}
