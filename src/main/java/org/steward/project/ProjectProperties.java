package org.steward.project;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Settings of project follow-up.
 *
 * @param warningWorkingDays how many working days before a milestone's planned date the officer is warned (yellow)
 * @param escalationWorkingDays how many working days after a missed planned date the milestone, still unconfirmed,
 *     goes to the joint-meeting office
 * @param filingWorkingDay on which working day of each month the monthly progress filing is due
 */
@Validated
@ConfigurationProperties(prefix = "steward.project")
public record ProjectProperties(@DefaultValue("10") @Min(1) @Max(60) int warningWorkingDays,
    @DefaultValue("5") @Min(1) @Max(60) int escalationWorkingDays,
    @DefaultValue("5") @Min(1) @Max(15) int filingWorkingDay) {
}
