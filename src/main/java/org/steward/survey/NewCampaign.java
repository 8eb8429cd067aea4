package org.steward.survey;

import org.steward.directory.TargetInput;

/**
 * A survey campaign as staff create it: the survey form's id (a form in {@code forms/surveys/}), a title, the target
 * rule, the open and close dates ({@code yyyy-MM-dd}, the close date inclusive) and the working days before the close
 * at which non-responders are reminded and officers chase them (default {@link Campaigns#DEFAULT_REMINDER_DAYS}).
 */
public record NewCampaign(String formId, String title, TargetInput target, String opensOn, String closesOn,
    Integer reminderDays) {
}
