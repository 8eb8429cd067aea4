package org.steward.security.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.steward.shared.InvalidInput;

/** The text rule on every String variable a bare engine with the plugin writes, through any call. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextVariablesPluginTests {

  private ProcessEngine engine;
  private String instance;

  @BeforeAll
  void engineWithThePlugin() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("text-variables")
        .setJdbcUrl("jdbc:h2:mem:text-variables;DB_CLOSE_DELAY=-1")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.getProcessEnginePlugins().add(new TextVariablesPlugin());
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("waiting.bpmn",
        Bpmn.createExecutableProcess("waiting").camundaHistoryTimeToLive(1).startEvent().userTask("UserTask_Wait")
            .endEvent().done()).deploy();
    instance = engine.getRuntimeService().startProcessInstanceByKey("waiting", Variables.putValue("note", "原值"))
        .getId();
  }

  @AfterAll
  void closeEngine() {
    engine.close();
  }

  @Test
  void textOf4000Characters_withLineBreaksAndTabs_isStoredWhole() {
    // H2 counts UTF-16 units where PostgreSQL counts characters: texts outside the BMP are tested on PostgreSQL
    String text = "长".repeat(3996) + "\n\t\r末";

    engine.getRuntimeService().setVariable(instance, "long", text);

    assertThat(engine.getRuntimeService().getVariable(instance, "long")).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "\u0007", "x\uD800", "\uFFFF", "\u0085"})
  void forbiddenCharacter_isRefusedNamingTheVariable_andTheOldValueStays(String text) {
    assertThatThrownBy(() -> engine.getRuntimeService().setVariable(instance, "note", text))
        .isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.violations()).singleElement()
            .satisfies(v -> {
              assertThat(v.field()).isEqualTo("note");
              assertThat(v.code()).isEqualTo("task.variable.control-character");
            }));
    assertThat(engine.getRuntimeService().getVariable(instance, "note")).isEqualTo("原值");
  }

  @Test
  void textOf4001Characters_isRefusedAtStartAndOnATask_andNothingIsWritten() {
    String tooLong = "长".repeat(4001);
    long instances = engine.getRuntimeService().createProcessInstanceQuery().count();

    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("waiting",
        Map.of("description", tooLong))).isInstanceOfSatisfying(InvalidInput.class,
            refused -> assertThat(refused.violations().get(0).code()).isEqualTo("task.variable.too-long"));
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
    assertThatThrownBy(() -> engine.getTaskService().setVariableLocal(task, "answer", tooLong))
        .isInstanceOf(InvalidInput.class);

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(engine.getTaskService().getVariableLocal(task, "answer")).isNull();
  }
}
