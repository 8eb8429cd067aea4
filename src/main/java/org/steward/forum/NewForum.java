package org.steward.forum;

import java.util.List;

/**
 * A meeting with enterprises as its host records it: title, day ({@code yyyy-MM-dd}), place, minutes, the enterprises
 * present, and the problems each raised (for an enterprise present: the request it becomes, with its contact).
 */
public record NewForum(String title, String heldOn, String place, String minutes, List<Long> enterpriseIds,
    List<Problem> problems) {

  /** A problem an enterprise present raised: the request it becomes (category code, title, description, contact). */
  public record Problem(Long enterpriseId, String category, String title, String description, String contactName,
      String contactPhone) {
  }
}
