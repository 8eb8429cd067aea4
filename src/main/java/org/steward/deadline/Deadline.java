package org.steward.deadline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A due date with the instants its light changes: yellow from {@code warnAt}, red from {@code dueAt} (the start of the
 * day after the due date), both in Shanghai time.
 */
public record Deadline(LocalDate dueDate, Instant warnAt, Instant dueAt) {

  /** The light at {@code at}: red from {@code dueAt}, yellow from {@code warnAt}, green before. */
  public Light lightAt(Instant at) {
    if (!at.isBefore(dueAt)) {
      return Light.RED;
    }
    return at.isBefore(warnAt) ? Light.GREEN : Light.YELLOW;
  }
}
