package org.steward.directory;

import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.NotFound;
import org.steward.shared.Violations;

/**
 * Registers enterprises, with their tags and first officer, and the logins that act for them. Every method runs in one
 * transaction with the engine; a call with bad input changes nothing.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Enterprises {

  private static final Logger log = LoggerFactory.getLogger(Enterprises.class);

  private final JdbcClient jdbc;
  private final DirectoryManagement directory;
  private final Assignments assignments;
  private final UserAccounts accounts;
  private final ApplicationEventPublisher events;

  /**
   * Registers an enterprise; with an {@code officerId} it also opens its first assignment (reason
   * {@link DirectoryManagement#FIRST_ASSIGNMENT_REASON}). A credit code already registered is refused with
   * {@link EnterpriseExists}.
   */
  public Enterprise createEnterprise(NewEnterprise enterprise, String byUser) {
    Violations violations = new Violations();
    String name = violations.line("name", enterprise.name(), DirectoryInput.MAX_ENTERPRISE_NAME);
    if (enterprise.creditCode() == null || enterprise.creditCode().isBlank()) {
      violations.add("creditCode", "NotBlank");
    } else {
      CreditCode.defectOf(enterprise.creditCode()).ifPresent(d -> violations.add("creditCode", d.messageCode()));
    }
    String industry = violations.optionalLine("industry", enterprise.industry(), DirectoryInput.MAX_INDUSTRY);
    String area = violations.optionalLine("area", enterprise.area(), DirectoryInput.MAX_AREA);
    List<String> tags = DirectoryInput.tags(violations, enterprise.tags());
    if (enterprise.officerId() != null) {
      directory.knownOfficer(violations, "officerId", enterprise.officerId());
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
        .param("industry", industry).param("area", area).param("now", StoredTimes.now())
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    for (int i = 0; i < tags.size(); i++) {
      jdbc.sql("insert into directory_enterprise_tag (enterprise_id, position, tag) values (:id, :position, :tag)")
          .param("id", id).param("position", i).param("tag", tags.get(i)).update();
    }
    if (enterprise.officerId() != null) {
      assignments.open(id, enterprise.officerId(), DirectoryManagement.FIRST_ASSIGNMENT_REASON, byUser,
          Instant.now());
    }
    log.info("Registered enterprise {} ({}, {})", id, name, enterprise.creditCode());
    events.publishEvent(new EnterpriseChanged(id));
    return directory.enterprise(id).orElseThrow();
  }

  /** Marks an enterprise as a key enterprise (重点企业) or not. @throws NotFound for an unknown enterprise */
  public void markKey(long enterpriseId, boolean key, String byUser) {
    if (jdbc.sql("update directory_enterprise set key_enterprise = :key where id = :id").param("key", key)
        .param("id", enterpriseId).update() == 0) {
      throw new NotFound("enterprise", enterpriseId);
    }
    log.info("Enterprise {} {} a key enterprise by {}", enterpriseId, key ? "made" : "no longer", byUser);
    events.publishEvent(new EnterpriseChanged(enterpriseId));
  }

  /** Creates a Camunda user in group {@code enterprises} that acts for this one enterprise. */
  public void createEnterpriseLogin(long enterpriseId, String userId, String password) {
    Enterprise enterprise = directory.enterprise(enterpriseId)
        .orElseThrow(() -> new NotFound("enterprise", enterpriseId));
    Violations violations = new Violations();
    accounts.checkNew(violations, "userId", userId, password);
    violations.throwIfAny();
    accounts.ensureNone(userId);
    accounts.create(userId, enterprise.name(), password, StewardGroups.ENTERPRISES);
    jdbc.sql("insert into directory_enterprise_login (user_id, enterprise_id, created_at) values (:user, :id, :now)")
        .param("user", userId).param("id", enterpriseId).param("now", StoredTimes.now()).update();
    log.info("Created login {} for enterprise {}", userId, enterpriseId);
  }
}
