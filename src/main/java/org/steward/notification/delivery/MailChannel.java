package org.steward.notification.delivery;

import java.nio.charset.StandardCharsets;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.steward.directory.DirectoryManagement;
import org.steward.notification.Notification;
import org.steward.notification.NotificationSender;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * E-mail to officers who have an address in the directory. Notifications to a group are not mailed: a department
 * queue is shared work, and the group's channel is its 企业微信 robot; members see them in Steward as well.
 */
@Component
@ConditionalOnExpression("${steward.notification.mail.enabled:false} and '${spring.mail.host:}' != ''")
@RequiredArgsConstructor
class MailChannel implements NotificationSender {

  private final JavaMailSender mail;
  private final DirectoryManagement directory;
  private final NotificationTexts texts;
  private final NotificationProperties properties;

  @Override
  public String channel() {
    return "mail";
  }

  @Override
  public boolean reaches(String recipientKind, String recipient) {
    return Notification.USER.equals(recipientKind) && directory.emailOf(recipient).isPresent();
  }

  @Override
  public void send(Notification notification) {
    String to = directory.emailOf(notification.recipient())
        .orElseThrow(() -> new IllegalStateException("用户 " + notification.recipient() + " 已没有电子邮箱地址"));
    MimeMessage message = mail.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.mail().from());
      helper.setTo(to);
      NotificationTexts.Message text = texts.message(notification);
      helper.setSubject(text.subject());
      helper.setText(text.body());
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
    mail.send(message);
  }
}
