package org.steward.supervision;

import org.springframework.http.HttpStatus;
import org.steward.shared.StewardException;

/** The supervision order is not in the state the step needs (e.g. signing an answered order). */
public class SupervisionOrderNotOpen extends StewardException {

  public SupervisionOrderNotOpen(long id, SupervisionOrderState state) {
    super(HttpStatus.CONFLICT, "supervision-order-not-open", id, state.name());
  }
}
