package org.steward.notification.process;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.steward.notification.NewTask;
import org.steward.notification.Notifications;

/**
 * Tells people about every user task created in any process, through the Camunda Spring eventing bridge: the engine
 * publishes each task event synchronously, inside the command that creates the task, so the notification commits or
 * rolls back with it. The case is the process's {@code caseNumber} (else its business key). A user task whose model
 * holds the extension property {@code newTaskNotification = none} is announced otherwise (the visit cycle tells each
 * officer once how many visits it has, not once per visit).
 */
@Component
@RequiredArgsConstructor
class NewTaskNotificationListener {

  static final String CASE_NUMBER = "caseNumber";
  /** The user task's extension property that, set to {@link #ANNOUNCED_OTHERWISE}, keeps this notification back. */
  static final String PROPERTY = "newTaskNotification";
  static final String ANNOUNCED_OTHERWISE = "none";

  private final Notifications notifications;

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
  public void taskCreated(DelegateTask task) {
    if (announcedOtherwise(task)) {
      return;
    }
    List<IdentityLink> candidates = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
    // from the execution, which holds its variables in memory: a new task would look its own (none) up first
    Object caseNumber = task.getExecution().getVariable(CASE_NUMBER);
    Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    notifications.newTask(new NewTask(task.getName(),
        caseNumber != null ? caseNumber.toString() : task.getExecution().getProcessBusinessKey(), task.getAssignee(),
        candidates.stream().map(IdentityLink::getUserId).filter(user -> user != null).toList(),
        candidates.stream().map(IdentityLink::getGroupId).filter(group -> group != null).toList(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant(),
        current == null ? null : current.getUserId()));
  }

  private static boolean announcedOtherwise(DelegateTask task) {
    UserTask model = task.getBpmnModelElementInstance();
    ExtensionElements extensions = model == null ? null : model.getExtensionElements();
    return extensions != null && extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(properties -> properties.getCamundaProperties().stream())
        .anyMatch(property -> PROPERTY.equals(property.getCamundaName())
            && ANNOUNCED_OTHERWISE.equals(property.getCamundaValue()));
  }
}
