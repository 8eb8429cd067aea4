package org.steward.notification.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.steward.notification.Notification;
import org.steward.notification.NotificationSender;

/** The default channel: writes every notification to the application log. */
@Component
@ConditionalOnProperty(name = "steward.notification.log.enabled", havingValue = "true", matchIfMissing = true)
class LogChannel implements NotificationSender {

  private static final Logger log = LoggerFactory.getLogger(LogChannel.class);

  @Override
  public String channel() {
    return "log";
  }

  @Override
  public boolean reaches(String recipientKind, String recipient) {
    return true;
  }

  @Override
  public void send(Notification notification) {
    log.info("Notification {} [{}] to {} {} about {}: {}", notification.id(), notification.kind(),
        notification.recipientKind(), notification.recipient(), notification.caseNumber(), notification.text());
  }
}
