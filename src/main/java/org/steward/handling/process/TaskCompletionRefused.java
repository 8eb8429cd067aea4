package org.steward.handling.process;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A task completion that breaks a rule of department handling; the message is Chinese and Tasklist shows it. Thrown
 * from a complete listener, it rolls the whole completion back.
 */
public class TaskCompletionRefused extends ProcessEngineException {

  private static final long serialVersionUID = 1L;

  public TaskCompletionRefused(String message) {
    super(message);
  }
}
