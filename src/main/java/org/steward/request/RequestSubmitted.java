package org.steward.request;

import java.time.Instant;

/**
 * A request was registered and its case started: {@code officer} is the enterprise's officer, or null when the case
 * waits in the officers' queue; {@code channel} is how it came in; {@code responseDue} is when the 24 hours for its
 * first answer end.
 */
public record RequestSubmitted(String caseNumber, String title, String submittedBy, String officer, Channel channel,
    Instant responseDue) {
}
