package org.steward.policy;

import java.sql.Timestamp;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.EnterpriseChanged;
import org.steward.directory.TargetMatching;
import org.steward.notification.Notifications;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;

/**
 * Delivers a published policy: one delivery row per matching enterprise, written in batches, and a message to each of
 * its logins; answers the key enterprises, whose officers confirm the delivery.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class PolicyDeliveries {

  static final String POLICY_PUBLISHED = "POLICY_PUBLISHED";
  private static final int BATCH = 500;

  private final JdbcTemplate jdbc;
  private final Policies policies;
  private final TargetMatching matching;
  private final DirectoryManagement directory;
  private final Notifications notifications;

  /** Delivers policy {@code policyId} to every enterprise its rule matches now; answers the key enterprises. */
  public List<Long> deliver(long policyId) {
    PolicyView policy = policies.view(policyId);
    List<TargetMatching.Match> matches = matching.matching(policy.target());
    Timestamp now = Timestamp.from(StewardClock.now());
    List<Object[]> rows = matches.stream().map(m -> new Object[] {policyId, m.enterpriseId(), now}).toList();
    for (int from = 0; from < rows.size(); from += BATCH) {
      jdbc.batchUpdate("insert into policy_delivery (policy_id, enterprise_id, delivered_at) values (?, ?, ?)",
          rows.subList(from, Math.min(rows.size(), from + BATCH)));
    }
    String text = message(policy);
    for (TargetMatching.Match match : matches) {
      directory.loginsOf(match.enterpriseId())
          .forEach(login -> notifications.notifyUser(login, POLICY_PUBLISHED, null, text));
    }
    return matches.stream().filter(TargetMatching.Match::key).map(TargetMatching.Match::enterpriseId).toList();
  }

  /**
   * An enterprise joined the directory or changed: it gets the published policies that now match it and had not
   * reached it (its officer's confirmation is not asked for these; see docs/processes.md).
   */
  @EventListener
  void enterpriseChanged(EnterpriseChanged changed) {
    long enterprise = changed.enterpriseId();
    List<Long> published = jdbc.queryForList("""
        select id from policy p where state = 'PUBLISHED' and not exists (select 1 from policy_delivery d
          where d.policy_id = p.id and d.enterprise_id = ?) order by id""", Long.class, enterprise);
    Timestamp now = Timestamp.from(StewardClock.now());
    for (long policy : published) {
      if (matching.matches(policies.target(policy), enterprise)) {
        jdbc.update("insert into policy_delivery (policy_id, enterprise_id, delivered_at) values (?, ?, ?)", policy,
            enterprise, now);
        String text = message(policies.view(policy));
        directory.loginsOf(enterprise)
            .forEach(login -> notifications.notifyUser(login, POLICY_PUBLISHED, null, text));
      }
    }
  }

  private static String message(PolicyView policy) {
    return Texts.shorten("新政策：" + policy.title() + "（" + policy.issuingDepartment() + "）", 500);
  }
}
