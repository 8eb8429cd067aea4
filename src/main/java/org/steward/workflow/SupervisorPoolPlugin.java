package org.steward.workflow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import org.steward.directory.StewardGroups;

/**
 * The supervisors' pool holds what no supervisor holds: a task the models offer to {@code supervisors} leaves the
 * group's pool while someone has it, and goes back when it is given back (docs/benchmarks.md fix 26, issue 18).
 * <p>
 * The models give most supervision tasks to a supervisor ({@code camunda:assignee="${supervisor}"}, 督办逾期事项 through
 * its listener) and name the group for when there is none. Camunda keeps a group's candidate link on a task someone
 * has, so the group linked every 督办 task of the city (16,003 at 100,000 open cases), and every supervisor's 我的待办
 * read all of them to keep the few unclaimed. The group's permission to work on the task stays (Camunda keeps grants
 * when a link goes): a colleague can still complete it over engine-rest, as before. A department's queue is not a
 * pool of this kind: 本部门待办 shows the department what its staff have signed for.
 */
@Component
public class SupervisorPoolPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_ASSIGNMENT, SupervisorPoolPlugin::offeredToSupervisors,
        SupervisorPoolPlugin::assigned);
  }

  /** A task whose model names the supervisors' group among its candidates (the parser keeps one expression each). */
  static boolean offeredToSupervisors(TaskDefinition definition) {
    return definition.getCandidateGroupIdExpressions().stream().map(Expression::getExpressionText)
        .anyMatch(StewardGroups.SUPERVISORS::equals);
  }

  static void assigned(DelegateTask task) {
    // the task's own list of links, not a query: a task assigned as it is created has links not yet written
    TaskEntity entity = (TaskEntity) task;
    List<IdentityLinkEntity> pool = entity.getIdentityLinks().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
            && StewardGroups.SUPERVISORS.equals(link.getGroupId()))
        .toList();
    if (task.getAssignee() == null) {
      if (pool.isEmpty()) {
        task.addCandidateGroup(StewardGroups.SUPERVISORS);
      }
      return;
    }
    pool.forEach(link -> {
      link.delete();
      entity.getIdentityLinks().remove(link);
    });
  }
}
