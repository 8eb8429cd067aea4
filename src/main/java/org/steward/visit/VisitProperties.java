package org.steward.visit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of visits ({@code steward.visit.*}).
 *
 * @param planBatch how many enterprises one step of a visit cycle's planning looks at, each step its own transaction
 *     with the tasks of the visits it planned (docs/processes.md, {@code visit-cycle})
 */
@Validated
@ConfigurationProperties(prefix = "steward.visit")
public record VisitProperties(@DefaultValue("200") @Min(1) @Max(5000) int planBatch) {
}
