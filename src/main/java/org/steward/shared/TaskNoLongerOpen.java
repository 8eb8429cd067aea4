package org.steward.shared;

import org.camunda.bpm.engine.ProcessEngineException;

/** A task that existed is no longer open (someone completed it, or its case moved on): a lost race, not a mistake. */
public class TaskNoLongerOpen extends ProcessEngineException {

  private static final long serialVersionUID = 1L;

  public TaskNoLongerOpen(String taskId) {
    super("Task " + taskId + " is no longer open");
  }
}
