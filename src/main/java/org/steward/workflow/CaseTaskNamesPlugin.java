package org.steward.workflow;

import java.util.Objects;
import java.util.StringJoiner;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import org.steward.shared.Texts;

/**
 * Names every task of a case after its case: "签收诉求｜QY20261122-0001｜广州某某精密制造有限公司". Tasklist lists task names to
 * everyone who may work on a task, while the case columns of the filters need the right to read the whole process
 * instance, which officers and departments do not have. The models keep their plain names; any user task whose process
 * holds {@code caseNumber} or {@code enterpriseName} (a visit, a policy's confirmation: "走访企业｜广州某某精密制造有限公司") is
 * named so when it is created.
 */
@Component
public class CaseTaskNamesPlugin extends AbstractProcessEnginePlugin {

  static final String CASE_NUMBER = "caseNumber";
  static final String ENTERPRISE_NAME = "enterpriseName";
  static final String SEPARATOR = "｜";
  /** {@code ACT_RU_TASK.NAME_} holds 255 characters. */
  static final int MAX_NAME = 255;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.listen(configuration, TaskListener.EVENTNAME_CREATE, CaseTaskNamesPlugin::name);
  }

  /** A task's name without its case: "签收诉求" of "签收诉求｜QY20261122-0001｜…"; null stays null. */
  public static String plainName(String name) {
    int separator = name == null ? -1 : name.indexOf(SEPARATOR);
    return separator < 0 ? name : name.substring(0, separator);
  }

  static void name(DelegateTask task) {
    // a task being created has no variables of its own: its execution answers from memory, where the task would first
    // look its own up in the database
    DelegateExecution execution = task.getExecution();
    Object caseNumber = execution.getVariable(CASE_NUMBER);
    Object enterprise = execution.getVariable(ENTERPRISE_NAME);
    if (caseNumber == null && enterprise == null || task.getName() == null) {
      return;
    }
    StringJoiner name = new StringJoiner(SEPARATOR).add(task.getName());
    Stream.of(caseNumber, enterprise).filter(Objects::nonNull).forEach(part -> name.add(part.toString()));
    task.setName(Texts.shorten(name.toString(), MAX_NAME));
  }
}
