package org.steward.visit.process;

/**
 * Ids and variable names of {@code processes/enterprise-visit.bpmn}: one instance per visit, started by the visit
 * cycle's planning, business key {@code VISIT-<id>}.
 */
public final class EnterpriseVisitProcess {

  public static final String ID = "enterprise-visit";
  public static final String RESOURCE = "processes/enterprise-visit.bpmn";

  public static final String VISIT_DUE = "StartEvent_VisitDue";
  public static final String VISIT_ENTERPRISE = "UserTask_VisitEnterprise";
  public static final String VISIT_NEAR = "BoundaryEvent_VisitNear";
  public static final String VISIT_OVERDUE = "BoundaryEvent_VisitOverdue";
  public static final String MARK_VISIT_NEAR = "ServiceTask_MarkVisitNear";
  public static final String MARK_VISIT_OVERDUE = "ServiceTask_MarkVisitOverdue";
  public static final String RECORD_VISIT = "ServiceTask_RecordVisit";
  public static final String VISITED = "EndEvent_Visited";

  public static final String VISIT_ID = "visitId";
  public static final String OFFICER = "officer";
  public static final String ENTERPRISE_ID = "enterpriseId";
  public static final String ENTERPRISE_NAME = "enterpriseName";
  public static final String CYCLE_LABEL = "cycleLabel";
  public static final String WARN_AT = "warnAt";
  public static final String DUE_AT = "dueAt";
  public static final String VISIT_DATE = "visitDate";
  public static final String MODE = "mode";
  public static final String PEOPLE_MET = "peopleMet";
  public static final String SITUATION = "situation";
  public static final String PROBLEMS = "problems";

  private EnterpriseVisitProcess() {
  }
}
