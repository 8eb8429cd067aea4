package org.steward.metrics;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.steward.deadline.Light;
import org.steward.ledger.LedgerFigures;
import org.steward.ledger.LightCounts;
import org.steward.notification.DeliveryState;
import org.steward.notification.Notifications;
import org.steward.request.Channel;
import org.steward.request.RequestSubmitted;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The meters of Steward's own tables: requests submitted (intake, per channel), open matters by the ledger's light,
 * and notification deliveries not sent yet. The gauges are the whole installation's (every node reports the same
 * figure); the counter is this node's.
 */
@Component
class CaseMeters {

  /** Requests registered, per channel (PORTAL, VISIT, HOTLINE, OFFICER); idempotent repeats are not counted. */
  static final String SUBMITTED = "steward.requests.submitted";
  /** Open matters by light (GREEN, YELLOW, RED), as the ledger shows them. */
  static final String OPEN = "steward.cases.open";
  /** Deliveries waiting to be sent, by state (PENDING: not tried yet; FAILED: waiting to be tried again). */
  static final String BACKLOG = "steward.notifications.backlog";

  private final Map<Channel, Counter> submitted = new EnumMap<>(Channel.class);

  CaseMeters(LedgerFigures ledger, Notifications notifications, MetricsProperties properties, MeterRegistry meters) {
    for (Channel channel : Channel.values()) {
      submitted.put(channel, Counter.builder(SUBMITTED).description("Requests submitted")
          .tag("channel", channel.name()).register(meters));
    }
    CachedReading<LightCounts> lights = new CachedReading<>(OPEN, ledger::openMatters, properties.maxAge(),
        Clock.systemUTC());
    for (Light light : Light.values()) {
      Gauge.builder(OPEN, lights, reading -> reading.number(counts -> count(counts, light)))
          .description("Open matters by light").tag("light", light.name()).strongReference(true).register(meters);
    }
    CachedReading<Map<DeliveryState, Long>> backlog = new CachedReading<>(BACKLOG, notifications::backlog,
        properties.maxAge(), Clock.systemUTC());
    for (DeliveryState state : Notifications.BACKLOG) {
      Gauge.builder(BACKLOG, backlog, reading -> reading.number(counts -> counts.get(state)))
          .description("Notification deliveries not sent yet").tag("state", state.name()).strongReference(true)
          .register(meters);
    }
  }

  /** Counts a request once its registration has committed. */
  @TransactionalEventListener(fallbackExecution = true)
  void on(RequestSubmitted submission) {
    submitted.get(submission.channel()).increment();
  }

  private static int count(LightCounts counts, Light light) {
    return switch (light) {
      case GREEN -> counts.green();
      case YELLOW -> counts.yellow();
      case RED -> counts.red();
    };
  }
}
