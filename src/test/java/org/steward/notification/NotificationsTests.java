package org.steward.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.steward.shared.NotFound;

@JdbcTest
@Import(Notifications.class)
class NotificationsTests {

  @Autowired
  Notifications notifications;

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
}
