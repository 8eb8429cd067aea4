package org.steward.request.process;

import org.camunda.bpm.engine.ProcessEngineException;

/** A task's form values break a rule; Tasklist shows the Chinese message and the task stays open. */
class TaskCompletionRefused extends ProcessEngineException {

  TaskCompletionRefused(String message) {
    super(message);
  }
}
