package org.steward.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.steward.timeline.Timeline;

/**
 * Remembers, on every user task of every model, who completed it ({@link ProcessValues#COMPLETED_BY}, transient): the
 * logged-in user, else the assignee, else {@code system} (Steward completing a task itself). It runs before the
 * model's own complete listeners, so they and the service step after the task read the completer without a model
 * declaring anything.
 */
@Component
public class TaskCompleterPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_COMPLETE, TaskCompleterPlugin::remember);
  }

  static void remember(DelegateTask task) {
    String user = Actors.current(task.getProcessEngineServices());
    String who = user != null ? user : task.getAssignee() != null ? task.getAssignee() : Timeline.SYSTEM;
    // transient: the listeners and the service step right after read it in the same transaction
    task.getExecution().setVariable(ProcessValues.COMPLETED_BY, Variables.stringValue(who, true));
  }
}
