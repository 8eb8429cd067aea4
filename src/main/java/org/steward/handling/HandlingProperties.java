package org.steward.handling;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Settings of department handling.
 *
 * @param yellowWorkingDays how many working days, the due date included, a unit shows yellow before it turns red:
 *     1 (default) means yellow during the due date itself, 2 also during the working day before it
 * @param jointOfficeAfterWorkingDays how many working days a unit may stay red before its case goes to the
 *     joint-meeting office (联席会议办公室); default 3
 */
@Validated
@ConfigurationProperties(prefix = "steward.handling")
public record HandlingProperties(@DefaultValue("1") @Min(1) @Max(20) int yellowWorkingDays,
    @DefaultValue("3") @Min(1) @Max(60) int jointOfficeAfterWorkingDays) {
}
