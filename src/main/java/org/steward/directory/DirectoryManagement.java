package org.steward.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.steward.shared.NotFound;
import org.steward.shared.Violations;

/**
 * The directory's API: departments, officers and supervisors, enterprises, their logins, and who serves which
 * enterprise since when. Users and groups are Camunda's; every method runs in one transaction with the engine, and a
 * call with bad input changes nothing.
 */
@Service
@Transactional
public class DirectoryManagement {

  /** The reason recorded for the first officer of a newly registered enterprise. */
  public static final String FIRST_ASSIGNMENT_REASON = "企业登记时分配";

  private static final Logger log = LoggerFactory.getLogger(DirectoryManagement.class);

  private static final Pattern DEPARTMENT_CODE = Pattern.compile("[a-z][a-z0-9]{1,31}");
  // Camunda accepts only letters and digits in user ids (its default resource id pattern).
  private static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9]{2,64}");
  private static final int MAX_TAGS = 20;
  // deliberately loose: one @, no blanks, a dot in the domain; the mail server has the last word
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
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
  private final StandardGroups groups;
  private final ApplicationEventPublisher events;
  private volatile CachedDepartments departments;

  DirectoryManagement(JdbcClient jdbc, IdentityService identity, StandardGroups groups,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.groups = groups;
    this.events = events;
  }

  // --- departments -----------------------------------------------------------------------------------------------

  /** Registers a department and creates its Camunda group {@code dept-<code>} with Tasklist access. */
  public Department createDepartment(String code, String name) {
    Violations violations = new Violations();
    if (code == null || !DEPARTMENT_CODE.matcher(code).matches()) {
      violations.add("code", "directory.department.code.format");
    }
    String cleanName = violations.line("name", name, 100);
    violations.throwIfAny();
    if (department(code).isPresent()) {
      throw new DepartmentExists(code);
    }
    if (jdbc.sql("select count(*) from directory_department where name = :name").param("name", cleanName)
        .query(Long.class).single() > 0) {
      throw new DepartmentExists(cleanName);
    }
    jdbc.sql("insert into directory_department (code, name, created_at) values (:code, :name, :now)")
        .param("code", code).param("name", cleanName).param("now", now()).update();
    forgetDepartments();
    Department department = new Department(code, cleanName);
    groups.ensureDepartmentGroup(department);
    events.publishEvent(new DepartmentCreated(department));
    log.info("Created department {} ({})", code, cleanName);
    return department;
  }

  /** Forgets the cached departments now and again when the registering transaction ends, committed or not. */
  private void forgetDepartments() {
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

  /** Creates a department staff user (牵头/配合部门经办人) in group {@code dept-<code>}. */
  public void createDepartmentStaff(String userId, String name, String departmentCode, String initialPassword) {
    Violations violations = new Violations();
    checkNewUser(violations, "id", userId, initialPassword);
    String cleanName = violations.line("name", name, 100);
    Department department = knownDepartment(violations, departmentCode);
    violations.throwIfAny();
    ensureNoUser(userId);
    groups.ensureDepartmentGroup(department);
    createUser(userId, cleanName, initialPassword, department.groupId());
  }

  /** Creates a member of the joint-meeting office (联席会议办公室), group {@code joint-office}. */
  public void createJointOfficeMember(String userId, String name, String initialPassword) {
    createMember(userId, name, initialPassword, StewardGroups.JOINT_OFFICE);
  }

  /** Creates a project leader (挂点领导), group {@code leaders}: approves re-plans and chases overdue milestones. */
  public void createLeader(String userId, String name, String initialPassword) {
    createMember(userId, name, initialPassword, StewardGroups.LEADERS);
  }

  /**
   * Creates a process designer (流程设计人员), group {@code designers}: deploys models over engine-rest (Camunda
   * Modeler's 部署), reads no case.
   */
  public void createDesigner(String userId, String name, String initialPassword) {
    createMember(userId, name, initialPassword, StewardGroups.DESIGNERS);
  }

  private void createMember(String userId, String name, String initialPassword, String group) {
    Violations violations = new Violations();
    checkNewUser(violations, "id", userId, initialPassword);
    String cleanName = violations.line("name", name, 100);
    violations.throwIfAny();
    ensureNoUser(userId);
    createUser(userId, cleanName, initialPassword, group);
  }

  // --- officers --------------------------------------------------------------------------------------------------

  /**
   * Registers an officer and creates the Camunda user with {@code initialPassword}, member of {@code officers} and
   * {@code dept-<departmentCode>}. The supervisor, if given, must be a registered supervisor.
   */
  public Officer createOfficer(NewOfficer officer, String initialPassword) {
    return register(officer, initialPassword, false);
  }

  /** Registers an officer who supervises others (项目部长/站长): as {@link #createOfficer}, also in {@code supervisors}. */
  public Officer createSupervisor(NewOfficer officer, String initialPassword) {
    return register(officer, initialPassword, true);
  }

  /** Makes an existing officer a supervisor (adds group {@code supervisors}); nothing happens if they already are. */
  public Officer appointSupervisor(String officerId) {
    Officer officer = officer(officerId).orElseThrow(() -> new NotFound("officer", officerId));
    if (!groups.isMember(officerId, StewardGroups.SUPERVISORS)) {
      identity.createMembership(officerId, StewardGroups.SUPERVISORS);
    }
    jdbc.sql("update directory_officer set is_supervisor = true where id = :id").param("id", officerId).update();
    return new Officer(officer.id(), officer.name(), officer.departmentCode(), officer.kind(), officer.supervisorId(),
        officer.phone(), true);
  }

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

  /** Records an officer's e-mail address; a blank one removes it. */
  public void changeEmail(String officerId, String email) {
    Violations violations = new Violations();
    String address = violations.optionalLine("email", email, 254);
    if (address != null && !EMAIL.matcher(address).matches()) {
      violations.add("email", "Email");
    }
    violations.throwIfAny();
    int updated = jdbc.sql("update directory_officer set email = :email where id = :id")
        .param("email", address).param("id", officerId).update();
    if (updated == 0) {
      throw new NotFound("officer", officerId);
    }
  }

  // --- enterprises -----------------------------------------------------------------------------------------------

  /**
   * Registers an enterprise; with an {@code officerId} it also opens its first assignment (reason
   * {@link #FIRST_ASSIGNMENT_REASON}). A credit code already registered is refused with {@link EnterpriseExists}.
   */
  public Enterprise createEnterprise(NewEnterprise enterprise, String byUser) {
    Violations violations = new Violations();
    String name = violations.line("name", enterprise.name(), 200);
    if (enterprise.creditCode() == null || enterprise.creditCode().isBlank()) {
      violations.add("creditCode", "NotBlank");
    } else {
      CreditCode.defectOf(enterprise.creditCode()).ifPresent(d -> violations.add("creditCode", d.messageCode()));
    }
    String industry = violations.optionalLine("industry", enterprise.industry(), 100);
    String area = violations.optionalLine("area", enterprise.area(), 100);
    List<String> tags = checkTags(violations, enterprise.tags());
    if (enterprise.officerId() != null) {
      knownOfficer(violations, "officerId", enterprise.officerId());
    }
    violations.throwIfAny();
    if (jdbc.sql("select count(*) from directory_enterprise where credit_code = :code")
        .param("code", enterprise.creditCode()).query(Long.class).single() > 0) {
      throw new EnterpriseExists(enterprise.creditCode());
    }

    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into directory_enterprise (name, credit_code, industry, area, created_at)
        values (:name, :creditCode, :industry, :area, :now)""")
        .param("name", name).param("creditCode", enterprise.creditCode())
        .param("industry", industry).param("area", area).param("now", now())
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    for (int i = 0; i < tags.size(); i++) {
      jdbc.sql("insert into directory_enterprise_tag (enterprise_id, position, tag) values (:id, :position, :tag)")
          .param("id", id).param("position", i).param("tag", tags.get(i)).update();
    }
    if (enterprise.officerId() != null) {
      openAssignment(id, enterprise.officerId(), FIRST_ASSIGNMENT_REASON, byUser, Instant.now());
    }
    log.info("Registered enterprise {} ({}, {})", id, name, enterprise.creditCode());
    return enterprise(id).orElseThrow();
  }

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

  // --- assignments -----------------------------------------------------------------------------------------------

  /**
   * Makes {@code officerId} the enterprise's officer: the open assignment is closed and a new one opened, so the
   * history keeps who served when, why it changed and who changed it.
   */
  public Assignment assign(long enterpriseId, String officerId, String reason, String byUser) {
    lockEnterprise(enterpriseId);
    Violations violations = new Violations();
    knownOfficer(violations, "officerId", officerId);
    String cleanReason = violations.text("reason", reason, 500);
    if (!violations.has("officerId") && officerOf(enterpriseId).filter(o -> o.id().equals(officerId)).isPresent()) {
      violations.add("officerId", "directory.assignment.sameOfficer");
    }
    violations.throwIfAny();
    Instant now = Instant.now();
    closeAssignment(enterpriseId, now);
    openAssignment(enterpriseId, officerId, cleanReason, byUser, now);
    log.info("Enterprise {} assigned to officer {} by {}", enterpriseId, officerId, byUser);
    return currentAssignment(enterpriseId);
  }

  /**
   * Hands every enterprise of an officer over to another (an officer leaving post), all in one transaction; answers
   * the ids of the enterprises moved.
   */
  public List<Long> reassignAll(String fromOfficerId, String toOfficerId, String reason, String byUser) {
    officer(fromOfficerId).orElseThrow(() -> new NotFound("officer", fromOfficerId));
    Violations violations = new Violations();
    knownOfficer(violations, "toOfficerId", toOfficerId);
    if (!violations.has("toOfficerId") && toOfficerId.equals(fromOfficerId)) {
      violations.add("toOfficerId", "directory.handover.sameOfficer");
    }
    String cleanReason = violations.text("reason", reason, 500);
    violations.throwIfAny();
    List<Long> moved = jdbc.sql("""
        select enterprise_id from directory_assignment
        where officer_id = :officer and valid_to is null order by enterprise_id""")
        .param("officer", fromOfficerId).query(Long.class).list();
    Instant now = Instant.now();
    for (long enterpriseId : moved) {
      lockEnterprise(enterpriseId);
      closeAssignment(enterpriseId, now);
      openAssignment(enterpriseId, toOfficerId, cleanReason, byUser, now);
    }
    log.info("Officer {} handed {} enterprise(s) over to {} (by {})", fromOfficerId, moved.size(), toOfficerId, byUser);
    return moved;
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

  /** Creates a Camunda user in group {@code enterprises} that acts for this one enterprise. */
  public void createEnterpriseLogin(long enterpriseId, String userId, String password) {
    Enterprise enterprise = enterprise(enterpriseId).orElseThrow(() -> new NotFound("enterprise", enterpriseId));
    Violations violations = new Violations();
    checkNewUser(violations, "userId", userId, password);
    violations.throwIfAny();
    ensureNoUser(userId);
    createUser(userId, enterprise.name(), password, StewardGroups.ENTERPRISES);
    jdbc.sql("insert into directory_enterprise_login (user_id, enterprise_id, created_at) values (:user, :id, :now)")
        .param("user", userId).param("id", enterpriseId).param("now", now()).update();
    log.info("Created login {} for enterprise {}", userId, enterpriseId);
  }

  /** The enterprise a user of group {@code enterprises} acts for; empty for every other user. */
  @Transactional(readOnly = true)
  public Optional<Enterprise> enterpriseOfUser(String userId) {
    return jdbc.sql("select enterprise_id from directory_enterprise_login where user_id = :user")
        .param("user", userId).query(Long.class).optional().flatMap(this::enterprise);
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

  // --- internals -------------------------------------------------------------------------------------------------

  private Officer register(NewOfficer officer, String initialPassword, boolean supervisor) {
    Violations violations = new Violations();
    checkNewUser(violations, "id", officer.id(), initialPassword);
    String name = violations.line("name", officer.name(), 100);
    Department department = knownDepartment(violations, officer.departmentCode());
    if (officer.kind() == null) {
      violations.add("kind", "NotNull");
    }
    if (officer.supervisorId() != null && !officer.supervisorId().isBlank()
        && officer(officer.supervisorId()).filter(Officer::supervisor).isEmpty()) {
      violations.add("supervisorId", "directory.supervisor.unknown");
    }
    String phone = violations.optionalLine("phone", officer.phone(), 32);
    violations.throwIfAny();
    ensureNoUser(officer.id());

    String supervisorId = officer.supervisorId() == null || officer.supervisorId().isBlank()
        ? null : officer.supervisorId();
    groups.ensureDepartmentGroup(department);
    List<String> memberOf = new ArrayList<>(List.of(StewardGroups.OFFICERS, department.groupId()));
    if (supervisor) {
      memberOf.add(StewardGroups.SUPERVISORS);
    }
    createUser(officer.id(), name, initialPassword, memberOf.toArray(String[]::new));
    jdbc.sql("""
        insert into directory_officer (id, name, department_code, kind, supervisor_id, phone, is_supervisor, created_at)
        values (:id, :name, :department, :kind, :supervisor, :phone, :isSupervisor, :now)""")
        .param("id", officer.id()).param("name", name).param("department", department.code())
        .param("kind", officer.kind().name()).param("supervisor", supervisorId).param("phone", phone)
        .param("isSupervisor", supervisor).param("now", now()).update();
    log.info("Registered {} {} ({}) in department {}", supervisor ? "supervisor" : "officer", officer.id(), name,
        department.code());
    return officer(officer.id()).orElseThrow();
  }

  /** Checks id and password of a user to be created. */
  private void checkNewUser(Violations violations, String idField, String userId, String password) {
    if (userId == null || !USER_ID.matcher(userId).matches()) {
      violations.add(idField, "directory.userId.format");
    }
    if (password == null || password.isBlank()) {
      violations.add("password", "NotBlank");
    } else {
      PasswordPolicy policy = identity.getPasswordPolicy();
      // The policy's user-data rule compares the password with the user's id, hence an unsaved user.
      if (policy != null
          && !identity.checkPasswordAgainstPolicy(policy, password, identity.newUser(userId)).isValid()) {
        violations.add("password", "directory.password.weak");
      }
    }
  }

  private void ensureNoUser(String userId) {
    boolean exists = identity.createUserQuery().userId(userId).count() > 0
        || jdbc.sql("select count(*) from directory_officer where id = :id").param("id", userId)
            .query(Long.class).single() > 0;
    if (exists) {
      throw new UserExists(userId);
    }
  }

  private void createUser(String userId, String name, String password, String... memberOf) {
    User user = identity.newUser(userId);
    PersonName parts = PersonName.of(name);
    user.setFirstName(parts.first());
    user.setLastName(parts.last());
    user.setPassword(password);
    identity.saveUser(user);
    for (String group : memberOf) {
      identity.createMembership(userId, group);
    }
  }

  private Department knownDepartment(Violations violations, String code) {
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

  private void knownOfficer(Violations violations, String field, String officerId) {
    if (officerId == null || officerId.isBlank()) {
      violations.add(field, "NotBlank");
    } else if (officer(officerId).isEmpty()) {
      violations.add(field, "directory.officer.unknown", officerId);
    }
  }

  private static List<String> checkTags(Violations violations, List<String> tags) {
    if (tags.size() > MAX_TAGS) {
      violations.add("tags", "directory.tags.tooMany", MAX_TAGS);
      return List.of();
    }
    List<String> clean = new ArrayList<>();
    for (int i = 0; i < tags.size(); i++) {
      String tag = violations.line("tags[" + i + "]", tags.get(i), 50);
      if (tag != null && !clean.contains(tag)) {
        clean.add(tag);
      }
    }
    return clean;
  }

  /** Serialises concurrent reassignments of one enterprise, so that it never has two open assignments. */
  private void lockEnterprise(long enterpriseId) {
    jdbc.sql("select id from directory_enterprise where id = :id for update").param("id", enterpriseId)
        .query(Long.class).optional().orElseThrow(() -> new NotFound("enterprise", enterpriseId));
  }

  private void closeAssignment(long enterpriseId, Instant at) {
    jdbc.sql("update directory_assignment set valid_to = :at where enterprise_id = :id and valid_to is null")
        .param("at", at(at)).param("id", enterpriseId).update();
  }

  private void openAssignment(long enterpriseId, String officerId, String reason, String byUser, Instant at) {
    jdbc.sql("""
        insert into directory_assignment (enterprise_id, officer_id, valid_from, reason, assigned_by)
        values (:enterprise, :officer, :at, :reason, :by)""")
        .param("enterprise", enterpriseId).param("officer", officerId).param("at", at(at))
        .param("reason", reason).param("by", byUser == null ? "system" : byUser).update();
  }

  private Assignment currentAssignment(long enterpriseId) {
    List<Assignment> history = assignments(enterpriseId);
    return history.get(history.size() - 1);
  }

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

  private static OffsetDateTime now() {
    return at(Instant.now());
  }

  /** Microseconds, because PostgreSQL keeps no more: a value written equals the value read back. */
  private static OffsetDateTime at(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }
}
