package org.steward.convening;

/**
 * The move a convening's state makes: an open convening concludes, once; a second conclusion is refused by
 * {@link ConveningTransitions}.
 */
enum ConveningTransition {
  CONCLUDE(ConveningState.CONCLUDED, ConveningState.OPEN);

  private final ConveningState to;
  private final ConveningState from;

  ConveningTransition(ConveningState to, ConveningState from) {
    this.to = to;
    this.from = from;
  }

  ConveningState to() {
    return to;
  }

  ConveningState from() {
    return from;
  }
}
