package org.steward.survey;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A survey as the enterprise answers it: the form's intro (safe HTML) and questions, the enterprise's answers so far
 * (by question key; empty before the first), whether it still takes answers, and when it was last answered.
 */
public record SurveyPage(long campaignId, String title, String introHtml, List<Question> questions,
    Map<String, Object> answers, LocalDate closesOn, boolean open, OffsetDateTime answeredAt) {
}
