package org.steward.policy;

import static org.steward.shared.Rows.instant;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.request.Caller;
import org.steward.request.NewRequest;
import org.steward.request.RequestIntake;
import org.steward.shared.NotFound;
import org.steward.shared.SafeMarkdown;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.shared.Violations;

/**
 * The enterprise's side of a policy: the policies delivered to it (unread and newest first), reading one (the first
 * reader's receipt is kept) and 我要咨询 / 申报, which raises a request of category {@code policy} linked to it. A
 * policy not delivered to the enterprise is, for it, no policy at all ({@link NotFound}).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class PolicyReading {

  /** The request category of a consultation about a policy (政策兑现). */
  static final String CATEGORY = "policy";
  static final int MAX_QUESTION = 2000;

  private final JdbcClient jdbc;
  private final Policies policies;
  private final RequestIntake intake;

  /** The policies delivered to {@code enterpriseId} that have not expired: unread first, then newest. */
  @Transactional(readOnly = true)
  public List<PolicyItem> forEnterprise(long enterpriseId) {
    return jdbc.sql("""
            select p.id, p.title, p.issuing_department, p.summary, p.valid_to, d.delivered_at, d.read_at
            from policy_delivery d join policy p on p.id = d.policy_id
            where d.enterprise_id = :enterprise and p.state = 'PUBLISHED'
            order by case when d.read_at is null then 0 else 1 end, d.delivered_at desc, p.id desc""")
        .param("enterprise", enterpriseId)
        .query((rs, n) -> new PolicyItem(rs.getLong("id"), rs.getString("title"), rs.getString("issuing_department"),
            rs.getString("summary"), rs.getObject("valid_to", LocalDate.class),
            instant(rs, "delivered_at").atZone(StewardClock.ZONE).toOffsetDateTime(),
            rs.getTimestamp("read_at") != null))
        .list();
  }

  /** How many delivered, unexpired policies the enterprise has not read yet. */
  @Transactional(readOnly = true)
  public long unread(long enterpriseId) {
    return jdbc.sql("""
            select count(*) from policy_delivery d join policy p on p.id = d.policy_id
            where d.enterprise_id = :enterprise and p.state = 'PUBLISHED' and d.read_at is null""")
        .param("enterprise", enterpriseId).query(Long.class).single();
  }

  /** Policy {@code policyId} as the enterprise reads it; the first read is recorded as {@code userId}'s. */
  public PolicyPage read(long policyId, long enterpriseId, String userId) {
    delivered(policyId, enterpriseId);
    jdbc.sql("""
            update policy_delivery set read_at = :now, read_by = :user
            where policy_id = :policy and enterprise_id = :enterprise and read_at is null""")
        .param("now", Timestamp.from(StewardClock.now())).param("user", userId).param("policy", policyId)
        .param("enterprise", enterpriseId).update();
    PolicyView policy = policies.view(policyId);
    List<String> cases = jdbc.sql("""
            select case_number from policy_consultation where policy_id = :policy and enterprise_id = :enterprise
            order by created_at""")
        .param("policy", policyId).param("enterprise", enterpriseId).query(String.class).list();
    return new PolicyPage(policy.id(), policy.title(), policy.issuingDepartment(), policy.summary(),
        SafeMarkdown.html(policy.body()), policy.validFrom(), policy.validTo(), policy.state(), cases);
  }

  /**
   * 我要咨询 / 申报: raises a request of category {@code policy} about the policy for the caller's enterprise, with
   * its question; answers the new case number.
   *
   * @throws org.steward.shared.InvalidInput (question)
   */
  public String consult(long policyId, long enterpriseId, String question, String contactName, String contactPhone,
      Caller caller) {
    Violations violations = new Violations();
    String text = violations.text("question", question, MAX_QUESTION);
    violations.throwIfAny();
    delivered(policyId, enterpriseId);
    PolicyView policy = policies.view(policyId);
    String caseNumber = intake.submit(new NewRequest(enterpriseId, CATEGORY,
        Texts.shorten("政策咨询：" + policy.title(), NewRequest.MAX_TITLE), text, contactName, contactPhone, null,
        null), caller, null).request().caseNumber();
    jdbc.sql("""
            insert into policy_consultation (policy_id, case_number, enterprise_id, created_at)
            values (:policy, :case, :enterprise, :now)""")
        .param("policy", policyId).param("case", caseNumber).param("enterprise", enterpriseId)
        .param("now", Timestamp.from(StewardClock.now())).update();
    return caseNumber;
  }

  private void delivered(long policyId, long enterpriseId) {
    if (jdbc.sql("select count(*) from policy_delivery where policy_id = :policy and enterprise_id = :enterprise")
        .param("policy", policyId).param("enterprise", enterpriseId).query(Long.class).single() == 0) {
      throw new NotFound("policy", policyId);
    }
  }
}
