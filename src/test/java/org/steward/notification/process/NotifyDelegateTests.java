package org.steward.notification.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.steward.notification.Notifications;

/** The designers' 发送通知: a user or a group, the text cut to what the table holds, nothing without a recipient. */
class NotifyDelegateTests {

  private final Notifications notifications = mock(Notifications.class);
  private final NotifyDelegate delegate = new NotifyDelegate(notifications);

  @Test
  void tellsTheUser_whenOneIsNamed() {
    delegate.execute(execution(Map.of("user", "zhangwei", "group", "", "kind", "SITE_VISIT_DUE", "text", "请踏勘")));

    verify(notifications).notifyUser("zhangwei", "SITE_VISIT_DUE", "QY20261204-0001", "请踏勘");
  }

  @Test
  void tellsTheGroup_whenNoUserIsGiven_theTextAsWritten() {
    delegate.execute(execution(Map.of("user", " ", "group", "dept-water", "kind", "SITE_VISIT_DUE",
        "text", "长".repeat(600))));

    verify(notifications).notifyGroup("dept-water", "SITE_VISIT_DUE", "QY20261204-0001", "长".repeat(600));
  }

  @Test
  void refusesAStepWithoutRecipientOrText() {
    assertThatThrownBy(() -> delegate.execute(execution(Map.of("kind", "X", "text", "内容"))))
        .hasMessageContaining("user or group");
    assertThatThrownBy(() -> delegate.execute(execution(Map.of("user", "zhangwei", "kind", "X"))))
        .hasMessageContaining("text");
    verifyNoInteractions(notifications);
  }

  private static DelegateExecution execution(Map<String, Object> parameters) {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getProcessBusinessKey()).thenReturn("QY20261204-0001");
    when(execution.getCurrentActivityId()).thenReturn("ServiceTask_Notify");
    when(execution.getVariableLocal(any())).thenAnswer(call -> parameters.get(call.<String>getArgument(0)));
    return execution;
  }
}
