package org.steward.visit.process;

/** Ids and variable names of {@code processes/visit-cycle.bpmn}: one instance per month, started by its timer. */
public final class VisitCycleProcess {

  public static final String ID = "visit-cycle";
  public static final String RESOURCE = "processes/visit-cycle.bpmn";

  public static final String MONTH_STARTED = "StartEvent_MonthStarted";
  public static final String OPEN_CYCLE = "ServiceTask_OpenCycle";
  public static final String PLAN_VISITS = "ServiceTask_PlanVisits";
  public static final String SPLIT = "Gateway_BatchPlanned";
  public static final String MORE_TO_PLAN = "Gateway_MoreToPlan";
  public static final String ALL_PLANNED = "EndEvent_AllPlanned";
  public static final String VISITS = "SubProcess_Visits";
  public static final String OPEN_VISIT = "ServiceTask_OpenVisit";
  public static final String VISIT_ENTERPRISE = "UserTask_VisitEnterprise";
  public static final String VISIT_NEAR = "BoundaryEvent_VisitNear";
  public static final String VISIT_OVERDUE = "BoundaryEvent_VisitOverdue";
  public static final String RECORD_VISIT = "ServiceTask_RecordVisit";
  public static final String VISITED = "EndEvent_Visited";

  /** The business key's prefix: {@code VISITS-yyyy-MM}. */
  public static final String KEY_PREFIX = "VISITS-";

  public static final String PERIOD_START = "periodStart";
  public static final String PLANNED_UP_TO = "plannedUpTo";
  public static final String MORE_TO_PLAN_FLAG = "moreToPlan";
  public static final String VISIT_IDS = "visitIds";
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

  private VisitCycleProcess() {
  }
}
