package org.steward.notification.process;

import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.steward.shared.DesignerDelegate;
import org.steward.notification.Notifications;
import org.steward.shared.Texts;

/**
 * 发送通知, for designers (element template "发送通知"): tells a user ({@code user}) or a group ({@code group}) the
 * {@code text} about this instance's case, as notification {@code kind}. All three are the service task's input
 * parameters, and may be expressions over the instance's variables.
 */
@Component
@RequiredArgsConstructor
class NotifyDelegate implements DesignerDelegate {

  static final String USER = "user";
  static final String GROUP = "group";
  static final String KIND = "kind";
  static final String TEXT = "text";
  /** The notification table's limit of a kind; a long text is cut where notifications are stored. */
  private static final int MAX_KIND = 40;

  private final Notifications notifications;

  @Override
  public Set<String> parameters() {
    return Set.of(USER, GROUP, KIND, TEXT);
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kind = Texts.shorten(required(execution, KIND), MAX_KIND);
    String text = required(execution, TEXT);
    String caseNumber = execution.getProcessBusinessKey();
    if (execution.getVariableLocal(USER) instanceof String user && !user.isBlank()) {
      notifications.notifyUser(user, kind, caseNumber, text);
    } else if (execution.getVariableLocal(GROUP) instanceof String group && !group.isBlank()) {
      notifications.notifyGroup(group, kind, caseNumber, text);
    } else {
      throw new IllegalStateException(execution.getCurrentActivityId() + " needs the input parameter user or group");
    }
  }

  private static String required(DelegateExecution execution, String name) {
    if (execution.getVariableLocal(name) instanceof String value && !value.isBlank()) {
      return value;
    }
    throw new IllegalStateException(execution.getCurrentActivityId() + " needs the input parameter " + name);
  }
}
