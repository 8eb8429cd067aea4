package org.steward.project.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import org.steward.workflow.SystemContext;

/**
 * The project capability's port to the engine: starting a project's {@code project-milestones} and handing its work
 * to a new officer or leader. The only place of the capability that touches the engine's services; Steward's calls run
 * as the system ({@link SystemContext}).
 */
@Component
@RequiredArgsConstructor
public class ProjectEngine {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final SystemContext system;

  /** Starts the project's milestones process, its business key the project code. */
  public void start(String code, VariableMap variables) {
    system.run(() -> runtime.startProcessInstanceByKey(ProjectMilestonesProcess.ID, code, variables));
  }

  /** Points the process variable at the new person and hands over the open tasks assigned to the former one. */
  public void handOver(String code, String variable, String from, String to) {
    system.run(() -> {
      ProcessInstance instance = runtime.createProcessInstanceQuery()
          .processDefinitionKey(ProjectMilestonesProcess.ID).processInstanceBusinessKey(code).singleResult();
      if (instance == null) {
        return;
      }
      runtime.setVariable(instance.getId(), variable, to);
      for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).taskAssignee(from).list()) {
        tasks.setAssignee(task.getId(), to);
      }
    });
  }
}
