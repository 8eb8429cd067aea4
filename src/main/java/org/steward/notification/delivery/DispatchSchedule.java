package org.steward.notification.delivery;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the dispatcher every {@code steward.notification.dispatch.fixed-delay} after the previous run ended, round after
 * round while rounds come back full; off with
 * {@code steward.notification.dispatch.enabled=false} (tests drive the dispatcher themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "steward.notification.dispatch.enabled", havingValue = "true", matchIfMissing = true)
class DispatchSchedule {

  private final NotificationDispatcher dispatcher;
  private final int batchSize;

  DispatchSchedule(NotificationDispatcher dispatcher, NotificationProperties properties) {
    this.dispatcher = dispatcher;
    this.batchSize = properties.dispatch().batchSize();
  }

  @Scheduled(fixedDelayString = "${steward.notification.dispatch.fixed-delay:10s}",
      initialDelayString = "${steward.notification.dispatch.fixed-delay:10s}")
  void dispatchDue() {
    // a full batch means more may be due: go on until a round takes fewer (claimed ones are not due again at once)
    while (dispatcher.dispatch() == batchSize) {
      // next round
    }
  }
}
