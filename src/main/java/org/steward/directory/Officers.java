package org.steward.directory;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.NotFound;
import org.steward.shared.Violations;

/**
 * Registers officers (首席服务官) and supervisors with their Camunda users and groups, appoints supervisors and records
 * officers' e-mail addresses. Every method runs in one transaction with the engine; bad input changes nothing.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Officers {

  private static final Logger log = LoggerFactory.getLogger(Officers.class);

  private final JdbcClient jdbc;
  private final IdentityService identity;
  private final DirectoryManagement directory;
  private final UserAccounts accounts;
  private final StandardGroups groups;

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
    Officer officer = directory.officer(officerId).orElseThrow(() -> new NotFound("officer", officerId));
    if (!groups.isMember(officerId, StewardGroups.SUPERVISORS)) {
      identity.createMembership(officerId, StewardGroups.SUPERVISORS);
    }
    jdbc.sql("update directory_officer set is_supervisor = true where id = :id").param("id", officerId).update();
    return new Officer(officer.id(), officer.name(), officer.departmentCode(), officer.kind(), officer.supervisorId(),
        officer.phone(), true);
  }

  /** Records an officer's e-mail address; a blank one removes it. */
  public void changeEmail(String officerId, String email) {
    Violations violations = new Violations();
    String address = violations.optionalLine("email", email, DirectoryInput.MAX_EMAIL);
    if (address != null && !DirectoryInput.isEmail(address)) {
      violations.add("email", "Email");
    }
    violations.throwIfAny();
    int updated = jdbc.sql("update directory_officer set email = :email where id = :id")
        .param("email", address).param("id", officerId).update();
    if (updated == 0) {
      throw new NotFound("officer", officerId);
    }
  }

  private Officer register(NewOfficer officer, String initialPassword, boolean supervisor) {
    Violations violations = new Violations();
    accounts.checkNew(violations, "id", officer.id(), initialPassword);
    String name = violations.line("name", officer.name(), DirectoryInput.MAX_NAME);
    Department department = directory.knownDepartment(violations, officer.departmentCode());
    if (officer.kind() == null) {
      violations.add("kind", "NotNull");
    }
    if (officer.supervisorId() != null && !officer.supervisorId().isBlank()
        && directory.officer(officer.supervisorId()).filter(Officer::supervisor).isEmpty()) {
      violations.add("supervisorId", "directory.supervisor.unknown");
    }
    String phone = violations.optionalLine("phone", officer.phone(), DirectoryInput.MAX_PHONE);
    violations.throwIfAny();
    accounts.ensureNone(officer.id());

    String supervisorId = officer.supervisorId() == null || officer.supervisorId().isBlank()
        ? null : officer.supervisorId();
    groups.ensureDepartmentGroup(department);
    List<String> memberOf = new ArrayList<>(List.of(StewardGroups.OFFICERS, department.groupId()));
    if (supervisor) {
      memberOf.add(StewardGroups.SUPERVISORS);
    }
    accounts.create(officer.id(), name, initialPassword, memberOf.toArray(String[]::new));
    jdbc.sql("""
        insert into directory_officer (id, name, department_code, kind, supervisor_id, phone, is_supervisor, created_at)
        values (:id, :name, :department, :kind, :supervisor, :phone, :isSupervisor, :now)""")
        .param("id", officer.id()).param("name", name).param("department", department.code())
        .param("kind", officer.kind().name()).param("supervisor", supervisorId).param("phone", phone)
        .param("isSupervisor", supervisor).param("now", StoredTimes.now()).update();
    log.info("Registered {} {} ({}) in department {}", supervisor ? "supervisor" : "officer", officer.id(), name,
        department.code());
    return directory.officer(officer.id()).orElseThrow();
  }
}
