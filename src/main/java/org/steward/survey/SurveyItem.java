package org.steward.survey;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A survey in the enterprise's list: whether it still takes answers and when the enterprise last answered it. */
public record SurveyItem(long campaignId, String title, LocalDate closesOn, boolean open, OffsetDateTime answeredAt) {
}
