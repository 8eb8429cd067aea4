package org.steward.survey;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.steward.directory.TargetRule;

/** A campaign as staff see it, with how many enterprises it asked and how many answered. */
public record CampaignView(long id, String formId, String title, TargetRule target, LocalDate opensOn,
    LocalDate closesOn, int reminderDays, CampaignState state, String createdBy, OffsetDateTime createdAt,
    int targeted, int answered) {
}
