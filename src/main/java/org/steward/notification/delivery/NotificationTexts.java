package org.steward.notification.delivery;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.steward.notification.Notification;

/** The Chinese subject and body that the outgoing channels carry. */
@Component
@RequiredArgsConstructor
class NotificationTexts {

  private final MessageSource messages;

  /** "【服务管家】红灯督办：QY20261122-0001". */
  String subject(Notification notification) {
    String kind = messages.getMessage("notification.kind." + notification.kind(), null,
        messages.getMessage("notification.kind.other", null, Locale.CHINESE), Locale.CHINESE);
    return messages.getMessage("notification.subject",
        new Object[] {kind, notification.caseNumber() == null ? "" : notification.caseNumber()}, Locale.CHINESE);
  }

  /** The subject, then the notification's own text. */
  String body(Notification notification) {
    return subject(notification) + "\n" + notification.text();
  }
}
