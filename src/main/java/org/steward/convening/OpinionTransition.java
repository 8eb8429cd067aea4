package org.steward.convening;

/**
 * The moves an officer's opinion makes: an awaited opinion is given, or missed when the convening concludes without it;
 * either only once, refused by {@link ConveningTransitions} otherwise.
 */
enum OpinionTransition {
  GIVE(OpinionState.GIVEN),
  MISS(OpinionState.MISSED);

  private final OpinionState to;

  OpinionTransition(OpinionState to) {
    this.to = to;
  }

  OpinionState to() {
    return to;
  }

  /** The state each move starts from: only an awaited opinion moves. */
  OpinionState from() {
    return OpinionState.OPEN;
  }
}
