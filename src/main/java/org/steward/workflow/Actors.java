package org.steward.workflow;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who acts in the current engine command: the user completing a task, or nobody (null) for timers and Steward. */
public final class Actors {

  private Actors() {
  }

  /** The authenticated user id of the engine command, or null when the engine acts by itself (a timer job). */
  public static String current(ProcessEngineServices engine) {
    Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
