package org.steward.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.steward.directory.DirectoryManagement;
import org.steward.notification.Notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** The e-mail channel against an in-process SMTP server (GreenMail): Chinese subject and body, to the officer. */
class MailChannelTests {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  final DirectoryManagement directory = mock(DirectoryManagement.class);
  MailChannel mail;

  @BeforeEach
  void setUp() {
    JavaMailSenderImpl server = new JavaMailSenderImpl();
    server.setHost("localhost");
    server.setPort(SMTP.getSmtp().getPort());
    mail = new MailChannel(server, directory, DeliveryFixtures.texts(),
        DeliveryFixtures.properties(Duration.ofHours(1), 8, Map.of(), Duration.ofSeconds(1)));
    when(directory.emailOf("zhangwei")).thenReturn(Optional.of("zhangwei@steward.example.org"));
    when(directory.emailOf("liuyang")).thenReturn(Optional.empty());
  }

  @Test
  void officerWithAnAddress_getsTheNotificationByMail_inChinese() throws Exception {
    mail.send(new Notification(7, Notification.USER, "zhangwei", "TASK_CREATED", "QY20260309-0001",
        "您有新的待办任务：签收诉求｜QY20260309-0001，请于 2026-03-10 10:00 前办理", Instant.now(), null));

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("【服务管家】新任务：QY20260309-0001");
    assertThat(received[0].getAllRecipients()).containsExactly(new InternetAddress("zhangwei@steward.example.org"));
    assertThat(received[0].getFrom()).containsExactly(new InternetAddress("steward@steward.example.org"));
    assertThat(((String) received[0].getContent()).strip()).isEqualTo("""
        【服务管家】新任务：QY20260309-0001
        您有新的待办任务：签收诉求｜QY20260309-0001，请于 2026-03-10 10:00 前办理""");
  }

  @Test
  void onlyUsersWithAnAddress_areReached() {
    assertThat(mail.reaches(Notification.USER, "zhangwei")).isTrue();
    assertThat(mail.reaches(Notification.USER, "liuyang")).isFalse();
    assertThat(mail.reaches(Notification.GROUP, "dept-housing")).isFalse();
  }
}
