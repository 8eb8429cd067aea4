package org.steward.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import org.steward.notification.Delivery;
import org.steward.notification.DeliveryState;
import org.steward.notification.Notifications;
import org.steward.notification.delivery.RobotStub.Answer;
import org.steward.shared.StewardClock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The outbox on H2 with the 企业微信 channel against a local robot: what commits is delivered, what rolls back is not,
 * and failures are retried with exponential backoff on the engine clock until they succeed or give up. Each test
 * commits for real (no test transaction), as the engine's steps and the dispatcher do.
 */
@JdbcTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({Notifications.class, Deliveries.class, NotificationDispatcherTests.Channel.class})
class NotificationDispatcherTests {

  static final RobotStub ROBOT = RobotStub.start();
  static final Instant T0 = Instant.parse("2026-03-09T02:00:00Z");
  static final NotificationProperties PROPERTIES = DeliveryFixtures.properties(Duration.ofMinutes(1), 3,
      Map.of("dept-housing", ROBOT.webhook("housing-key")), Duration.ofMillis(300));

  @TestConfiguration(proxyBeanMethods = false)
  static class Channel {

    @Bean
    WeChatChannel weChatChannel() {
      return new WeChatChannel(PROPERTIES, RestClient.builder(), DeliveryFixtures.texts());
    }

    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }

    @Bean
    NotificationDispatcher dispatcher(Deliveries deliveries, WeChatChannel weChat, MeterRegistry meters) {
      return new NotificationDispatcher(deliveries, List.of(weChat), PROPERTIES, meters);
    }
  }

  @Autowired
  Notifications notifications;
  @Autowired
  NotificationDispatcher dispatcher;
  @Autowired
  Deliveries deliveries;
  @Autowired
  MeterRegistry meters;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  TransactionTemplate transaction;

  @BeforeEach
  void startAtT0() {
    ClockUtil.setCurrentTime(Date.from(T0));
    ROBOT.received().clear();
  }

  @AfterEach
  void clear() {
    ClockUtil.reset();
    jdbc.sql("delete from notification_delivery").update();
    jdbc.sql("delete from notification").update();
  }

  @AfterAll
  static void stopRobot() {
    ROBOT.close();
  }

  @Test
  void groupWithARobot_hearsThroughIt_aUserDoesNot() {
    double sentBefore = sent();
    notifications.notifyGroup("dept-housing", "UNIT_RED", "QY20260309-0001", "住建局办理已超期，请尽快办结");
    notifications.notifyUser("zhangwei", "UNIT_RED", "QY20260309-0001", "住建局办理已超期");
    notifications.notifyGroup("dept-water", "UNIT_RED", "QY20260309-0001", "水务局办理已超期");

    assertThat(notifications.deliveries(DeliveryState.PENDING, 10)).singleElement()
        .satisfies(d -> assertThat(d.recipient()).isEqualTo("dept-housing"));
    assertThat(dispatcher.dispatch()).isEqualTo(1);

    assertThat(ROBOT.received()).singleElement().satisfies(body -> assertThat(body)
        .contains("\"msgtype\":\"text\"")
        .contains("【服务管家】红灯督办：QY20260309-0001\\n住建局办理已超期，请尽快办结"));
    Delivery sent = only(DeliveryState.SENT);
    assertThat(sent.attempts()).isEqualTo(1);
    assertThat(sent.sentAt()).isEqualTo(T0);
    assertThat(sent() - sentBefore).isEqualTo(1);
    assertThat(dispatcher.dispatch()).isZero();
  }

  @Test
  void aClaimWhoseLeaseRanOut_recordsNothing_theRoundThatTookItOverDoes() {
    notifications.notifyGroup("dept-housing", "UNIT_RED", "QY20260309-0004", "住建局办理已超期");
    Deliveries.Claim slow = deliveries.claimDue(T0, 10, Duration.ofMinutes(5)).get(0);
    assertThat(deliveries.claimDue(T0.plusSeconds(299), 10, Duration.ofMinutes(5))).as("held by the lease").isEmpty();

    Deliveries.Claim takeover = deliveries.claimDue(T0.plusSeconds(300), 10, Duration.ofMinutes(5)).get(0);
    assertThat(takeover.id()).isEqualTo(slow.id());
    assertThat(deliveries.failed(slow, "读取超时", T0.plusSeconds(330))).as("the late outcome").isFalse();
    assertThat(deliveries.sent(takeover, T0.plusSeconds(301))).isTrue();
    assertThat(deliveries.sent(slow, T0.plusSeconds(302))).as("nor a late success").isFalse();

    Delivery delivery = only(DeliveryState.SENT);
    assertThat(delivery.attempts()).isEqualTo(1);
    assertThat(delivery.sentAt()).isEqualTo(T0.plusSeconds(301));
    assertThat(delivery.lastError()).isNull();
  }

  @Test
  void robotRefusingThenFailing_isTriedAgainAfterABackoff_untilItAnswersOk() {
    double failedBefore = failed();
    ROBOT.script(Answer.REFUSE, Answer.HTTP_500);
    notifications.notifyGroup("dept-housing", "UNIT_YELLOW", "QY20260309-0002", "住建局办理明天到期");

    dispatcher.dispatch();
    Delivery first = only(DeliveryState.FAILED);
    assertThat(first.lastError()).contains("errcode 93000").doesNotContain("housing-key");
    assertThat(first.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));

    at(T0.plusSeconds(29));
    assertThat(dispatcher.dispatch()).as("not due before the backoff").isZero();
    at(T0.plusSeconds(30));
    dispatcher.dispatch();
    Delivery second = only(DeliveryState.FAILED);
    assertThat(second.attempts()).isEqualTo(2);
    assertThat(second.lastError()).contains("HTTP 500");
    assertThat(second.nextAttemptAt()).as("doubled").isEqualTo(T0.plusSeconds(90));

    at(T0.plusSeconds(90));
    dispatcher.dispatch();
    assertThat(only(DeliveryState.SENT).attempts()).isEqualTo(3);
    assertThat(ROBOT.received()).hasSize(3);
    assertThat(failed() - failedBefore).isEqualTo(2);
  }

  @Test
  void robotTimingOutEveryTime_givesUpAfterTheLastAttempt() {
    ROBOT.script(Answer.HANG, Answer.HANG, Answer.HANG);
    double gaveUpBefore = gaveUp();
    notifications.notifyGroup("dept-housing", "UNIT_RED", "QY20260309-0003", "住建局办理已超期");

    dispatcher.dispatch();
    at(T0.plusSeconds(30));
    dispatcher.dispatch();
    at(T0.plusSeconds(90));
    dispatcher.dispatch();

    Delivery gaveUp = only(DeliveryState.GAVE_UP);
    assertThat(gaveUp.attempts()).isEqualTo(3);
    assertThat(gaveUp.lastError()).contains("SocketTimeoutException").doesNotContain("housing-key");
    assertThat(gaveUp() - gaveUpBefore).isEqualTo(1);
    at(T0.plus(Duration.ofDays(1)));
    assertThat(dispatcher.dispatch()).as("never tried again").isZero();
  }

  @Test
  void stepThatFailsAfterNotifying_leavesNoNotification_andSendsNothing() {
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      notifications.notifyGroup("dept-housing", "HANDED_OVER", "QY20260309-0004", "请签收交办事项");
      throw new IllegalStateException("the step fails after notifying");
    })).hasMessageContaining("fails after notifying");

    assertThat(notifications.ofCase("QY20260309-0004")).isEmpty();
    assertThat(notifications.deliveries(null, 10)).isEmpty();
    assertThat(dispatcher.dispatch()).isZero();
    assertThat(ROBOT.received()).isEmpty();
  }

  @Test
  void backoffDoubles_upToTheCap() {
    NotificationProperties.Retry retry = PROPERTIES.retry();
    assertThat(List.of(retry.delayAfter(1), retry.delayAfter(2), retry.delayAfter(3), retry.delayAfter(40)))
        .containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(1), Duration.ofMinutes(1));
  }

  private double sent() {
    return meters.counter("steward.notifications.sent", "channel", "wechat").count();
  }

  private double failed() {
    return meters.counter("steward.notifications.failed", "channel", "wechat").count();
  }

  private double gaveUp() {
    return meters.counter("steward.notifications.gave.up", "channel", "wechat").count();
  }

  private Delivery only(DeliveryState state) {
    List<Delivery> all = notifications.deliveries(null, 10);
    assertThat(all).singleElement().satisfies(d -> assertThat(d.state()).isEqualTo(state));
    return all.get(0);
  }

  private static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
    assertThat(StewardClock.now()).isEqualTo(instant);
  }
}
