package org.steward.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.COOPERATING_DEPARTMENTS;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;
import static org.steward.request.process.EnterpriseRequestProcess.DECISION;
import static org.steward.request.process.EnterpriseRequestProcess.FIRST_ANSWER;
import static org.steward.request.process.EnterpriseRequestProcess.LEAD_DEPARTMENT;
import static org.steward.request.process.EnterpriseRequestProcess.TIME_LIMIT;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.ApiCalls;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.directory.DirectoryManagement;
import org.steward.notification.delivery.NotificationDispatcher;
import org.steward.notification.delivery.RobotStub;
import org.steward.request.RequestFixtures;
import org.steward.request.RequestIntake;
import org.steward.shared.StewardClock;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Notifications end to end on PostgreSQL: a real enterprise request tells its officer about the new task in the
 * engine's transaction, the dispatcher delivers through the log, e-mail (GreenMail) and a stubbed 企业微信 robot of the
 * department the case is handed over to, and the officer reads them through {@code /api/notifications}. A step that
 * rolls back tells nobody.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class NotificationIT {

  private static final RobotStub ROBOT = RobotStub.start();
  private static final GreenMail SMTP = smtp();

  @DynamicPropertySource
  static void robotOfTheResourcesDepartment_andAMailServer(DynamicPropertyRegistry properties) {
    properties.add("steward.notification.wechat.webhooks.dept-resources", () -> ROBOT.webhook("resources-key"));
    properties.add("steward.notification.mail.enabled", () -> "true");
    properties.add("spring.mail.host", () -> "localhost");
    properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @Autowired
  TestRestTemplate http;
  ApiCalls api;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  RequestIntake requests;
  @Autowired
  Notifications notifications;
  @Autowired
  NotificationDispatcher dispatcher;
  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;
  @Autowired
  IdentityService identity;
  @Autowired
  TransactionTemplate transaction;

  long ent01;

  @BeforeEach
  void setUp() {
    api = new ApiCalls(http, "demo");
    ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 4, 14, 10, 0, 0, 0, StewardClock.ZONE).toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  @AfterAll
  static void stopRobotAndMailServer() {
    ROBOT.close();
    SMTP.stop();
  }

  @Test
  void officersNewTask_isDeliveredAndRead_handoverReachesTheDepartmentsRobot() throws Exception {
    String caseNumber = api.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, "新增用电负荷"),
        HttpStatus.CREATED).path("caseNumber").asText();

    List<Notification> told = notifications.ofCase(caseNumber);
    assertThat(told).as("the submission's notice, which tells of its 签收诉求 task too")
        .extracting(Notification::recipient, Notification::kind)
        .containsExactly(tuple("zhangwei", "REQUEST_SUBMITTED"));
    Notification submitted = told.get(0);
    assertThat(submitted.text()).isEqualTo("新诉求待签收，请于 4月15日 10:00 前签收并首次答复：新增用电负荷");

    dispatcher.dispatch();
    assertThat(deliveries(caseNumber)).isNotEmpty().allSatisfy(d -> {
      assertThat(d.channel()).isIn("log", "mail");
      assertThat(d.state()).isEqualTo(DeliveryState.SENT);
    });
    assertThat(SMTP.getReceivedMessages()).filteredOn(m -> subject(m).contains(caseNumber))
        .singleElement().satisfies(m -> {
          assertThat(subject(m)).as("the text names the request's title, so the subject need not")
              .isEqualTo("【服务管家】新诉求：" + caseNumber);
          assertThat(m.getAllRecipients()).containsExactly(new InternetAddress("zhangwei@steward.example.org"));
        });

    JsonNode unread = api.call("zhangwei", HttpMethod.GET, "/api/notifications?unread=true", null, HttpStatus.OK);
    assertThat(unread.findValuesAsText("id")).contains(String.valueOf(submitted.id()));
    long before = api.call("zhangwei", HttpMethod.GET, "/api/notifications/unread-count", null, HttpStatus.OK)
        .path("unread").asLong();
    api.call("zhangwei", HttpMethod.POST, "/api/notifications/" + submitted.id() + "/read", null,
        HttpStatus.NO_CONTENT);
    assertThat(api.call("zhangwei", HttpMethod.GET, "/api/notifications?unread=true", null, HttpStatus.OK)
        .findValuesAsText("id")).doesNotContain(String.valueOf(submitted.id()));
    assertThat(api.call("zhangwei", HttpMethod.GET, "/api/notifications/unread-count", null, HttpStatus.OK)
        .path("unread").asLong()).isEqualTo(before - 1);

    complete("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, Map.of(FIRST_ANSWER, "已收到，张伟负责跟进。"));
    complete("zhangwei", caseNumber, DECIDE_HANDLING, Map.of(DECISION, "HAND_OVER", LEAD_DEPARTMENT, "resources",
        COOPERATING_DEPARTMENTS, "housing", TIME_LIMIT, 10));
    assertThat(notifications.ofCase(caseNumber)).as("zhangwei completed into 决定办理方式 himself; the hand-over's "
            + "notice tells each department of its 签收并办理 task")
        .extracting(Notification::recipient, Notification::kind)
        .containsExactly(tuple("zhangwei", "REQUEST_SUBMITTED"), tuple("dept-resources", "HANDED_OVER"),
            tuple("dept-housing", "HANDED_OVER"));

    dispatcher.dispatch();
    assertThat(deliveries(caseNumber)).filteredOn(d -> d.channel().equals("wechat"))
        .singleElement().satisfies(d -> {
          assertThat(d.recipient()).isEqualTo("dept-resources");
          assertThat(d.state()).isEqualTo(DeliveryState.SENT);
        });
    assertThat(ROBOT.received()).as("one post for one hand-over").filteredOn(body -> body.contains(caseNumber))
        .singleElement().satisfies(body -> assertThat(body).as("the department learns what the case is about")
            .contains("【服务管家】交办：" + caseNumber + "「新增用电负荷」").contains("已交办贵单位牵头办理"));

    JsonNode department = api.call("resources01", HttpMethod.GET, "/api/notifications?unread=true", null,
        HttpStatus.OK);
    assertThat(department.findValuesAsText("caseNumber")).contains(caseNumber);
    assertThat(api.call("resources01", HttpMethod.POST, "/api/notifications/read-all", null, HttpStatus.OK)
        .path("marked").asInt()).isPositive();
    assertThat(api.call("resources01", HttpMethod.GET, "/api/notifications/unread-count", null, HttpStatus.OK)
        .path("unread").asLong()).isZero();

    api.call("zhangwei", HttpMethod.GET, "/api/notifications/deliveries?state=SENT", null, HttpStatus.FORBIDDEN);
    assertThat(api.call("admin", HttpMethod.GET, "/api/notifications/deliveries?state=SENT&limit=200", null,
        HttpStatus.OK).findValuesAsText("caseNumber")).contains(caseNumber);
  }

  @Test
  void submissionThatRollsBack_leavesNoNotification_andSendsNothing() {
    AtomicReference<String> caseNumber = new AtomicReference<>();
    assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
      caseNumber.set(requests.submit(RequestFixtures.request(ent01, "停车位不足"), "ent01", null).request()
          .caseNumber());
      assertThat(notifications.ofCase(caseNumber.get())).as("written in the step's transaction").isNotEmpty();
      throw new IllegalStateException("a later part of the step fails");
    })).hasMessageContaining("later part");

    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber.get()).count()).isZero();
    assertThat(notifications.ofCase(caseNumber.get())).isEmpty();
    assertThat(deliveries(caseNumber.get())).isEmpty();
    dispatcher.dispatch();
    assertThat(ROBOT.received()).noneMatch(body -> body.contains(caseNumber.get()));
  }

  private List<Delivery> deliveries(String caseNumber) {
    return notifications.deliveries(null, 200).stream().filter(d -> caseNumber.equals(d.caseNumber())).toList();
  }

  /** The user completes their one task of that kind in the case, as themselves (Camunda authorizations apply). */
  private void complete(String user, String caseNumber, String taskKey, Map<String, Object> variables) {
    identity.setAuthentication(user, List.of("officers"));
    try {
      String id = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
          .singleResult().getId();
      tasks.complete(id, variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static GreenMail smtp() {
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    return smtp;
  }
}
