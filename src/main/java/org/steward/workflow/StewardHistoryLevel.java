package org.steward.workflow;

import java.util.Set;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * History level {@code steward}: everything {@code full} records (tasks, variables' values, decisions, incidents,
 * identity links, the user operation log behind Tasklist's history tab, the activities people and events act in)
 * except a row per variable update, a log row per job created, run or deleted, the activity rows of automatic steps
 * (service tasks, gateways, none start and end events) and their own variables (a delegate's input parameters), the
 * multi-instance counters and the forms' choice lists (variables named {@code ...Options}, which a form's
 * {@code valuesKey} names). Steward's own timeline records every step with its actor; failed jobs stay logged. See
 * docs/adr/0007-history-level.md.
 */
public final class StewardHistoryLevel extends AbstractHistoryLevel {

  public static final String NAME = "steward";
  /** Above the built-in levels (0–3), as Camunda asks of custom levels. */
  public static final int ID = 37;

  private static final Set<HistoryEventType> LEFT_OUT = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
      HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_SUCCESS, HistoryEventTypes.JOB_DELETE);
  private static final Set<HistoryEventType> ACTIVITY_EVENTS = Set.of(HistoryEventTypes.ACTIVITY_INSTANCE_START,
      HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE, HistoryEventTypes.ACTIVITY_INSTANCE_END);
  /** Steps that start and end in one transaction and write Steward's timeline themselves, or only route. */
  private static final Set<String> AUTOMATIC_ACTIVITIES = Set.of(ActivityTypes.TASK_SERVICE,
      ActivityTypes.GATEWAY_EXCLUSIVE, ActivityTypes.GATEWAY_PARALLEL, ActivityTypes.GATEWAY_INCLUSIVE,
      ActivityTypes.START_EVENT, ActivityTypes.END_EVENT_NONE);
  /** The engine's multi-instance bookkeeping: rewritten at every instance's end, read by nobody afterwards. */
  private static final Set<String> MULTI_INSTANCE_COUNTERS = Set.of("nrOfInstances", "nrOfActiveInstances",
      "nrOfCompletedInstances", "loopCounter");
  /**
   * What a form offers to choose from (every department, every officer of the city) is the directory's, not the
   * case's: kept in history, it made up most of a case's history by size (issue 18).
   */
  public static final String CHOICE_LIST_SUFFIX = "Options";

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (LEFT_OUT.contains(eventType)) {
      return false;
    }
    if (ACTIVITY_EVENTS.contains(eventType) && entity instanceof ExecutionEntity execution
        && execution.getActivity() != null) {
      return !AUTOMATIC_ACTIVITIES.contains(execution.getActivity().getProperties().get(BpmnProperties.TYPE));
    }
    return !(entity instanceof VariableInstanceEntity variable && (MULTI_INSTANCE_COUNTERS.contains(variable.getName())
        || variable.getName().endsWith(CHOICE_LIST_SUFFIX) || ofAutomaticStep(variable)));
  }

  /**
   * Whether a variable belongs to an automatic step's own scope: an input parameter of a delegate (the deadline timers'
   * {@code subject}), which the model sets, lives while the step runs and goes with it in the same transaction. A
   * variable the step writes to the case is the instance's and is kept.
   */
  private static boolean ofAutomaticStep(VariableInstanceEntity variable) {
    ExecutionEntity execution = variable.getTaskId() == null ? variable.getExecution() : null;
    return execution != null && execution.isScope() && !execution.isProcessInstanceExecution()
        && execution.getActivity() != null && execution.getActivity().isScope()
        && AUTOMATIC_ACTIVITIES.contains(execution.getActivity().getProperties().get(BpmnProperties.TYPE));
  }
}
