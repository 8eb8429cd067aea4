package org.steward.directory;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.Violations;

/**
 * Registers departments with their Camunda group {@code dept-<code>}, and the department staff (经办人) who work its
 * queue. Every method runs in one transaction with the engine; a call with bad input changes nothing.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Departments {

  private static final Logger log = LoggerFactory.getLogger(Departments.class);

  private final JdbcClient jdbc;
  private final DirectoryManagement directory;
  private final UserAccounts accounts;
  private final StandardGroups groups;
  private final ApplicationEventPublisher events;

  /** Registers a department and creates its Camunda group {@code dept-<code>} with Tasklist access. */
  public Department createDepartment(String code, String name) {
    Violations violations = new Violations();
    if (!DirectoryInput.isDepartmentCode(code)) {
      violations.add("code", "directory.department.code.format");
    }
    String cleanName = violations.line("name", name, DirectoryInput.MAX_NAME);
    violations.throwIfAny();
    if (directory.department(code).isPresent()) {
      throw new DepartmentExists(code);
    }
    if (jdbc.sql("select count(*) from directory_department where name = :name").param("name", cleanName)
        .query(Long.class).single() > 0) {
      throw new DepartmentExists(cleanName);
    }
    jdbc.sql("insert into directory_department (code, name, created_at) values (:code, :name, :now)")
        .param("code", code).param("name", cleanName).param("now", StoredTimes.now()).update();
    directory.forgetDepartments();
    Department department = new Department(code, cleanName);
    groups.ensureDepartmentGroup(department);
    events.publishEvent(new DepartmentCreated(department));
    log.info("Created department {} ({})", code, cleanName);
    return department;
  }

  /** Creates a department staff user (牵头/配合部门经办人) in group {@code dept-<code>}. */
  public void createDepartmentStaff(String userId, String name, String departmentCode, String initialPassword) {
    Violations violations = new Violations();
    accounts.checkNew(violations, "id", userId, initialPassword);
    String cleanName = violations.line("name", name, DirectoryInput.MAX_NAME);
    Department department = directory.knownDepartment(violations, departmentCode);
    violations.throwIfAny();
    accounts.ensureNone(userId);
    groups.ensureDepartmentGroup(department);
    accounts.create(userId, cleanName, initialPassword, department.groupId());
  }
}
