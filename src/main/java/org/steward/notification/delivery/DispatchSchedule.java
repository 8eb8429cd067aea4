package org.steward.notification.delivery;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the dispatcher every {@code steward.notification.dispatch.fixed-delay} after the previous round ended; off with
 * {@code steward.notification.dispatch.enabled=false} (tests drive the dispatcher themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "steward.notification.dispatch.enabled", havingValue = "true", matchIfMissing = true)
class DispatchSchedule {

  private final NotificationDispatcher dispatcher;

  DispatchSchedule(NotificationDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Scheduled(fixedDelayString = "${steward.notification.dispatch.fixed-delay:10s}",
      initialDelayString = "${steward.notification.dispatch.fixed-delay:10s}")
  void dispatchDue() {
    dispatcher.dispatch();
  }
}
