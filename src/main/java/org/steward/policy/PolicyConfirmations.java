package org.steward.policy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.deadline.Deadline;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Deadlines;
import org.steward.deadline.RowSubjects;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Officer;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotFound;
import org.steward.shared.StateMoves;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;

/**
 * 政策送达确认: the officer of each key enterprise a policy reached records that the enterprise knows it and whether it
 * applies, within the policy's working days; the confirmation is a deadline subject ({@code confirmation}, yellow a
 * working day before, red after). Open confirmations end when the policy expires ({@link Policies#expire}).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class PolicyConfirmations {

  /** Working days before the due date at which a confirmation turns yellow. */
  static final int WARNING_DAYS = 1;
  static final int MAX_NOTE = 2000;

  private final JdbcClient jdbc;
  private final DirectoryManagement directory;
  private final Deadlines deadlines;

  /** An open confirmation: its id, the officer who confirms (null: the officers' queue) and its deadline. */
  public record Opened(long id, String officer, Deadline deadline) {
  }

  /** Opens the confirmation of policy {@code policyId} for key enterprise {@code enterpriseId}. */
  public Opened open(long policyId, long enterpriseId) {
    int confirmDays = jdbc.sql("select confirm_days from policy where id = :id").param("id", policyId)
        .query(Integer.class).optional().orElseThrow(() -> new NotFound("policy", policyId));
    String officer = directory.officerOf(enterpriseId).map(Officer::id).orElse(null);
    Deadline deadline = deadlines.inWorkingDays(StewardClock.today(), confirmDays, WARNING_DAYS);
    LocalDate due = deadline.dueDate();
    var key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into policy_confirmation (policy_id, enterprise_id, officer_id, state, due_date)
            values (:policy, :enterprise, :officer, 'OPEN', :due)""")
        .param("policy", policyId).param("enterprise", enterpriseId).param("officer", officer).param("due", due)
        .update(key, "id");
    return new Opened(key.getKey().longValue(), officer, deadline);
  }

  /**
   * The officer confirmed the delivery: whether the policy applies, with a note (required unless it applies).
   *
   * @throws InvalidInput (applicability, note)
   * @throws NotFound when the confirmation is not open
   */
  public void confirm(long confirmationId, String applicability, String note, String byUser) {
    Violations violations = new Violations();
    Applicability chosen = null;
    if (applicability == null || applicability.isBlank()) {
      violations.add("applicability", "NotBlank");
    } else {
      try {
        chosen = Applicability.valueOf(applicability.strip());
      } catch (IllegalArgumentException e) {
        violations.add("applicability", "policy.applicability.unknown");
      }
    }
    String text = chosen == Applicability.APPLICABLE ? violations.optionalText("note", note, MAX_NOTE)
        : violations.text("note", note, MAX_NOTE);
    violations.throwIfAny();
    if (!StateMoves.move(jdbc, "policy_confirmation", confirmationId, ConfirmationState.CONFIRMED,
        Set.of(ConfirmationState.OPEN), Map.of("applicability", chosen.name(), "note", text == null ? "" : text,
            "confirmed_by", byUser, "confirmed_at", Timestamp.from(StewardClock.now())))) {
      throw new NotFound("policy-confirmation", confirmationId);
    }
  }

  /** An officer's open confirmations by light. */
  public record OpenByOfficer(String officerId, int green, int yellow, int red) {
  }

  /** The open confirmations of every officer who has some, by light; most red first. */
  @Transactional(readOnly = true)
  public List<OpenByOfficer> openByOfficer() {
    return jdbc.sql("""
            select officer_id,
              sum(case when light = 'GREEN' then 1 else 0 end) as green,
              sum(case when light = 'YELLOW' then 1 else 0 end) as yellow,
              sum(case when light = 'RED' then 1 else 0 end) as red
            from policy_confirmation where state = 'OPEN' and officer_id is not null
            group by officer_id order by red desc, yellow desc, officer_id""")
        .query((rs, n) -> new OpenByOfficer(rs.getString("officer_id"), rs.getInt("green"), rs.getInt("yellow"),
            rs.getInt("red"))).list();
  }

  /** A confirmation as a deadline subject, one of several in a policy's instance. */
  @Bean
  DeadlineSubject confirmationSubject(RowSubjects rows) {
    return rows.of("confirmation", "policy_confirmation", "confirmationId", "policy_id", "POLICY-", WARNING_DAYS,
        "policy-confirmation");
  }

  /** A confirmation's state: open, confirmed by the officer, or ended unconfirmed by the policy's expiry. */
  enum ConfirmationState {
    OPEN, CONFIRMED, ENDED
  }
}
