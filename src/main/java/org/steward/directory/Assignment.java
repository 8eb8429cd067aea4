package org.steward.directory;

import java.time.Instant;

/** A period in which an officer served an enterprise (挂点); {@code to} is null for the current one. */
public record Assignment(long enterpriseId, OfficerSummary officer, Instant from, Instant to, String reason,
    String assignedBy) {

  public boolean current() {
    return to == null;
  }
}
