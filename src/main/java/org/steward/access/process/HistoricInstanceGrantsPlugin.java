package org.steward.access.process;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Lets the engine's history follow the case scope: historic instance permissions are on (application.yaml), and when
 * any process instance starts or any user task is created, the case's readers get READ on the case's historic process
 * instances ({@link HistoricInstanceGrants}). Task creation catches readers who joined since the start (an officer
 * taking a case from the queue, a department handed a unit). Task holders get no historic task grants
 * ({@link CaseScopedTaskAuthorizations}), which would read past the case scope.
 */
@Component
@RequiredArgsConstructor
class HistoricInstanceGrantsPlugin extends AbstractProcessEnginePlugin {

  private final HistoricInstanceGrants grants;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new CaseScopedTaskAuthorizations());
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    ExecutionListener onStart = grants::grant;
    TaskListener onTask = task -> grants.grant(task.getExecution());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addListener(ExecutionListener.EVENTNAME_START, onStart);
      }

      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_CREATE, onTask);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
