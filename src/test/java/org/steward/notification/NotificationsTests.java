package org.steward.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.notification.delivery.Deliveries;
import org.steward.shared.NotFound;

@JdbcTest
@Import({Notifications.class, Deliveries.class, NotificationsTests.UsersOnly.class})
class NotificationsTests {

  @Autowired
  Notifications notifications;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PlatformTransactionManager transactionManager;

  /** A channel that reaches users other than liuyang, and no group. */
  static class UsersOnly implements NotificationSender {

    @Override
    public String channel() {
      return "users";
    }

    @Override
    public boolean reaches(String recipientKind, String recipient) {
      return Notification.USER.equals(recipientKind) && !"liuyang".equals(recipient);
    }

    @Override
    public void send(Notification notification) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void notifyingManyUsersAtOnce_isNotifyingEachOfThem() {
    notifications.notifyUsers(List.of("ent01", "liuyang", "ent02"), "POLICY_PUBLISHED", "QY20260302-0009", "新政策");
    notifications.notifyUsers(List.of(), "POLICY_PUBLISHED", "QY20260302-0009", "无人");

    List<Notification> told = notifications.ofCase("QY20260302-0009");
    assertThat(told).extracting(Notification::recipientKind, Notification::recipient, Notification::text)
        .containsExactlyInAnyOrder(tuple("USER", "ent01", "新政策"), tuple("USER", "liuyang", "新政策"),
            tuple("USER", "ent02", "新政策"));
    assertThat(jdbc.sql("""
            select n.recipient from notification_delivery d join notification n on n.id = d.notification_id
            where n.case_number = 'QY20260302-0009' and d.channel = 'users' and d.state = 'PENDING'""")
        .query(String.class).list()).as("as notifyUser would open them").containsExactlyInAnyOrder("ent01", "ent02");
  }

  @Test
  void aTextLongerThanTheColumn_isCutTo500Characters_forOneUserForManyAndForAGroup() {
    String reason = "转办原因：" + "诉".repeat(2000);
    notifications.notifyUser("zhangwei", "TRANSFERRED", "QY20260302-0010", reason);
    notifications.notifyUsers(List.of("ent01", "ent02"), "COPIED", "QY20260302-0010", reason);
    notifications.notifyGroup("dept-water", "SITE_VISIT_DUE", "QY20260302-0010", reason);

    assertThat(notifications.ofCase("QY20260302-0010")).hasSize(4).extracting(Notification::text)
        .allSatisfy(text -> assertThat(text).startsWith("转办原因：诉").endsWith("…").hasSize(500));
  }

  @Test
  void userSeesOwnAndGroupNotifications_andMarksThemRead() {
    notifications.notifyUser("zhangwei", "RESPONSE_REMINDER", "QY20260302-0001", "请尽快签收诉求");
    notifications.notifyGroup("supervisors", "UNIT_OVERDUE", "QY20260302-0001", "住建局办理已超期");
    notifications.notifyUser("liuyang", "RESPONSE_REMINDER", "QY20260302-0002", "请尽快签收诉求");

    List<Notification> mine = notifications.forUser("zhangwei", List.of("supervisors"), true, 10);
    assertThat(mine).extracting(Notification::kind).containsExactlyInAnyOrder("RESPONSE_REMINDER", "UNIT_OVERDUE");

    notifications.markRead(mine.get(0).id(), "zhangwei", List.of("supervisors"));

    assertThat(notifications.forUser("zhangwei", List.of("supervisors"), true, 10)).hasSize(1);
    assertThat(notifications.forUser("zhangwei", List.of("supervisors"), false, 10)).hasSize(2);
    assertThat(notifications.ofCase("QY20260302-0001")).hasSize(2);
  }

  @Test
  void someoneElsesNotification_cannotBeMarkedRead() {
    notifications.notifyUser("liuyang", "RESPONSE_REMINDER", "QY20260302-0003", "请尽快签收诉求");
    long id = notifications.ofCase("QY20260302-0003").get(0).id();

    assertThatThrownBy(() -> notifications.markRead(id, "zhangwei", List.of())).isInstanceOf(NotFound.class);
    assertThat(notifications.ofCase("QY20260302-0003").get(0).readAt()).isNull();
  }

  @Test
  void newTask_isToldToItsAssigneeOnce_notToTheCandidateGroups() {
    notifications.newTask(new NewTask("签收诉求｜QY20260302-0004", "QY20260302-0004", "zhangwei", List.of(),
        List.of("officers"), Instant.parse("2026-03-03T02:00:00Z"), null));

    assertThat(notifications.ofCase("QY20260302-0004")).singleElement().satisfies(n -> {
      assertThat(n.recipient()).isEqualTo("zhangwei");
      assertThat(n.kind()).isEqualTo(Notifications.TASK_CREATED);
      assertThat(n.text()).isEqualTo("您有新的待办任务：签收诉求｜QY20260302-0004，请于 2026-03-03 10:00 前办理");
    });
  }

  @Test
  void newTaskWithoutAssignee_isToldToEachCandidate_butNotToWhoeverCreatedIt() {
    notifications.newTask(new NewTask("签收交办事项", "QY20260302-0005", null, List.of("liuyang", "zhangwei"),
        List.of("dept-housing", "dept-water"), null, "zhangwei"));
    notifications.newTask(new NewTask("答复企业", "QY20260302-0005", "zhangwei", List.of(), List.of(), null,
        "zhangwei"));
    notifications.newTask(new NewTask(null, "QY20260302-0005", "liuyang", List.of(), List.of(), null, "zhangwei"));

    assertThat(notifications.ofCase("QY20260302-0005")).extracting(Notification::recipientKind, Notification::recipient)
        .containsExactly(tuple("USER", "liuyang"), tuple("GROUP", "dept-housing"), tuple("GROUP", "dept-water"),
            tuple("USER", "liuyang"));
    assertThat(notifications.ofCase("QY20260302-0005").get(3).text()).isEqualTo("您有新的待办任务：（未命名任务）");
  }

  @Test
  void aNoticeOfTheStep_tellsOfTheNewTaskItCreatesForTheSamePeopleInTheSameCase() {
    notifications.notifyGroup("dept-housing", "HANDED_OVER", "QY20260302-0011", "诉求已交办贵单位牵头办理");
    notifications.notifyUser("chenjianguo", "RESPONSE_OVERDUE", "QY20260302-0011", "请督促");
    notifications.notifyUsers(List.of("ent01"), "REQUEST_REPLIED", "QY20260302-0011", "请评价");

    notifications.newTask(new NewTask("签收并办理", "QY20260302-0011", null, List.of("ent01", "liuyang"),
        List.of("dept-housing", "dept-water"), null, null));
    notifications.newTask(new NewTask("督促首次响应", "QY20260302-0011", "chenjianguo", List.of(), List.of(), null, null));
    notifications.newTask(new NewTask("督促首次响应", "QY20260302-0012", "chenjianguo", List.of(), List.of(), null, null));
    notifications.newTask(new NewTask("签收并办理", "QY20260302-0011", "zhangwei", List.of(), List.of(), null, null));

    assertThat(notifications.ofCase("QY20260302-0011")).extracting(Notification::recipient, Notification::kind)
        .containsExactly(tuple("dept-housing", "HANDED_OVER"), tuple("chenjianguo", "RESPONSE_OVERDUE"),
            tuple("ent01", "REQUEST_REPLIED"), tuple("liuyang", Notifications.TASK_CREATED),
            tuple("dept-water", Notifications.TASK_CREATED), tuple("zhangwei", Notifications.TASK_CREATED));
    assertThat(notifications.ofCase("QY20260302-0012")).as("another case")
        .extracting(Notification::recipient, Notification::kind)
        .containsExactly(tuple("chenjianguo", Notifications.TASK_CREATED));
  }

  @Test
  void aNewTask_isToldWhenTheNoticeWasOfAnotherTransaction_orItselfANewTask() {
    notifications.notifyUser("wangjing", "URGE", "QY20260302-0013", "请尽快办理");
    notifications.newTask(new NewTask("答复企业", "QY20260302-0013", "lijun", List.of(), List.of(), null, null));
    TransactionTemplate inner = new TransactionTemplate(transactionManager);
    inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    inner.executeWithoutResult(status -> {
      notifications.newTask(new NewTask("答复企业", "QY20260302-0013", "wangjing", List.of(), List.of(), null, null));
      notifications.newTask(new NewTask("回访", "QY20260302-0013", "lijun", List.of(), List.of(), null, null));
      assertThat(notifications.ofCase("QY20260302-0013")).as("a transaction of its own, which sees none of the "
              + "suspended one's rows").extracting(Notification::recipient, Notification::text)
          .containsExactly(tuple("wangjing", "您有新的待办任务：答复企业"), tuple("lijun", "您有新的待办任务：回访"));
      status.setRollbackOnly();
    });
    notifications.newTask(new NewTask("答复企业", "QY20260302-0013", "wangjing", List.of(), List.of(), null, null));
    notifications.newTask(new NewTask("回访", "QY20260302-0013", "lijun", List.of(), List.of(), null, null));

    assertThat(notifications.ofCase("QY20260302-0013")).as("back in the first transaction, which told wangjing")
        .extracting(Notification::recipient, Notification::kind)
        .containsExactly(tuple("wangjing", "URGE"), tuple("lijun", Notifications.TASK_CREATED),
            tuple("lijun", Notifications.TASK_CREATED));
  }

  @Test
  void unreadCount_andMarkAllRead_coverTheUserAndItsGroups_only() {
    notifications.notifyUser("wangjing", "UNIT_RED", "QY20260302-0006", "红灯");
    notifications.notifyGroup("dept-power", "UNIT_RED", "QY20260302-0006", "红灯");
    notifications.notifyGroup("dept-water", "UNIT_RED", "QY20260302-0006", "红灯");

    assertThat(notifications.unreadCount("wangjing", List.of("dept-power"))).isEqualTo(2);
    assertThat(notifications.markAllRead("wangjing", List.of("dept-power"))).isEqualTo(2);

    assertThat(notifications.unreadCount("wangjing", List.of("dept-power"))).isZero();
    assertThat(notifications.unreadCount("water01", List.of("dept-water"))).isEqualTo(1);
  }
}
