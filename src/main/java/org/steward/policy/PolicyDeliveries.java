package org.steward.policy;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.EnterpriseChanged;
import org.steward.directory.TargetMatching;
import org.steward.notification.Notifications;
import org.steward.policy.process.PolicyEngine;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;

/**
 * Delivers a published policy in batches, each in the transaction of one step of its {@code policy-push} instance: one
 * delivery row per matching enterprise and a message to each of its logins; answers the key enterprises reached,
 * whose officers confirm the delivery. An enterprise that matches later gets the policy when it changes.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class PolicyDeliveries {

  static final String POLICY_PUBLISHED = "POLICY_PUBLISHED";

  private final JdbcTemplate jdbc;
  private final Policies policies;
  private final TargetMatching matching;
  private final DirectoryManagement directory;
  private final Notifications notifications;
  private final PolicyEngine engine;
  private final PolicyProperties properties;

  /** One batch delivered: the highest enterprise id it looked at, and whether more enterprises may match above it. */
  public record Batch(long lastId, boolean more) {
  }

  /**
   * Delivers policy {@code policyId} to the next enterprises its rule matches now, at most {@code deliveryBatch} of
   * them by ascending id above {@code afterId}; an enterprise that already has it (it changed meanwhile and got it
   * then) is skipped.
   */
  public Batch deliverBatch(long policyId, long afterId) {
    int size = properties.deliveryBatch();
    List<TargetMatching.Match> matches = matching.matchingAfter(policies.target(policyId), afterId, size);
    if (matches.isEmpty()) {
      return new Batch(afterId, false);
    }
    long lastId = matches.get(matches.size() - 1).enterpriseId();
    Set<Long> already = new HashSet<>(jdbc.queryForList("""
        select enterprise_id from policy_delivery where policy_id = ? and enterprise_id > ? and enterprise_id <= ?""",
        Long.class, policyId, afterId, lastId));
    List<Long> reached = matches.stream().map(TargetMatching.Match::enterpriseId).filter(id -> !already.contains(id))
        .toList();
    Timestamp now = Timestamp.from(StewardClock.now());
    jdbc.batchUpdate("insert into policy_delivery (policy_id, enterprise_id, delivered_at) values (?, ?, ?)",
        reached.stream().map(enterprise -> new Object[] {policyId, enterprise, now}).toList());
    notifications.notifyUsers(directory.loginsOf(reached), POLICY_PUBLISHED, null, message(policyId));
    return new Batch(lastId, matches.size() == size);
  }

  /**
   * The key enterprises policy {@code policyId} reached whose officers have not been asked to confirm it yet, by
   * ascending id: read from the deliveries once they are complete (key enterprises are few).
   */
  @Transactional(readOnly = true)
  public List<Long> keyEnterprisesToConfirm(long policyId) {
    return jdbc.queryForList("""
        select d.enterprise_id from policy_delivery d join directory_enterprise e on e.id = d.enterprise_id
        where d.policy_id = ? and e.key_enterprise and not exists (select 1 from policy_confirmation c
          where c.policy_id = d.policy_id and c.enterprise_id = d.enterprise_id)
        order by d.enterprise_id""", Long.class, policyId);
  }

  /**
   * An enterprise joined the directory or changed: it gets the published policies that now match it and had not
   * reached it; when it is a key enterprise, its officer is asked to confirm those it has no confirmation of yet (while
   * a policy is still being delivered, the end of its delivery asks; see docs/processes.md).
   */
  @EventListener
  void enterpriseChanged(EnterpriseChanged changed) {
    long enterprise = changed.enterpriseId();
    List<Long> candidates = jdbc.queryForList("""
        select p.id from policy p where p.state = 'PUBLISHED' and (not exists (select 1 from policy_delivery d
            where d.policy_id = p.id and d.enterprise_id = ?)
          or (exists (select 1 from directory_enterprise e where e.id = ? and e.key_enterprise)
            and not exists (select 1 from policy_confirmation c where c.policy_id = p.id and c.enterprise_id = ?)))
        order by p.id""", Long.class, enterprise, enterprise, enterprise);
    if (candidates.isEmpty()) {
      return;
    }
    boolean key = Boolean.TRUE.equals(jdbc.queryForObject(
        "select key_enterprise from directory_enterprise where id = ?", Boolean.class, enterprise));
    Set<Long> delivering = engine.delivering(candidates);
    Timestamp now = Timestamp.from(StewardClock.now());
    for (long policy : candidates) {
      if (!matching.matches(policies.target(policy), enterprise)) {
        continue;
      }
      if (jdbc.queryForObject("select count(*) from policy_delivery where policy_id = ? and enterprise_id = ?",
          Long.class, policy, enterprise) == 0) {
        jdbc.update("insert into policy_delivery (policy_id, enterprise_id, delivered_at) values (?, ?, ?)", policy,
            enterprise, now);
        notifications.notifyUsers(directory.loginsOf(List.of(enterprise)), POLICY_PUBLISHED, null, message(policy));
      }
      if (key && !delivering.contains(policy)) {
        engine.confirmLate(policy, enterprise);
      }
    }
  }

  private String message(long policyId) {
    return jdbc.queryForObject("select title, issuing_department from policy where id = ?",
        (rs, n) -> Texts.shorten("新政策：" + rs.getString("title") + "（" + rs.getString("issuing_department") + "）",
            500), policyId);
  }
}
