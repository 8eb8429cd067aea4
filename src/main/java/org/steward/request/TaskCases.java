package org.steward.request;

import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.access.CaseAccess;
import org.steward.access.CaseReader;
import org.steward.workflow.SystemContext;

/**
 * The enterprise request a Tasklist task belongs to (its instance's business key is the case number: the request's own
 * steps, the departments', the convening's, the joint-meeting office's), for Tasklist's 案件信息 tab. Only for a task
 * the caller may read (the engine checks, the caller being authenticated in it) and a case of the caller's scope.
 */
@Service
@Transactional(readOnly = true)
public class TaskCases {

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final SystemContext system;
  private final CaseAccess access;
  private final JdbcClient jdbc;

  TaskCases(TaskService tasks, RuntimeService runtime, SystemContext system, CaseAccess access, JdbcClient jdbc) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.system = system;
    this.access = access;
    this.jdbc = jdbc;
  }

  /** The case number, or empty for a task the caller cannot read, a task of no request, or a case out of scope. */
  public Optional<String> caseOf(String taskId, Caller caller) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null || task.getProcessInstanceId() == null) {
      return Optional.empty();
    }
    // the caller may read the task; the instance is only looked up for its business key
    ProcessInstance instance = system.call(() -> runtime.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult());
    if (instance == null || instance.getBusinessKey() == null) {
      return Optional.empty();
    }
    String caseNumber = instance.getBusinessKey();
    boolean request = jdbc.sql("select count(*) from request where case_number = :caseNumber")
        .param("caseNumber", caseNumber).query(Long.class).single() > 0;
    if (!request || !access.mayRead(caseNumber, new CaseReader(caller.userId(), caller.groups()))) {
      return Optional.empty();
    }
    return Optional.of(caseNumber);
  }
}
