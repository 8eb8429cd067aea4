package org.steward.notification;

import java.time.Instant;

/** The delivery of one notification through one channel, with its attempts and the last error. */
public record Delivery(long id, long notificationId, String channel, DeliveryState state, int attempts,
    Instant nextAttemptAt, String lastError, Instant sentAt, String recipientKind, String recipient, String kind,
    String caseNumber) {
}
