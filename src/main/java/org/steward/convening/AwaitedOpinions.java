package org.steward.convening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.steward.deadline.Deadline;

/**
 * When a convening may conclude: not while an opinion is still awaited within its deadline. These are how many are
 * awaited and the last day one of them is due; an opinion past its deadline no longer holds the conclusion up.
 */
record AwaitedOpinions(int count, LocalDate lastDueDate) {

  /** The opinions awaited at {@code now}, if any; {@code deadlines} gives the deadline of a due date. */
  static Optional<AwaitedOpinions> of(List<OpinionRow> opinions, Instant now,
      Function<LocalDate, Deadline> deadlines) {
    List<OpinionRow> awaited = opinions.stream().filter(o -> o.awaitedAt(now, deadlines.apply(o.dueDate()))).toList();
    return awaited.stream().map(OpinionRow::dueDate).max(LocalDate::compareTo)
        .map(last -> new AwaitedOpinions(awaited.size(), last));
  }
}
