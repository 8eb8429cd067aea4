package org.steward.policy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Settings of policies ({@code steward.policy.*}).
 *
 * @param deliveryBatch how many enterprises one step of a policy's delivery reaches, each step its own transaction
 *     (docs/processes.md, {@code policy-push})
 */
@Validated
@ConfigurationProperties(prefix = "steward.policy")
public record PolicyProperties(@DefaultValue("500") @Min(1) @Max(10000) int deliveryBatch) {
}
