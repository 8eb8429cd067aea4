package org.steward.access;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.steward.directory.StewardGroups;

/**
 * The cases a reader may read, as an SQL condition on a case number column for the lists (the ledger, its export,
 * reports): {@code "r.case_number"} in {@code sql("r.case_number")}, with {@link #params()} bound by name.
 *
 * <p>The condition says the rule of the view {@code case_reader} branch by branch, each asking its own table through
 * its own index for the reader's cases: asked as a whole, with the reader as a user or one of its groups, the view is
 * read in full (every branch over every case) before the reader is looked for. {@code CaseAccessTests} holds the two
 * to the same answers.
 */
@RequiredArgsConstructor
public final class CaseScope {

  static final String USER = "caseScopeUser";
  static final String DEPARTMENTS = "caseScopeDepartments";
  // the branches of the view case_reader (V28) whose reader is a user, for the user :caseScopeUser
  private static final String USER_BRANCHES = """
      select r.case_number from request r where r.enterprise_id in (
          select l.enterprise_id from directory_enterprise_login l where l.user_id = :caseScopeUser)
      union all select r.case_number from request r where r.officer_id = :caseScopeUser
      union all select r.case_number from request r where r.supervisor_id = :caseScopeUser
      union all select r.case_number from request r where r.officer_id in (
          select o.id from directory_officer o where o.supervisor_id = :caseScopeUser)
      union all select p.code from project p where p.enterprise_id in (
          select l.enterprise_id from directory_enterprise_login l where l.user_id = :caseScopeUser)
      union all select p.code from project p where p.officer_id = :caseScopeUser
      union all select p.code from project p where p.leader_id = :caseScopeUser
      union all select p.code from project p where p.officer_id in (
          select o.id from directory_officer o where o.supervisor_id = :caseScopeUser)
      union all select pp.case_number from project_problem pp join project p on p.code = pp.project_code
          where p.leader_id = :caseScopeUser
      union all select c.case_number from convening c join convening_opinion co on co.convening_id = c.id
          where co.officer_id = :caseScopeUser
      union all select cc.case_number from case_copy cc where cc.user_id = :caseScopeUser
      union all select dt.case_number from deputy_task dt where dt.deputy_id = :caseScopeUser""";
  // the view's one branch whose reader is a group: the departments (dept-<code>) of a case's units, any round
  private static final String DEPARTMENT_BRANCH = """

      union all select u.case_number from handling_unit u where u.department_code in (:caseScopeDepartments)""";

  private final CaseReader reader;

  /** Whether the reader reads every case (the condition is then always true). */
  public boolean all() {
    return reader.readsAll();
  }

  /** The condition on {@code caseNumberColumn} (a column or a named parameter such as {@code :caseNumber}). */
  public String sql(String caseNumberColumn) {
    if (all()) {
      return "1 = 1";
    }
    return caseNumberColumn + " in (" + USER_BRANCHES + (departments().isEmpty() ? "" : DEPARTMENT_BRANCH) + ")";
  }

  /** The parameters of {@link #sql}: none when the reader reads all. */
  public Map<String, Object> params() {
    if (all()) {
      return Map.of();
    }
    Set<String> departments = departments();
    return departments.isEmpty() ? Map.of(USER, reader.userId())
        : Map.of(USER, reader.userId(), DEPARTMENTS, departments.stream()
            .map(g -> g.substring(StewardGroups.DEPARTMENT_PREFIX.length())).collect(Collectors.toSet()));
  }

  /** The reader's department groups: the only groups that read cases. */
  Set<String> departments() {
    return reader.groups().stream().filter(g -> g.startsWith(StewardGroups.DEPARTMENT_PREFIX))
        .collect(Collectors.toSet());
  }
}
