package org.steward.notification.delivery;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.steward.shared.CaseLookup;
import org.steward.shared.Cases;

/** Settings and texts for delivery tests, built without Spring. */
final class DeliveryFixtures {

  private DeliveryFixtures() {
  }

  /** Batches of 20, backoff from 30 s up to {@code retryCap}, mail from steward@steward.example.org. */
  static NotificationProperties properties(Duration retryCap, int maxAttempts, Map<String, URI> webhooks,
      Duration readTimeout) {
    return new NotificationProperties(
        new NotificationProperties.Dispatch(true, Duration.ofSeconds(10), 20, Duration.ofMinutes(5)),
        new NotificationProperties.Retry(Duration.ofSeconds(30), retryCap, maxAttempts),
        new NotificationProperties.Log(true), new NotificationProperties.Mail(true, "steward@steward.example.org"),
        new NotificationProperties.Wechat(webhooks, Duration.ofSeconds(2), readTimeout));
  }

  /** The Chinese texts from bundle {@code messages-notification}, for notices about cases none of which is known. */
  static NotificationTexts texts() {
    return texts(caseNumber -> Optional.empty());
  }

  /** The Chinese texts from bundle {@code messages-notification}, for notices about the cases {@code cases} knows. */
  static NotificationTexts texts(CaseLookup cases) {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages-notification");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return new NotificationTexts(messages, new Cases(List.of(cases)));
  }
}
