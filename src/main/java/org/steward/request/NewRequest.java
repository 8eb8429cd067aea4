package org.steward.request;

/**
 * A request as submitted. Codes are plain strings so that a wrong one is reported like any other bad field:
 * {@code category} one of {@link Category}'s codes, {@code urgency} {@link Urgency}, {@code channel} {@link Channel}.
 */
public record NewRequest(Long enterpriseId, String category, String title, String description, String contactName,
    String contactPhone, String urgency, String channel) {
}
