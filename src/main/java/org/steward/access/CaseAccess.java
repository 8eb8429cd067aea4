package org.steward.access;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.NotFound;

/**
 * The case scope (docs/adr/0010): who reads a case. The enterprise its own cases; the case's officer, the officers
 * convened on it, the departments of its units (group {@code dept-<code>}), the officer's supervisor; project leaders
 * their projects and the requests of their projects' problems; administrators, supervisors and the joint-meeting
 * office every case. Everyone else is told the case does not exist (404), so case numbers do not leak. The rule is the
 * view {@code case_reader}; the per-case check and the engine's history grants read it, the lists' condition
 * ({@link CaseScope}) says it branch by branch.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CaseAccess {

  private final JdbcClient jdbc;

  /** The reader's cases as a condition for lists. */
  public CaseScope scope(CaseReader reader) {
    return new CaseScope(reader);
  }

  /** Whether the reader may read the case (false for a case nobody reads, such as an unknown number). */
  public boolean mayRead(String caseNumber, CaseReader reader) {
    if (reader.readsAll()) {
      return true;
    }
    // one case: the case number reaches every branch of the view, each of which finds the case by its key
    Set<String> departments = scope(reader).departments();
    String groups = departments.isEmpty() ? "" : " or (reader_kind = 'GROUP' and reader_id in (:groups))";
    return jdbc.sql("select count(*) from case_reader where case_number = :caseNumber"
            + " and ((reader_kind = 'USER' and reader_id = :user)" + groups + ")")
        .params(departments.isEmpty() ? Map.of() : Map.of("groups", departments))
        .param("caseNumber", caseNumber)
        .param("user", reader.userId())
        .query(Long.class).single() > 0;
  }

  /** Refuses a reader outside the case's scope as if the case did not exist ({@link NotFound}, kind {@code case}). */
  public void checkRead(String caseNumber, CaseReader reader) {
    if (!mayRead(caseNumber, reader)) {
      throw new NotFound("case", caseNumber);
    }
  }

  /**
   * The staff users and groups that read the case now, those who read every case left out: the readers of its history
   * in the engine. The enterprise's logins are left out too: the enterprise reads its case through Steward's API, which
   * shows it what it may see, and holds no right in the engine, whose history keeps the staff's internal notes.
   */
  public CaseReaders staffReadersOf(String caseNumber) {
    Set<String> users = new HashSet<>();
    Set<String> groups = new HashSet<>();
    jdbc.sql("""
            select distinct reader_kind, reader_id from case_reader where case_number = :caseNumber
               and not (reader_kind = 'USER' and reader_id in (select user_id from directory_enterprise_login))""")
        .param("caseNumber", caseNumber)
        .query(rs -> {
          ("GROUP".equals(rs.getString("reader_kind")) ? groups : users).add(rs.getString("reader_id"));
        });
    return new CaseReaders(users, groups);
  }
}
