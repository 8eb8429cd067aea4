package org.steward.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves a case's state makes, each from the states it may start in: the only changes of a case's state there are.
 * A move out of turn (a convening concluding for a case that convened nobody, a close before the return visit) is
 * refused by {@link RequestTransitions}.
 */
enum RequestTransition {
  SIGN_FOR(RequestState.ACKNOWLEDGED, RequestState.SUBMITTED),
  ASK_FOR_MATERIAL(RequestState.AWAITING_MATERIAL, RequestState.ACKNOWLEDGED),
  MATERIAL_SUPPLIED(RequestState.ACKNOWLEDGED, RequestState.AWAITING_MATERIAL),
  CLOSE_FOR_NO_RESPONSE(RequestState.NO_RESPONSE, RequestState.AWAITING_MATERIAL),
  RESOLVE_DIRECTLY(RequestState.RETURN_VISIT, RequestState.ACKNOWLEDGED),
  HAND_OVER(RequestState.HANDLING, RequestState.ACKNOWLEDGED),
  UNITS_RETURNED(RequestState.ACKNOWLEDGED, RequestState.HANDLING),
  CONSOLIDATE(RequestState.CONSOLIDATING, RequestState.HANDLING),
  CONSOLIDATED(RequestState.REPLYING, RequestState.CONSOLIDATING),
  CONVENE(RequestState.CONVENING, RequestState.ACKNOWLEDGED),
  CONVENING_CONCLUDED(RequestState.ACKNOWLEDGED, RequestState.CONVENING),
  ESCALATE(RequestState.JOINT_OFFICE, RequestState.ACKNOWLEDGED, RequestState.HANDLING, RequestState.CONVENING,
      RequestState.CONSOLIDATING, RequestState.REPLYING),
  ARBITRATED(RequestState.ACKNOWLEDGED, RequestState.JOINT_OFFICE),
  RESOLVED_BY_JOINT_OFFICE(RequestState.REPLYING, RequestState.JOINT_OFFICE),
  REPLY(RequestState.RETURN_VISIT, RequestState.REPLYING),
  REOPEN(RequestState.ACKNOWLEDGED, RequestState.RETURN_VISIT),
  CLOSE(RequestState.CLOSED, RequestState.RETURN_VISIT),
  WITHDRAW(RequestState.WITHDRAWN, RequestState.SUBMITTED, RequestState.ACKNOWLEDGED, RequestState.AWAITING_MATERIAL);

  private final RequestState to;
  private final Set<RequestState> from;

  RequestTransition(RequestState to, RequestState first, RequestState... more) {
    this.to = to;
    this.from = EnumSet.of(first, more);
  }

  RequestState to() {
    return to;
  }

  Set<RequestState> from() {
    return from;
  }
}
