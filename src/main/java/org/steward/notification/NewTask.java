package org.steward.notification;

import java.time.Instant;
import java.util.List;

/**
 * A user task just created in a case: its name, the case, who may work on it and by when, and the user whose step
 * created it ({@code createdBy}, null for the engine's own steps such as timers).
 */
public record NewTask(String name, String caseNumber, String assignee, List<String> candidateUsers,
    List<String> candidateGroups, Instant due, String createdBy) {

  public NewTask {
    candidateUsers = List.copyOf(candidateUsers);
    candidateGroups = List.copyOf(candidateGroups);
  }
}
