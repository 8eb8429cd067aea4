package org.steward.shared;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * A process instance was started for a record that does not wait for one: it already has its instance, it is finished,
 * or it does not exist. Only Steward starts its processes, each once per record.
 */
public class NotWaitingForInstance extends StewardException {

  public NotWaitingForInstance(String kind, Object id) {
    super(HttpStatus.CONFLICT, "not-waiting-for-instance", new DefaultMessageSourceResolvable("kind." + kind),
        String.valueOf(id));
  }
}
