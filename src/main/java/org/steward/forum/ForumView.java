package org.steward.forum;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A meeting with enterprises: who hosted it, who came, what each raised and the case each problem became. */
public record ForumView(long id, String title, LocalDate heldOn, String place, String minutes, String hostId,
    String hostName, List<Attendee> attendees, List<Problem> problems, OffsetDateTime raisedAt) {

  /** An enterprise present. */
  public record Attendee(long enterpriseId, String name) {
  }

  /** A problem raised at the meeting; {@code caseNumber} once it became a request. */
  public record Problem(long id, long enterpriseId, String enterpriseName, String category, String title,
      String description, String caseNumber) {
  }
}
