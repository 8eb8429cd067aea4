package org.steward.visit.process;

/** Ids and variable names of {@code processes/visit-cycle.bpmn}: one instance per month, started by its timer. */
public final class VisitCycleProcess {

  public static final String ID = "visit-cycle";
  public static final String RESOURCE = "processes/visit-cycle.bpmn";

  public static final String MONTH_STARTED = "StartEvent_MonthStarted";
  public static final String OPEN_CYCLE = "ServiceTask_OpenCycle";
  public static final String PLAN_VISITS = "ServiceTask_PlanVisits";
  public static final String NOTIFY_OFFICERS = "ServiceTask_NotifyOfficers";
  public static final String ALL_PLANNED = "EndEvent_AllPlanned";

  /** The business key's prefix: {@code VISITS-yyyy-MM}. */
  public static final String KEY_PREFIX = "VISITS-";

  public static final String PERIOD_START = "periodStart";
  public static final String BATCH_STARTS = "batchStarts";
  public static final String BATCH_START = "batchStart";

  private VisitCycleProcess() {
  }
}
