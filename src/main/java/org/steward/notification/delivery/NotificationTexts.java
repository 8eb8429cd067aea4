package org.steward.notification.delivery;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.steward.notification.Notification;
import org.steward.shared.CaseSummary;
import org.steward.shared.Cases;
import org.steward.shared.Texts;

/** The Chinese subject and body that the outgoing channels carry. */
@Component
@RequiredArgsConstructor
class NotificationTexts {

  /** A subject names at most this many characters of the case's title. */
  static final int SUBJECT_TITLE = 40;

  private final MessageSource messages;
  private final Cases cases;

  /**
   * "【服务管家】红灯督办：QY20261122-0001「厂房用电增容」", then the notification's own text on the next line. The subject
   * names the case's title too, so that whoever reads it knows the matter without looking the number up, unless the
   * text names it already. A notice about no case (a policy, a visit plan) has the kind alone: "【服务管家】政策推送".
   */
  Message message(Notification notification) {
    String kind = messages.getMessage("notification.kind." + notification.kind(), null,
        messages.getMessage("notification.kind.other", null, Locale.CHINESE), Locale.CHINESE);
    String subject;
    if (notification.caseNumber() == null) {
      subject = messages.getMessage("notification.subject.kind", new Object[] {kind}, Locale.CHINESE);
    } else {
      subject = cases.find(notification.caseNumber()).map(CaseSummary::title)
          .filter(title -> !title.isBlank() && !notification.text().contains(title))
          .map(title -> messages.getMessage("notification.subject.titled",
              new Object[] {kind, notification.caseNumber(), Texts.shorten(title, SUBJECT_TITLE)}, Locale.CHINESE))
          .orElseGet(() -> messages.getMessage("notification.subject",
              new Object[] {kind, notification.caseNumber()}, Locale.CHINESE));
    }
    return new Message(subject, subject + "\n" + notification.text());
  }

  /** What a channel sends: the subject, and the body that begins with it. */
  record Message(String subject, String body) {
  }
}
