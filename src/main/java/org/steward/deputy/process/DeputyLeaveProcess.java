package org.steward.deputy.process;

/** Ids and variable names of {@code processes/deputy-leave.bpmn}: one instance per leave. */
public final class DeputyLeaveProcess {

  public static final String ID = "deputy-leave";
  public static final String RESOURCE = "processes/deputy-leave.bpmn";

  public static final String UNTIL_LEAVE_STARTS = "Event_UntilLeaveStarts";
  public static final String HAND_OVER_TASKS = "ServiceTask_HandOverTasks";
  public static final String UNTIL_LEAVE_ENDS = "Event_UntilLeaveEnds";
  public static final String RETURN_TASKS = "ServiceTask_ReturnTasks";

  public static final String LEAVE_ID = "leaveId";
  public static final String STARTS_AT = "startsAt";
  public static final String ENDS_AT = "endsAt";
  /** The business key of leave {@code id}'s instance. */
  public static final String KEY_PREFIX = "LEAVE-";

  private DeputyLeaveProcess() {
  }
}
