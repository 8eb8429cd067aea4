package org.steward.project.process;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the current engine command: the user completing a task, or null when a timer fires. */
final class Actors {

  private Actors() {
  }

  static String current(ProcessEngineServices engine) {
    Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
