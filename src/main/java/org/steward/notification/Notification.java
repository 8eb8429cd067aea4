package org.steward.notification;

import java.time.Instant;

/** A message to a user or a group (recipient kind {@code USER}/{@code GROUP}) about a case. */
public record Notification(long id, String recipientKind, String recipient, String kind, String caseNumber,
    String text, Instant createdAt, Instant readAt) {

  /** Recipient kind of a notification to one user. */
  public static final String USER = "USER";
  /** Recipient kind of a notification to a Camunda group (a department queue, the supervisors…). */
  public static final String GROUP = "GROUP";
}
