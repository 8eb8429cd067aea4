package org.steward.request;

/**
 * A request was registered and its case started: {@code officer} is the enterprise's officer, or null when the case
 * waits in the officers' queue; {@code channel} is how it came in.
 */
public record RequestSubmitted(String caseNumber, String title, String submittedBy, String officer, Channel channel) {
}
