package org.steward.workflow;

import java.util.Set;

import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * History level {@code steward}: everything {@code full} records (activities, tasks, variables' values, decisions,
 * incidents, identity links, the user operation log behind Tasklist's history tab) except a row per variable update
 * and a log row per job created, run or deleted. Steward's own timeline records every step with its actor; failed jobs
 * stay logged. See docs/adr/0007-history-level.md.
 */
public final class StewardHistoryLevel extends AbstractHistoryLevel {

  public static final String NAME = "steward";
  /** Above the built-in levels (0–3), as Camunda asks of custom levels. */
  public static final int ID = 37;

  private static final Set<HistoryEventType> LEFT_OUT = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
      HistoryEventTypes.JOB_CREATE, HistoryEventTypes.JOB_SUCCESS, HistoryEventTypes.JOB_DELETE);

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
    return !LEFT_OUT.contains(eventType);
  }
}
