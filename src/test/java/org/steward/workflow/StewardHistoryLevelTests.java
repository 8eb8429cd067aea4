package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.core.model.Properties;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

class StewardHistoryLevelTests {

  private final StewardHistoryLevel level = new StewardHistoryLevel();

  @Test
  void activitiesPeopleAndEventsActIn_areRecorded_automaticStepsAreNot() {
    for (String type : new String[] {ActivityTypes.TASK_USER_TASK, ActivityTypes.CALL_ACTIVITY,
        ActivityTypes.SUB_PROCESS, ActivityTypes.BOUNDARY_TIMER, ActivityTypes.END_EVENT_ESCALATION,
        ActivityTypes.END_EVENT_TERMINATE, ActivityTypes.INTERMEDIATE_EVENT_MESSAGE}) {
      assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_START, at(type))).as(type).isTrue();
      assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_END, at(type))).as(type).isTrue();
    }
    for (String type : new String[] {ActivityTypes.TASK_SERVICE, ActivityTypes.GATEWAY_EXCLUSIVE,
        ActivityTypes.GATEWAY_PARALLEL, ActivityTypes.START_EVENT, ActivityTypes.END_EVENT_NONE}) {
      assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_START, at(type))).as(type).isFalse();
      assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_END, at(type))).as(type).isFalse();
    }
  }

  @Test
  void processInstancesTasksAndVariables_areRecorded_butNotUpdatesJobsMultiInstanceCountersOrChoiceLists() {
    ExecutionEntity serviceStep = at(ActivityTypes.TASK_SERVICE);
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.PROCESS_INSTANCE_START, serviceStep)).isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.TASK_INSTANCE_CREATE, null)).isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, variable("caseNumber")))
        .isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, variable("nrOfInstances")))
        .isFalse();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, variable("loopCounter")))
        .isFalse();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, variable("title")))
        .isFalse();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, variable("officerOptions")))
        .isFalse();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_DELETE, variable("officerOptions")))
        .isFalse();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, variable("officer")))
        .isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_CREATE, null)).isFalse();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_FAIL, null)).isTrue();
  }

  @Test
  void aDelegatesInputParameter_isNotHistory_whatAStepWritesToTheCaseIs() {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setCustomHistoryLevels(List.of(level));
    configuration.setHistory(StewardHistoryLevel.NAME);
    configuration.setJdbcUrl("jdbc:h2:mem:history-level;DB_CLOSE_DELAY=-1");
    configuration.setProcessEngineName("history-level");
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      // the deadline timers' shape: a service step reads its input parameter and writes the case's light
      BpmnModelInstance model = Bpmn.createExecutableProcess("lights").startEvent()
          .serviceTask("signal").camundaInputParameter("subject", "response")
          .camundaExpression("${execution.setVariable('light', execution.getVariableLocal('subject'))}")
          .serviceTask("local").camundaExpression("${execution.setVariableLocal('note', 'kept')}")
          .userTask("wait").endEvent().done();
      engine.getRepositoryService().createDeployment().addModelInstance("lights.bpmn", model).deploy();
      ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("lights",
          Map.of("caseNumber", "QY20260511-0001"));

      assertThat(engine.getRuntimeService().getVariables(instance.getId())).containsEntry("light", "response")
          .doesNotContainKey("subject");
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().list())
          .extracting(variable -> variable.getName() + "=" + variable.getValue())
          .containsExactlyInAnyOrder("caseNumber=QY20260511-0001", "light=response", "note=kept");
    } finally {
      engine.close();
    }
  }

  private static ExecutionEntity at(String activityType) {
    ActivityImpl activity = mock(ActivityImpl.class);
    Properties properties = new Properties();
    properties.set(BpmnProperties.TYPE, activityType);
    when(activity.getProperties()).thenReturn(properties);
    ExecutionEntity execution = mock(ExecutionEntity.class);
    when(execution.getActivity()).thenReturn(activity);
    return execution;
  }

  private static VariableInstanceEntity variable(String name) {
    VariableInstanceEntity variable = mock(VariableInstanceEntity.class);
    when(variable.getName()).thenReturn(name);
    return variable;
  }
}
