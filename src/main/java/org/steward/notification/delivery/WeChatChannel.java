package org.steward.notification.delivery;

import java.net.URI;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.steward.notification.Notification;
import org.steward.notification.NotificationSender;

/**
 * Posts notifications to a group to that group's 企业微信 group robot
 * ({@code steward.notification.wechat.webhooks.<group>}). The robot answers {@code {"errcode":0,"errmsg":"ok"}}; any
 * other errcode, an HTTP error or a timeout is a failure. Errors never quote the webhook URL: its {@code key} is the
 * robot's secret.
 */
@Component
class WeChatChannel implements NotificationSender {

  private final Map<String, URI> webhooks;
  private final RestClient http;
  private final NotificationTexts texts;

  WeChatChannel(NotificationProperties properties, RestClient.Builder builder, NotificationTexts texts) {
    this.webhooks = properties.wechat().webhooks();
    SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
    requests.setConnectTimeout(properties.wechat().connectTimeout());
    requests.setReadTimeout(properties.wechat().readTimeout());
    this.http = builder.requestFactory(requests).build();
    this.texts = texts;
  }

  @Override
  public String channel() {
    return "wechat";
  }

  @Override
  public boolean reaches(String recipientKind, String recipient) {
    return Notification.GROUP.equals(recipientKind) && webhooks.containsKey(recipient);
  }

  @Override
  public void send(Notification notification) {
    URI webhook = webhooks.get(notification.recipient());
    if (webhook == null) {
      throw new IllegalStateException("群组 " + notification.recipient() + " 已没有企业微信机器人地址");
    }
    RobotAnswer answer;
    try {
      answer = http.post().uri(webhook).contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("msgtype", "text", "text", Map.of("content", texts.message(notification).body())))
          .retrieve().body(RobotAnswer.class);
    } catch (RestClientResponseException e) {
      throw new IllegalStateException("企业微信机器人应答 HTTP " + e.getStatusCode().value());
    } catch (RestClientException e) {
      Throwable cause = e.getMostSpecificCause();
      throw new IllegalStateException("企业微信机器人不可达：" + cause.getClass().getSimpleName() + " "
          + cause.getMessage());
    }
    if (answer == null || answer.errcode() == null || answer.errcode() != 0) {
      throw new IllegalStateException("企业微信机器人拒绝：errcode " + (answer == null ? null : answer.errcode())
          + " " + (answer == null ? "" : answer.errmsg()));
    }
  }

  /** What the robot answers. */
  record RobotAnswer(Integer errcode, String errmsg) {
  }
}
