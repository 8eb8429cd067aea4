package org.steward.calendar;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the working-day calendar.
 *
 * @param cacheRefresh how long a node trusts its cached copy of a year's schedule before reading it again; bounds how
 *     long the other nodes of a cluster keep answering with a year that an administrator corrected elsewhere
 */
@ConfigurationProperties(prefix = "steward.calendar")
public record CalendarProperties(@DefaultValue("PT10M") Duration cacheRefresh) {
}
