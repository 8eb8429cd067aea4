package org.steward.jointoffice.process;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who acts in the current engine command: the user completing a task, or nobody (null) for timers and Steward. */
final class Actors {

  private Actors() {
  }

  static String current(ProcessEngineServices engine) {
    Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
