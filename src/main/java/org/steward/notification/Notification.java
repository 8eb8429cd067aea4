package org.steward.notification;

import java.time.Instant;

/** A message to a user or a group (recipient kind {@code USER}/{@code GROUP}) about a case. */
public record Notification(long id, String recipientKind, String recipient, String kind, String caseNumber,
    String text, Instant createdAt, Instant readAt) {
}
