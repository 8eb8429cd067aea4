package org.steward.policy;

import static org.steward.shared.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.directory.StewardGroups;
import org.steward.directory.TargetInput;
import org.steward.directory.TargetMatching;
import org.steward.directory.TargetRule;
import org.steward.directory.TargetRules;
import org.steward.policy.process.PolicyEngine;
import org.steward.request.Caller;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotFound;
import org.steward.shared.StateMoves;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;

/**
 * Drafting, previewing and publishing policies (policy editors and administrators only), and reading them as staff.
 * Publishing starts the policy's {@code policy-push} instance, which delivers it in batches after the publishing
 * transaction.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Policies {

  /** Working days a key enterprise's officer has to confirm a delivery, unless the policy says otherwise. */
  public static final int DEFAULT_CONFIRM_DAYS = 5;
  static final int MAX_CONFIRM_DAYS = 30;
  static final int MAX_TITLE = 200;
  static final int MAX_DEPARTMENT = 200;
  static final int MAX_SUMMARY = 1000;
  static final int MAX_BODY = 20000;
  private static final int PREVIEW_NAMES = 50;
  private static final TargetRules.Table TARGETS = new TargetRules.Table("policy_target", "policy_id");

  private final JdbcClient jdbc;
  private final TargetMatching matching;
  private final DirectoryManagement directory;
  private final PolicyEngine engine;
  private final TargetRules targets;

  /** Drafts a policy; nothing is delivered yet. @throws InvalidInput naming every bad field */
  public PolicyView draft(NewPolicy policy, Caller caller) {
    checkEditor(caller);
    if (policy == null) {
      throw new InvalidInput("body", "NotBlank");
    }
    Violations violations = new Violations();
    String title = violations.line("title", policy.title(), MAX_TITLE);
    String department = violations.line("issuingDepartment", policy.issuingDepartment(), MAX_DEPARTMENT);
    String summary = violations.text("summary", policy.summary(), MAX_SUMMARY);
    String body = violations.text("body", policy.body(), MAX_BODY);
    LocalDate from = violations.date("validFrom", policy.validFrom());
    LocalDate to = violations.date("validTo", policy.validTo());
    if (from != null && to != null && to.isBefore(from)) {
      violations.add("validTo", "policy.validTo.beforeFrom");
    } else if (to != null && to.isBefore(StewardClock.today())) {
      violations.add("validTo", "policy.validTo.past");
    }
    Integer days = policy.confirmDays() == null ? DEFAULT_CONFIRM_DAYS
        : violations.whole("confirmDays", policy.confirmDays(), 1, MAX_CONFIRM_DAYS, "policy.confirmDays.range");
    TargetRule rule = targets.read(violations, policy.target());
    violations.throwIfAny();
    var key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into policy (title, issuing_department, summary, body, valid_from, valid_to, confirm_days, state,
              created_by, created_at)
            values (:title, :department, :summary, :body, :from, :to, :days, 'DRAFT', :by, :now)""")
        .param("title", title).param("department", department).param("summary", summary).param("body", body)
        .param("from", from).param("to", to).param("days", days).param("by", caller.userId())
        .param("now", Timestamp.from(StewardClock.now())).update(key, "id");
    long id = key.getKey().longValue();
    targets.store(TARGETS, id, rule);
    return view(id);
  }

  /** Which enterprises a target rule reaches now. @throws InvalidInput naming the bad parts of the rule */
  @Transactional(readOnly = true)
  public Preview preview(TargetInput target, Caller caller) {
    checkEditor(caller);
    Violations violations = new Violations();
    TargetRule rule = targets.read(violations, target);
    violations.throwIfAny();
    List<TargetMatching.Match> matches = matching.matching(rule);
    List<String> names = matches.stream().limit(PREVIEW_NAMES)
        .map(m -> directory.enterprise(m.enterpriseId()).map(Enterprise::name).orElse("#" + m.enterpriseId()))
        .toList();
    return new Preview(matches.size(), (int) matches.stream().filter(TargetMatching.Match::key).count(), names);
  }

  /**
   * Publishes a draft: its {@code policy-push} instance delivers it in batches, each in a job of its own, after this
   * transaction (the answer is {@code delivering}, with the figures so far), then runs the key enterprises'
   * confirmations until the policy expires. @throws PolicyNotDraft unless it is a draft
   */
  public PolicyView publish(long id, Caller caller) {
    checkEditor(caller);
    PolicyView policy = view(id);
    if (!StateMoves.move(jdbc, "policy", id, PolicyState.PUBLISHED, Set.of(PolicyState.DRAFT),
        Map.of("published_by", caller.userId(), "published_at", Timestamp.from(StewardClock.now())))) {
      throw new PolicyNotDraft(id, policy.state());
    }
    engine.start(id, policy.title(), expiry(policy.validTo()));
    return view(id);
  }

  /** The policy expired: published no more; its confirmations still open end unconfirmed. */
  public void expire(long id) {
    if (StateMoves.move(jdbc, "policy", id, PolicyState.EXPIRED, Set.of(PolicyState.PUBLISHED), Map.of())) {
      jdbc.sql("update policy_confirmation set state = 'ENDED' where policy_id = :id and state = 'OPEN'")
          .param("id", id).update();
    }
  }

  /** A policy as staff see it. */
  @Transactional(readOnly = true)
  public PolicyView view(long id) {
    Set<Long> delivering = engine.delivering(Set.of(id));
    return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query((rs, n) -> row(rs, delivering)).optional()
        .orElseThrow(() -> new NotFound("policy", id));
  }

  /** A policy, for a policy editor or an administrator. */
  @Transactional(readOnly = true)
  public PolicyView view(long id, Caller caller) {
    checkEditor(caller);
    return view(id);
  }

  /** Every policy, newest first, for a policy editor or an administrator. */
  @Transactional(readOnly = true)
  public List<PolicyView> list(Caller caller) {
    checkEditor(caller);
    Set<Long> delivering = engine.delivering(
        jdbc.sql("select id from policy where state = 'PUBLISHED'").query(Long.class).list());
    return jdbc.sql(SELECT + " order by p.created_at desc, p.id desc").query((rs, n) -> row(rs, delivering)).list();
  }

  /** The policy's target rule. */
  @Transactional(readOnly = true)
  public TargetRule target(long id) {
    return targets.load(TARGETS, id);
  }

  /** The moment a policy valid until {@code validTo} (inclusive) expires: the start of the day after. */
  static Instant expiry(LocalDate validTo) {
    return validTo.plusDays(1).atStartOfDay(StewardClock.ZONE).toInstant();
  }

  private static final String SELECT = """
      select p.*,
        (select count(*) from policy_delivery d where d.policy_id = p.id) as delivered,
        (select count(*) from policy_delivery d where d.policy_id = p.id and d.read_at is not null) as read_count,
        (select count(*) from policy_confirmation c where c.policy_id = p.id and c.state = 'CONFIRMED') as confirmed,
        (select count(*) from policy_confirmation c where c.policy_id = p.id and c.applicability = 'APPLICABLE')
          as applicable,
        (select count(*) from policy_consultation q where q.policy_id = p.id) as consultations
      from policy p""";

  private PolicyView row(ResultSet rs, Set<Long> delivering) throws SQLException {
    long id = rs.getLong("id");
    return new PolicyView(id, rs.getString("title"), rs.getString("issuing_department"), rs.getString("summary"),
        rs.getString("body"), rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
        rs.getInt("confirm_days"), PolicyState.valueOf(rs.getString("state")), delivering.contains(id), target(id),
        rs.getString("created_by"),
        shanghai(instant(rs, "created_at")), rs.getString("published_by"), shanghai(instant(rs, "published_at")),
        new PolicyView.Figures(rs.getLong("delivered"), rs.getLong("read_count"), rs.getLong("confirmed"),
            rs.getLong("applicable"), rs.getLong("consultations")));
  }

  private static OffsetDateTime shanghai(Instant instant) {
    return instant == null ? null : instant.atZone(StewardClock.ZONE).toOffsetDateTime();
  }

  private void checkEditor(Caller caller) {
    if (!caller.isAdmin() && !caller.groups().contains(StewardGroups.POLICY_EDITORS)) {
      throw new PolicyForbidden();
    }
  }
}
