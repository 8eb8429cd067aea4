package org.steward.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task of every model a listener of Steward's own, at parse time: a built-in listener, run before the
 * listeners the model declares for the same event, so models declare nothing for it.
 */
final class EveryUserTask {

  private EveryUserTask() {
  }

  /** Adds {@code listener} for {@code event} ({@link TaskListener#EVENTNAME_CREATE}, …) to every user task parsed. */
  static void listen(ProcessEngineConfigurationImpl configuration, String event, TaskListener listener) {
    listen(configuration, event, definition -> true, listener);
  }

  /** Adds {@code listener} for {@code event} to the user tasks parsed whose definition {@code which} accepts. */
  static void listen(ProcessEngineConfigurationImpl configuration, String event, Predicate<TaskDefinition> which,
      TaskListener listener) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        if (which.test(definition)) {
          definition.addBuiltInTaskListener(event, listener);
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
