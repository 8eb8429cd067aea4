package org.steward.directory;

import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.NotFound;
import org.steward.shared.Violations;

/**
 * Who serves which enterprise (挂点): reassigns one enterprise or every enterprise of an officer leaving post, closing
 * the open assignment and opening the next, so the history keeps who served when, why it changed and who changed it.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Assignments {

  private static final Logger log = LoggerFactory.getLogger(Assignments.class);

  private final JdbcClient jdbc;
  private final DirectoryManagement directory;
  private final ApplicationEventPublisher events;

  /**
   * Makes {@code officerId} the enterprise's officer: the open assignment is closed and a new one opened, so the
   * history keeps who served when, why it changed and who changed it. {@link EnterpriseReassigned} tells the
   * capabilities whose work follows the enterprise's officer (its open cases move), in this transaction.
   */
  public Assignment assign(long enterpriseId, String officerId, String reason, String byUser) {
    lockEnterprise(enterpriseId);
    Violations violations = new Violations();
    directory.knownOfficer(violations, "officerId", officerId);
    String cleanReason = violations.text("reason", reason, DirectoryInput.MAX_REASON);
    String former = directory.officerOf(enterpriseId).map(Officer::id).orElse(null);
    if (!violations.has("officerId") && officerId.equals(former)) {
      violations.add("officerId", "directory.assignment.sameOfficer");
    }
    violations.throwIfAny();
    Instant now = Instant.now();
    closeAssignment(enterpriseId, now);
    open(enterpriseId, officerId, cleanReason, byUser, now);
    events.publishEvent(new EnterpriseReassigned(enterpriseId, former, officerId, byUser));
    log.info("Enterprise {} assigned to officer {} by {}", enterpriseId, officerId, byUser);
    List<Assignment> history = directory.assignments(enterpriseId);
    return history.get(history.size() - 1);
  }

  /**
   * Hands every enterprise of an officer over to another (an officer leaving post), all in one transaction; answers
   * the ids of the enterprises moved. Each enterprise moved is an {@link EnterpriseReassigned}.
   */
  public List<Long> reassignAll(String fromOfficerId, String toOfficerId, String reason, String byUser) {
    directory.officer(fromOfficerId).orElseThrow(() -> new NotFound("officer", fromOfficerId));
    Violations violations = new Violations();
    directory.knownOfficer(violations, "toOfficerId", toOfficerId);
    if (!violations.has("toOfficerId") && toOfficerId.equals(fromOfficerId)) {
      violations.add("toOfficerId", "directory.handover.sameOfficer");
    }
    String cleanReason = violations.text("reason", reason, DirectoryInput.MAX_REASON);
    violations.throwIfAny();
    List<Long> moved = jdbc.sql("""
        select enterprise_id from directory_assignment
        where officer_id = :officer and valid_to is null order by enterprise_id""")
        .param("officer", fromOfficerId).query(Long.class).list();
    Instant now = Instant.now();
    for (long enterpriseId : moved) {
      lockEnterprise(enterpriseId);
      closeAssignment(enterpriseId, now);
      open(enterpriseId, toOfficerId, cleanReason, byUser, now);
      events.publishEvent(new EnterpriseReassigned(enterpriseId, fromOfficerId, toOfficerId, byUser));
    }
    log.info("Officer {} handed {} enterprise(s) over to {} (by {})", fromOfficerId, moved.size(), toOfficerId, byUser);
    return moved;
  }

  /** Opens an assignment of the enterprise to the officer from {@code at} (the enterprise has no open one). */
  void open(long enterpriseId, String officerId, String reason, String byUser, Instant at) {
    jdbc.sql("""
        insert into directory_assignment (enterprise_id, officer_id, valid_from, reason, assigned_by)
        values (:enterprise, :officer, :at, :reason, :by)""")
        .param("enterprise", enterpriseId).param("officer", officerId).param("at", StoredTimes.at(at))
        .param("reason", reason).param("by", byUser == null ? "system" : byUser).update();
  }

  /** Serialises concurrent reassignments of one enterprise, so that it never has two open assignments. */
  private void lockEnterprise(long enterpriseId) {
    jdbc.sql("select id from directory_enterprise where id = :id for update").param("id", enterpriseId)
        .query(Long.class).optional().orElseThrow(() -> new NotFound("enterprise", enterpriseId));
  }

  private void closeAssignment(long enterpriseId, Instant at) {
    jdbc.sql("update directory_assignment set valid_to = :at where enterprise_id = :id and valid_to is null")
        .param("at", StoredTimes.at(at)).param("id", enterpriseId).update();
  }
}
