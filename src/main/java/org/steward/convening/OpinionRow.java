package org.steward.convening;

import java.time.Instant;
import java.time.LocalDate;

import org.steward.deadline.Deadline;
import org.steward.deadline.Light;

/**
 * A row of convening_opinion as stored, with the rules that read it against its deadline: when the officer counts as
 * late, whether the opinion is still awaited, and how it shows (a live light while open).
 */
record OpinionRow(long id, long conveningId, String officer, LocalDate dueDate, Instant addedAt, String addedBy,
    OpinionState state, Light light, boolean late, String opinion, Instant givenAt) {

  /** Whether the officer is late at {@code now}: flagged before (a red light), or the deadline has passed. */
  boolean lateAt(Instant now, Deadline deadline) {
    return late || !now.isBefore(deadline.dueAt());
  }

  /** Whether the opinion is still awaited at {@code now}: not given, and its deadline not passed. */
  boolean awaitedAt(Instant now, Deadline deadline) {
    return state == OpinionState.OPEN && now.isBefore(deadline.dueAt());
  }

  /** The opinion as people read it at {@code now}: an open one with its live light and lateness. */
  Opinion view(String officerName, Instant now, Deadline deadline) {
    boolean open = state == OpinionState.OPEN;
    return new Opinion(id, officer, officerName, dueDate, state, open ? deadline.lightAt(now) : light,
        open ? lateAt(now, deadline) : late, opinion, givenAt, addedAt, addedBy);
  }
}
