package org.steward.metrics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of Steward's metrics ({@code steward.metrics.*}).
 *
 * @param maxAge how long a gauge read from the database (due jobs, incidents, lights, notification backlog) is reused
 *     before the next scrape reads it again, so that scrapers, however many and however often, cost the database at
 *     most one query per gauge and interval; {@code 0s} reads at every scrape
 */
@ConfigurationProperties(prefix = "steward.metrics")
public record MetricsProperties(@DefaultValue("30s") Duration maxAge) {
}
