package org.steward.security.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.steward.shared.InvalidInput;
import org.steward.shared.TaskNoLongerOpen;
import org.steward.workflow.TaskCompletionRefused;
import org.steward.workflow.TestTaskRefusals;

/** The guard installed in a bare engine: every way of completing a task meets it, and a refusal changes nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompletionGuardTests {

  private static final String FORM = """
      {"id": "handle", "components": [
        {"type": "textfield", "key": "caseNumber", "label": "诉求编号", "readonly": true},
        {"type": "textarea", "key": "feedback", "label": "办理结果"}]}
      """;

  private ProcessEngine engine;
  private String instance;

  @BeforeAll
  void engineWithTheGuard() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("completion-guard")
        .setJdbcUrl("jdbc:h2:mem:completion-guard;DB_CLOSE_DELAY=-1")
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.getProcessEnginePlugins()
        .add(new CompletionGuardPlugin(TestTaskRefusals.reading("messages-security")));
    engine = configuration.buildProcessEngine();
    BpmnModelInstance model = Bpmn.createExecutableProcess("handling").camundaHistoryTimeToLive(1)
        .startEvent().userTask("UserTask_Handle").camundaFormRef("handle").camundaFormRefBinding("latest")
        .serviceTask("ServiceTask_RecordFeedback").camundaClass(RecordFeedback.class.getName())
        .endEvent().done();
    engine.getRepositoryService().createDeployment().addModelInstance("handling.bpmn", model)
        .addString("handle.form", FORM).deploy();
  }

  @BeforeEach
  void caseWaitingAtItsTask() {
    instance = engine.getRuntimeService().startProcessInstanceByKey("handling",
        Variables.putValue("caseNumber", "Q-1").putValue("unitId", 7L)).getId();
  }

  @AfterAll
  void closeEngine() {
    engine.close();
  }

  @Test
  void complete_withAVariableNotOnTheForm_isRefusedByName_andChangesNothing() {
    String task = task();

    assertThatThrownBy(() -> engine.getTaskService().complete(task, Map.of("feedback", "伪造", "unitId", 8L)))
        .isInstanceOfSatisfying(TaskCompletionRefused.class, refused -> {
          assertThat(refused.violations()).singleElement()
              .satisfies(v -> assertThat(v.field()).isEqualTo("unitId"));
          assertThat(refused.getMessage()).isEqualTo("任务未完成：unitId：不是本任务表单的字段，未作任何更改");
        });
    assertThat(task()).isEqualTo(task);
    assertThat(engine.getRuntimeService().getVariables(instance)).containsOnly(
        Map.entry("caseNumber", "Q-1"), Map.entry("unitId", 7L));
  }

  @Test
  void badInputTheStepAfterTheTaskFinds_isTheTasksRefusal_labelledAsTheFormLabelsIt_andTheTaskStays() {
    String task = task();

    for (Runnable completion : List.<Runnable>of(
        () -> engine.getTaskService().complete(task, Map.of("feedback", " ")),
        () -> engine.getFormService().submitTaskForm(task, Map.of("feedback", " ")))) {
      assertThatThrownBy(completion::run).isInstanceOfSatisfying(TaskCompletionRefused.class, refused -> {
        assertThat(refused.getMessage()).startsWith("任务未完成：办理结果：");
        assertThat(refused.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("feedback"));
        assertThat(refused).hasCauseInstanceOf(InvalidInput.class);
      });
    }
    assertThat(task()).isEqualTo(task);
    assertThat(engine.getRuntimeService().getVariables(instance)).doesNotContainKey("feedback");
  }

  /** The step after the task: refuses blank feedback, as a capability's service step does. */
  public static class RecordFeedback implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      if (String.valueOf(execution.getVariable("feedback")).isBlank()) {
        throw new InvalidInput("feedback", "NotBlank");
      }
    }
  }

  @Test
  void everyWayOfCompleting_meetsTheGuard() {
    String task = task();
    Map<String, Object> forged = Map.of("unitId", 8L);

    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(task, forged))
        .isInstanceOf(TaskCompletionRefused.class);
    assertThatThrownBy(() -> engine.getTaskService().completeWithVariablesInReturn(task, forged, false))
        .isInstanceOf(TaskCompletionRefused.class);
    assertThatThrownBy(() -> engine.getTaskService().handleBpmnError(task, "E", "m", forged))
        .isInstanceOf(TaskCompletionRefused.class);
    assertThatThrownBy(() -> engine.getTaskService().handleEscalation(task, "E", forged))
        .isInstanceOf(TaskCompletionRefused.class);
    assertThatThrownBy(() -> engine.getTaskService().resolveTask(task, forged))
        .isInstanceOf(TaskCompletionRefused.class);
    assertThat(engine.getRuntimeService().getVariable(instance, "unitId")).isEqualTo(7L);
  }

  @Test
  void readonlyFieldSentBackUnchanged_isNotWritten_andTheTaskCompletes() {
    engine.getFormService().submitTaskForm(task(), Map.of("caseNumber", "Q-1", "feedback", "已办结"));

    assertThat(history("feedback")).isEqualTo("已办结");
    assertThat(history("caseNumber")).isEqualTo("Q-1");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance).variableUpdates()
        .list()).extracting(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName())
        .containsOnlyOnce("caseNumber");
  }

  @Test
  void secondCompletion_isNoLongerOpen_unknownTask_isNotFound() {
    String task = task();
    engine.getTaskService().complete(task, Map.of("feedback", "已办结"));

    assertThatThrownBy(() -> engine.getTaskService().complete(task, Map.of("feedback", "再次")))
        .isInstanceOf(TaskNoLongerOpen.class);
    assertThatThrownBy(() -> engine.getTaskService().claim(task, "demo")).isInstanceOf(TaskNoLongerOpen.class);
    assertThatThrownBy(() -> engine.getTaskService().complete("no-such-task"))
        .isInstanceOf(NotFoundException.class);
  }

  private Object history(String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName(name).singleResult().getValue();
  }

  private String task() {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
  }
}
