package org.steward.request;

import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.access.CaseAccess;
import org.steward.access.CaseReader;
import org.steward.request.process.RequestEngine;

/**
 * The enterprise request a Tasklist task belongs to (its instance's business key is the case number: the request's own
 * steps, the departments', the convening's, the joint-meeting office's), for Tasklist's 案件信息 tab. Only for a task
 * the caller may read (the engine checks, the caller being authenticated in it) and a case of the caller's scope.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class TaskCases {

  private final RequestEngine engine;
  private final CaseAccess access;
  private final JdbcClient jdbc;

  /** The case number, or empty for a task the caller cannot read, a task of no request, or a case out of scope. */
  public Optional<String> caseOf(String taskId, Caller caller) {
    Optional<String> key = engine.businessKeyOfTask(taskId);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String caseNumber = key.get();
    boolean request = jdbc.sql("select count(*) from request where case_number = :caseNumber")
        .param("caseNumber", caseNumber).query(Long.class).single() > 0;
    if (!request || !access.mayRead(caseNumber, new CaseReader(caller.userId(), caller.groups()))) {
      return Optional.empty();
    }
    return Optional.of(caseNumber);
  }
}
