package org.steward.project;

import java.util.EnumSet;

/** The transition of a monthly filing: filed once, while open. */
enum FilingTransition {
  FILE(FilingState.FILED, FilingState.OPEN);

  final Move<FilingState> move;

  FilingTransition(FilingState to, FilingState first, FilingState... more) {
    move = new Move<>(to, EnumSet.of(first, more));
  }
}
