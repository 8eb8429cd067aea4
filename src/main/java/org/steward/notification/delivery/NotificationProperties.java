package org.steward.notification.delivery;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Settings of notification delivery ({@code steward.notification.*}).
 *
 * @param dispatch how often the dispatcher looks for due deliveries, how many it takes at a time and how long it holds
 *     them before another node may take them again
 * @param retry the backoff of failed deliveries: base × 2^(attempt−1), at most cap, and how many attempts in all
 * @param log the log channel (on by default)
 * @param mail the e-mail channel (off unless enabled and {@code spring.mail.host} is set)
 * @param wechat the 企业微信 group-robot channel: one webhook URL per group id
 */
@Validated
@ConfigurationProperties(prefix = "steward.notification")
public record NotificationProperties(@DefaultValue Dispatch dispatch, @DefaultValue Retry retry, @DefaultValue Log log,
    @DefaultValue Mail mail, @DefaultValue Wechat wechat) {

  /** The dispatcher's schedule and batch. */
  public record Dispatch(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration fixedDelay,
      @DefaultValue("20") @Min(1) @Max(500) int batchSize, @DefaultValue("5m") Duration lease) {
  }

  /** Exponential backoff of failed deliveries. */
  public record Retry(@DefaultValue("30s") Duration base, @DefaultValue("1h") Duration cap,
      @DefaultValue("8") @Min(1) @Max(100) int maxAttempts) {

    /** How long to wait after the given failed attempt (1 for the first) before the next one. */
    public Duration delayAfter(int attempt) {
      int doublings = Math.min(Math.max(attempt - 1, 0), 30);
      Duration delay = base.multipliedBy(1L << doublings);
      return delay.compareTo(cap) > 0 ? cap : delay;
    }
  }

  /** The log channel. */
  public record Log(@DefaultValue("true") boolean enabled) {
  }

  /** The e-mail channel; the server is Spring Boot's {@code spring.mail.*}. */
  public record Mail(@DefaultValue("false") boolean enabled, @DefaultValue("steward@localhost") String from) {
  }

  /** The 企业微信 group-robot channel. */
  public record Wechat(Map<String, URI> webhooks, @DefaultValue("5s") Duration connectTimeout,
      @DefaultValue("10s") Duration readTimeout) {

    public Wechat {
      webhooks = webhooks == null ? Map.of() : Map.copyOf(webhooks);
    }
  }
}
