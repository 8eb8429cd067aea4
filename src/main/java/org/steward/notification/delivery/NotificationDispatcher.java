package org.steward.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.steward.notification.NotificationSender;
import org.steward.shared.StewardClock;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends due deliveries through their channels and records each outcome; a failed attempt is tried again after an
 * exponential backoff, and the last allowed one ends as GAVE_UP. Safe on every node of a cluster at once: each round
 * claims its deliveries first (see {@link Deliveries#claimDue}).
 */
@Component
public class NotificationDispatcher {

  private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);
  /** Deliveries sent, per channel. */
  static final String SENT = "steward.notifications.sent";
  /** Failed attempts, per channel (each one, also those tried again). */
  static final String FAILED = "steward.notifications.failed";
  /** Deliveries given up after their last allowed attempt, per channel. */
  static final String GAVE_UP = "steward.notifications.gave.up";
  private static final String CHANNEL = "channel";

  private final Deliveries deliveries;
  private final Map<String, NotificationSender> senders;
  private final NotificationProperties properties;
  private final MeterRegistry meters;

  NotificationDispatcher(Deliveries deliveries, List<NotificationSender> senders, NotificationProperties properties,
      MeterRegistry meters) {
    this.deliveries = deliveries;
    this.senders = senders.stream().collect(Collectors.toMap(NotificationSender::channel, Function.identity()));
    this.properties = properties;
    this.meters = meters;
    // every channel's counters exist from the start, so that a rate over them is 0 rather than missing
    this.senders.keySet().forEach(channel -> List.of(SENT, FAILED, GAVE_UP)
        .forEach(name -> meters.counter(name, CHANNEL, channel)));
  }

  /** One round: claims the due deliveries, sends them, records the outcomes; answers how many it tried. */
  public int dispatch() {
    List<Deliveries.Claim> claims = deliveries.claimDue(StewardClock.now(), properties.dispatch().batchSize(),
        properties.dispatch().lease());
    claims.forEach(this::deliver);
    return claims.size();
  }

  private void deliver(Deliveries.Claim claim) {
    NotificationSender sender = senders.get(claim.channel());
    try {
      if (sender == null) {
        throw new IllegalStateException("通道 " + claim.channel() + " 未启用");
      }
      sender.send(claim.notification());
    } catch (RuntimeException e) {
      int attempt = claim.attempts() + 1;
      boolean last = attempt >= properties.retry().maxAttempts();
      Instant retryAt = last ? null : StewardClock.now().plus(properties.retry().delayAfter(attempt));
      boolean recorded = deliveries.failed(claim,
          e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), retryAt);
      meters.counter(FAILED, CHANNEL, claim.channel()).increment();
      if (last && recorded) {
        meters.counter(GAVE_UP, CHANNEL, claim.channel()).increment();
      }
      log.warn("Delivery {} of notification {} through {} failed (attempt {}{}): {}", claim.id(),
          claim.notification().id(), claim.channel(), attempt,
          !recorded ? ", its lease had run out: another round has it" : last ? ", giving up" : ", retry at " + retryAt,
          e.getMessage());
      return;
    }
    meters.counter(SENT, CHANNEL, claim.channel()).increment();
    if (!deliveries.sent(claim, StewardClock.now())) {
      log.warn("Delivery {} of notification {} through {} was sent after its lease ran out; another round may send "
          + "it again (raise steward.notification.dispatch.lease)", claim.id(), claim.notification().id(),
          claim.channel());
    }
  }
}
