package org.steward.supervision.process;

import java.util.List;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import org.steward.shared.Texts;

/**
 * The open tasks of a case and who holds them. Every process of a case carries the case number as business key (the
 * request, its department-handling and joint-meeting sub-instances, convenings, supervision orders, a project's
 * milestones), so one query by business key finds them all. Callers run it as Steward (no engine user).
 */
@Component
@RequiredArgsConstructor
public class CaseTasks {

  /** Tasks are named "签收诉求｜case number｜enterprise" by the engine; the plain name is the part before this. */
  private static final String NAME_SEPARATOR = "｜";
  /** What an urged task's name starts with, in the task list and in the 已催办 filter. */
  public static final String URGED = "【已催办】";
  private static final int MAX_NAME = 255;

  private final TaskService tasks;

  /** The case's active tasks, oldest first, each with its assignee or, unassigned, its candidate groups and users. */
  public List<HeldTask> open(String caseNumber) {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).active().orderByTaskCreateTime().asc()
        .list().stream()
        .map(task -> {
          List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId()).stream()
              .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
          String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
          name = name.startsWith(URGED) ? name.substring(URGED.length()) : name;
          int cut = name.indexOf(NAME_SEPARATOR);
          return new HeldTask(task.getId(), cut < 0 ? name : name.substring(0, cut), task.getAssignee(),
              links.stream().map(IdentityLink::getGroupId).filter(g -> g != null).toList(),
              links.stream().map(IdentityLink::getUserId).filter(u -> u != null).toList());
        })
        .toList();
  }

  /**
   * Shows an urge where the task's holder works: 【已催办】 before the task's name in the task list (once), and the urge as
   * a comment in the task's history. Comments are kept to the engine's 4,000 characters.
   */
  public void markUrged(String taskId, String comment) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return;
    }
    String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
    if (!name.startsWith(URGED)) {
      task.setName(Texts.shorten(URGED + name, MAX_NAME));
      tasks.saveTask(task);
    }
    tasks.createComment(taskId, task.getProcessInstanceId(), Texts.shorten(comment, 4000));
  }

  /** An open task: its plain name, assignee (or null), and candidate groups and users. */
  public record HeldTask(String id, String name, String assignee, List<String> candidateGroups,
      List<String> candidateUsers) {
  }
}
