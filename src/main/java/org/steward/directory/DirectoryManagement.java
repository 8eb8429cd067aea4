package org.steward.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.steward.shared.NotFound;
import org.steward.shared.Violations;

/**
 * The directory's API for reading: departments, officers and supervisors, enterprises, their logins, and who serves
 * which enterprise since when. Changes are use cases of their own: {@link Departments}, {@link Officers},
 * {@link GroupMembers}, {@link Enterprises}, {@link Assignments}.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class DirectoryManagement {

  /** The reason recorded for the first officer of a newly registered enterprise. */
  public static final String FIRST_ASSIGNMENT_REASON = "企业登记时分配";

  static final Duration DEPARTMENTS_REFRESH = Duration.ofMinutes(1);

  private static final String ENTERPRISE_SELECT = """
      select e.id, e.name, e.credit_code, e.industry, e.area, o.id as officer_id, o.name as officer_name
      from directory_enterprise e
      left join directory_assignment a on a.enterprise_id = e.id and a.valid_to is null
      left join directory_officer o on o.id = a.officer_id
      """;
  private static final String OFFICER_SELECT = """
      select id, name, department_code, kind, supervisor_id, phone, is_supervisor from directory_officer
      """;

  private final JdbcClient jdbc;
  private final IdentityService identity;
  private volatile CachedDepartments departments;

  // --- departments -----------------------------------------------------------------------------------------------

  private record CachedDepartments(List<Department> list, long loadedAt) {
  }

  /**
   * Every department, by code. Read on every hand-over and case view, changed a few times a year: kept in memory and
   * read again after {@link #DEPARTMENTS_REFRESH} (other nodes of a cluster see a new department by then) or when this
   * node registers one.
   */
  @Transactional(readOnly = true)
  public List<Department> departments() {
    CachedDepartments cached = departments;
    if (cached == null || System.nanoTime() - cached.loadedAt() > DEPARTMENTS_REFRESH.toNanos()) {
      cached = new CachedDepartments(jdbc.sql("select code, name from directory_department order by code")
          .query((rs, n) -> new Department(rs.getString("code"), rs.getString("name"))).list(), System.nanoTime());
      departments = cached;
    }
    return cached.list();
  }

  @Transactional(readOnly = true)
  public Optional<Department> department(String code) {
    return departments().stream().filter(d -> d.code().equals(code)).findFirst();
  }

  /** Forgets the cached departments now and again when the registering transaction ends, committed or not. */
  void forgetDepartments() {
    departments = null;
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          departments = null;
        }
      });
    }
  }

  // --- officers --------------------------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Optional<Officer> officer(String id) {
    return jdbc.sql(OFFICER_SELECT + " where id = :id").param("id", id).query(this::officerRow).optional();
  }

  /**
   * How a user is shown to people: an officer's directory name, else the name in the identity service, else the id.
   * The identity lookup is subject to the caller's authorizations; callers that show other users' names run it as the
   * system.
   */
  @Transactional(readOnly = true)
  public String userName(String userId) {
    return officer(userId).map(Officer::name).orElseGet(() -> {
      User user = identity.createUserQuery().userId(userId).singleResult();
      return user == null ? userId : PersonName.join(user.getFirstName(), user.getLastName());
    });
  }

  @Transactional(readOnly = true)
  public List<Officer> officers() {
    return jdbc.sql(OFFICER_SELECT + " order by id").query(this::officerRow).list();
  }

  /** The supervisor of an officer; empty when the officer has none or is unknown. */
  @Transactional(readOnly = true)
  public Optional<Officer> supervisorOf(String officerId) {
    return officer(officerId).map(Officer::supervisorId).flatMap(this::officer);
  }

  /** The officer's e-mail address, where notifications are mailed; empty when none is recorded. */
  @Transactional(readOnly = true)
  public Optional<String> emailOf(String officerId) {
    return jdbc.sql("select email from directory_officer where id = :id and email is not null")
        .param("id", officerId).query(String.class).optional();
  }

  // --- enterprises -----------------------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Optional<Enterprise> enterprise(long id) {
    return findEnterprises(" where e.id = :id", Map.of("id", id)).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public List<Enterprise> enterprises() {
    return findEnterprises("", Map.of());
  }

  /** The enterprises an officer serves now. */
  @Transactional(readOnly = true)
  public List<Enterprise> enterprisesOf(String officerId) {
    return findEnterprises(" where a.officer_id = :officer", Map.of("officer", officerId));
  }

  /** The current officer of an enterprise; empty when it has none or is unknown. */
  @Transactional(readOnly = true)
  public Optional<Officer> officerOf(long enterpriseId) {
    return jdbc.sql("select officer_id from directory_assignment where enterprise_id = :id and valid_to is null")
        .param("id", enterpriseId).query(String.class).optional().flatMap(this::officer);
  }

  /** The enterprise's assignment history, oldest first; the last one is current unless it was closed. */
  @Transactional(readOnly = true)
  public List<Assignment> assignments(long enterpriseId) {
    if (enterprise(enterpriseId).isEmpty()) {
      throw new NotFound("enterprise", enterpriseId);
    }
    return jdbc.sql("""
        select a.enterprise_id, a.officer_id, o.name as officer_name, a.valid_from, a.valid_to, a.reason, a.assigned_by
        from directory_assignment a join directory_officer o on o.id = a.officer_id
        where a.enterprise_id = :id order by a.valid_from, a.id""")
        .param("id", enterpriseId).query(this::assignmentRow).list();
  }

  // --- enterprise logins -----------------------------------------------------------------------------------------

  /** The enterprise a user of group {@code enterprises} acts for; empty for every other user. */
  @Transactional(readOnly = true)
  public Optional<Enterprise> enterpriseOfUser(String userId) {
    return enterpriseIdOfUser(userId).flatMap(this::enterprise);
  }

  /** The id of the enterprise a user of group {@code enterprises} acts for, without reading the enterprise. */
  @Transactional(readOnly = true)
  public Optional<Long> enterpriseIdOfUser(String userId) {
    return jdbc.sql("select enterprise_id from directory_enterprise_login where user_id = :user")
        .param("user", userId).query(Long.class).optional();
  }

  /** The login user ids of an enterprise. */
  @Transactional(readOnly = true)
  public List<String> loginsOf(long enterpriseId) {
    return jdbc.sql("select user_id from directory_enterprise_login where enterprise_id = :id order by user_id")
        .param("id", enterpriseId).query(String.class).list();
  }

  /** The login user ids of several enterprises, in one statement, by enterprise and user id. */
  @Transactional(readOnly = true)
  public List<String> loginsOf(Collection<Long> enterpriseIds) {
    if (enterpriseIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            select user_id from directory_enterprise_login where enterprise_id in (:ids)
            order by enterprise_id, user_id""")
        .param("ids", enterpriseIds).query(String.class).list();
  }

  // --- checks the use cases share ----------------------------------------------------------------------------------

  /** The department of that code, or null with a violation of field {@code departmentCode}. */
  Department knownDepartment(Violations violations, String code) {
    if (code == null || code.isBlank()) {
      violations.add("departmentCode", "NotBlank");
      return null;
    }
    Optional<Department> department = department(code);
    if (department.isEmpty()) {
      violations.add("departmentCode", "directory.department.unknown", code);
    }
    return department.orElse(null);
  }

  /** Adds a violation of {@code field} unless an officer has that id. */
  void knownOfficer(Violations violations, String field, String officerId) {
    if (officerId == null || officerId.isBlank()) {
      violations.add(field, "NotBlank");
    } else if (officer(officerId).isEmpty()) {
      violations.add(field, "directory.officer.unknown", officerId);
    }
  }

  // --- rows --------------------------------------------------------------------------------------------------------

  private List<Enterprise> findEnterprises(String where, Map<String, ?> params) {
    List<Enterprise> found = jdbc.sql(ENTERPRISE_SELECT + where + " order by e.id").params(params)
        .query(this::enterpriseRow).list();
    if (found.isEmpty()) {
      return found;
    }
    Map<Long, List<String>> tags = new LinkedHashMap<>();
    // the tags of the enterprises found, not of every enterprise: one enterprise is looked up with every request
    String tagsOf = where.isEmpty() ? "" : " where enterprise_id in (:ids)";
    jdbc.sql("select enterprise_id, tag from directory_enterprise_tag" + tagsOf + " order by enterprise_id, position")
        .params(where.isEmpty() ? Map.of() : Map.of("ids", found.stream().map(Enterprise::id).toList()))
        .query(rs -> {
          tags.computeIfAbsent(rs.getLong("enterprise_id"), k -> new ArrayList<>()).add(rs.getString("tag"));
        });
    return found.stream()
        .map(e -> new Enterprise(e.id(), e.name(), e.creditCode(), e.industry(), e.area(),
            tags.getOrDefault(e.id(), List.of()), e.officer()))
        .toList();
  }

  private Enterprise enterpriseRow(ResultSet rs, int n) throws SQLException {
    String officerId = rs.getString("officer_id");
    return new Enterprise(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code"),
        rs.getString("industry"), rs.getString("area"), List.of(),
        officerId == null ? null : new OfficerSummary(officerId, rs.getString("officer_name")));
  }

  private Officer officerRow(ResultSet rs, int n) throws SQLException {
    return new Officer(rs.getString("id"), rs.getString("name"), rs.getString("department_code"),
        OfficerKind.valueOf(rs.getString("kind")), rs.getString("supervisor_id"), rs.getString("phone"),
        rs.getBoolean("is_supervisor"));
  }

  private Assignment assignmentRow(ResultSet rs, int n) throws SQLException {
    OffsetDateTime to = rs.getObject("valid_to", OffsetDateTime.class);
    return new Assignment(rs.getLong("enterprise_id"),
        new OfficerSummary(rs.getString("officer_id"), rs.getString("officer_name")),
        rs.getObject("valid_from", OffsetDateTime.class).toInstant(), to == null ? null : to.toInstant(),
        rs.getString("reason"), rs.getString("assigned_by"));
  }
}
