package org.steward.access;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.steward.directory.StewardGroups;

/**
 * The cases a reader may read, as an SQL condition on a case number column for the lists (the ledger, its export,
 * reports): {@code "r.case_number"} in {@code sql("r.case_number")}, with {@link #params()} bound by name.
 */
@RequiredArgsConstructor
public final class CaseScope {

  static final String USER = "caseScopeUser";
  static final String GROUPS = "caseScopeGroups";
  private static final String CONDITION = """
      %s in (select cr.case_number from case_reader cr
              where (cr.reader_kind = 'USER' and cr.reader_id = :%s)
                 or (cr.reader_kind = 'GROUP' and cr.reader_id in (:%s)))""";
  // the only group readers are departments; without one, the group half (a scan of every unit) is left out
  private static final String USER_CONDITION = """
      %s in (select cr.case_number from case_reader cr where cr.reader_kind = 'USER' and cr.reader_id = :%s)""";

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
    return departments().isEmpty() ? USER_CONDITION.formatted(caseNumberColumn, USER)
        : CONDITION.formatted(caseNumberColumn, USER, GROUPS);
  }

  /** The parameters of {@link #sql}: none when the reader reads all. */
  public Map<String, Object> params() {
    if (all()) {
      return Map.of();
    }
    Set<String> departments = departments();
    return departments.isEmpty() ? Map.of(USER, reader.userId())
        : Map.of(USER, reader.userId(), GROUPS, departments);
  }

  /** The reader's department groups: the only groups that read cases. */
  Set<String> departments() {
    Set<String> departments = new HashSet<>();
    reader.groups().stream().filter(g -> g.startsWith(StewardGroups.DEPARTMENT_PREFIX)).forEach(departments::add);
    return departments;
  }
}
