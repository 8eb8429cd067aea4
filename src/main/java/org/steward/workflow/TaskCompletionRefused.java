package org.steward.workflow;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A task completion whose form values break a business rule. Thrown from a complete task listener, it rolls the whole
 * completion back; its message is the Chinese sentence Tasklist shows, and the task stays open.
 */
public class TaskCompletionRefused extends ProcessEngineException {

  private static final long serialVersionUID = 1L;

  public TaskCompletionRefused(String message) {
    super(message);
  }
}
