package org.steward.jointoffice;

import static org.steward.jointoffice.JointOffice.actor;
import static org.steward.shared.Texts.shorten;

import java.sql.Timestamp;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.shared.Cases;
import org.steward.shared.CaseSummary;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/** A matter reaches the office (提交联席会议办公室): its escalation is recorded, at analysis, and the office is told. */
@Service
@Transactional
@RequiredArgsConstructor
public class EscalationIntake {

  private static final Logger log = LoggerFactory.getLogger(EscalationIntake.class);

  private final JdbcClient jdbc;
  private final Cases cases;
  private final CommonIssues issues;
  private final Escalations escalations;
  private final Timeline timeline;
  private final Notifications notifications;

  /**
   * Records an escalation run by the joint-meeting instance {@code processInstanceId}: of the case {@code caseNumber}
   * (any capability's, found through {@link Cases}), or, when {@code commonIssueId} is given, of that common issue
   * (then {@code caseNumber} is its number). The office is told.
   *
   * @throws InvalidInput naming {@code escalationSource} or {@code escalationReason}; {@link NotFound} for an unknown
   *     case or common issue
   */
  public Escalation open(String caseNumber, String source, String reason, Long commonIssueId, String processInstanceId,
      String byUser) {
    Violations violations = new Violations();
    EscalationSource parsed = JointOffice.parse(EscalationSource.class, source, "escalationSource",
        "jointoffice.source.unknown", violations);
    String text = violations.optionalText("escalationReason", reason, JointOffice.MAX_REASON);
    violations.throwIfAny();
    String kind;
    String title;
    String enterprise;
    String subject;
    if (commonIssueId != null) {
      CommonIssueView issue = issues.issue(commonIssueId);
      kind = Escalation.COMMON_ISSUE;
      subject = issue.number();
      title = issue.title();
      enterprise = null;
    } else {
      CaseSummary found = cases.find(caseNumber).orElseThrow(() -> new NotFound("case", caseNumber));
      kind = Escalation.CASE;
      subject = caseNumber;
      title = found.title();
      enterprise = found.enterpriseName();
    }
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into escalation (case_number, subject_kind, source, reason, title, enterprise_name, process_instance_id,
                                common_issue_id, state, opened_at)
        values (:caseNumber, :kind, :source, :reason, :title, :enterprise, :instance, :issue, :state, :now)""")
        .param("caseNumber", subject).param("kind", kind).param("source", parsed.name()).param("reason", text)
        .param("title", shorten(title, 200)).param("enterprise", shorten(enterprise, 200))
        .param("instance", processInstanceId).param("issue", commonIssueId)
        .param("state", EscalationState.ANALYSING.name()).param("now", Timestamp.from(StewardClock.now()))
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    timeline.record(subject, "ESCALATED", actor(byUser), "提交联席会议办公室（" + parsed.label() + "）", text);
    notifications.notifyGroup(StewardGroups.JOINT_OFFICE, "ESCALATED", subject,
        shorten(subject + "（" + title + "）已提交联席会议办公室（" + parsed.label() + "），请分析研判。", 500));
    log.info("Escalation {} opened for {} ({}, {})", id, subject, kind, parsed);
    return escalations.escalation(id);
  }
}
