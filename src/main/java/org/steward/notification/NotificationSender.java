package org.steward.notification;

/**
 * A channel that carries notifications out of Steward (log, e-mail, 企业微信 group robot…). Every sender bean is a
 * channel: a notification gets one delivery per channel that {@link #reaches reaches} its recipient, and the
 * dispatcher calls {@link #send} for it after the notification's transaction has committed, retrying on failure.
 */
public interface NotificationSender {

  /** The channel's name, stored with each delivery: {@code log}, {@code mail}, {@code wechat}. */
  String channel();

  /**
   * Whether this channel has an address for the recipient ({@link Notification#USER} or {@link Notification#GROUP}).
   */
  boolean reaches(String recipientKind, String recipient);

  /** Sends the notification, or throws; the exception's message becomes the delivery's last error. */
  void send(Notification notification);
}
