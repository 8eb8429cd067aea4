package org.steward.jointoffice;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** An escalation that is closed (or not at the step asked for) takes no further analysis, position or minutes. */
public class EscalationClosed extends StewardException {

  public EscalationClosed(long escalationId, EscalationState state) {
    super(HttpStatus.CONFLICT, "escalation-closed", escalationId, state.label());
  }
}
