package org.steward.deputy;

import static org.steward.shared.Rows.instant;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.project.ProjectStateChanged;
import org.steward.request.Caller;
import org.steward.request.RequestStateChanged;
import org.steward.shared.Cases;
import org.steward.shared.CaseSummary;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;
import org.steward.workflow.Memberships;

/**
 * Copies (抄送): the case's officer, supervisors and administrators copy a case to leaders and other officers, who then
 * read it (the case scope names them), find it in their 抄送我的 list and are told of each change of its state. A copy
 * gives no right to act: no task, no task grant.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Copies {

  static final String CASE_COPIED = "CASE_COPIED";
  static final String COPIED_CASE_CHANGED = "COPIED_CASE_CHANGED";
  private static final int MAX_RECIPIENTS = 20;
  private static final int MAX_NOTE = 500;

  private final JdbcClient jdbc;
  private final Cases cases;
  private final DirectoryManagement directory;
  private final Memberships memberships;
  private final Notifications notifications;
  private final Timeline timeline;

  /**
   * Copies the case to the users named; a user it was copied to already is left as is. Answers the users newly copied.
   *
   * @throws NotFound when there is no such case
   * @throws CopyForbidden when the caller is not the case's officer, a supervisor or an administrator
   * @throws org.steward.shared.InvalidInput naming every bad field; nothing is stored
   */
  public List<String> copy(String caseNumber, NewCopy copy, Caller caller) {
    CaseSummary summary = cases.find(caseNumber).orElseThrow(() -> new NotFound("case", caseNumber));
    if (!caller.isAdmin() && !caller.groups().contains(StewardGroups.SUPERVISORS)
        && !caller.userId().equals(summary.officer())) {
      throw new CopyForbidden();
    }
    Violations violations = new Violations();
    Set<String> to = new LinkedHashSet<>();
    if (copy == null || copy.to() == null || copy.to().isEmpty()) {
      violations.add("to", "NotEmpty");
    } else if (copy.to().size() > MAX_RECIPIENTS) {
      violations.add("to", "copy.to.tooMany", MAX_RECIPIENTS);
    } else {
      for (String user : copy.to()) {
        String id = user == null ? "" : user.strip();
        if (id.equals(summary.officer())) {
          violations.add("to", "copy.to.officer", id);
        } else if (id.isEmpty()
            || directory.officer(id).isEmpty() && !memberships.isMember(id, StewardGroups.LEADERS)) {
          violations.add("to", "copy.to.unknown", id.length() > 64 ? id.substring(0, 64) : id);
        } else {
          to.add(id);
        }
      }
    }
    String note = copy == null ? null : violations.optionalText("note", copy.note(), MAX_NOTE);
    violations.throwIfAny();
    List<String> added = new ArrayList<>();
    for (String user : to) {
      boolean copied = jdbc.sql("select count(*) from case_copy where case_number = :caseNumber and user_id = :user")
          .param("caseNumber", caseNumber).param("user", user).query(Long.class).single() > 0;
      if (!copied) {
        jdbc.sql("""
                insert into case_copy (case_number, user_id, note, copied_by, copied_at)
                values (:caseNumber, :user, :note, :by, :now)""")
            .param("caseNumber", caseNumber).param("user", user).param("note", note).param("by", caller.userId())
            .param("now", Timestamp.from(StewardClock.now())).update();
        added.add(user);
      }
    }
    if (!added.isEmpty()) {
      String by = directory.userName(caller.userId());
      notifications.notifyUsers(added, CASE_COPIED, caseNumber,
          "%s将案件 %s「%s」抄送给您%s".formatted(by, caseNumber, summary.title(), note == null ? "" : "：" + note));
      timeline.record(caseNumber, CASE_COPIED, caller.userId(), "%s将案件抄送给%s".formatted(by,
          String.join("、", added.stream().map(directory::userName).toList())), note);
    }
    return added;
  }

  /** 抄送我的: the cases copied to the user, the latest first. */
  @Transactional(readOnly = true)
  public List<CaseCopy> mine(String userId) {
    return jdbc.sql("""
            select case_number, copied_by, copied_at, note from case_copy where user_id = :user
            order by copied_at desc, id desc""")
        .param("user", userId)
        .query((rs, row) -> {
          String caseNumber = rs.getString("case_number");
          Optional<CaseSummary> summary = cases.find(caseNumber);
          String by = rs.getString("copied_by");
          return new CaseCopy(caseNumber, summary.map(CaseSummary::title).orElse(null),
              summary.map(CaseSummary::enterpriseName).orElse(null), summary.map(CaseSummary::open).orElse(false),
              by, directory.userName(by), instant(rs, "copied_at"), rs.getString("note"));
        })
        .list();
  }

  /** The users a case was copied to are told of each change of its state. */
  @EventListener
  public void stateChanged(RequestStateChanged change) {
    tellCopied(change.caseNumber(), "抄送您的案件 %s 当前状态：%s".formatted(change.caseNumber(), change.state().label()));
  }

  /** The users a project was copied to are told when a milestone is confirmed or escalated and when it finishes. */
  @EventListener
  public void projectChanged(ProjectStateChanged change) {
    tellCopied(change.projectCode(), "抄送您的项目 %s：%s".formatted(change.projectCode(), change.change()));
  }

  private void tellCopied(String caseNumber, String text) {
    List<String> users = jdbc.sql("select user_id from case_copy where case_number = :caseNumber order by id")
        .param("caseNumber", caseNumber).query(String.class).list();
    if (!users.isEmpty()) {
      notifications.notifyUsers(users, COPIED_CASE_CHANGED, caseNumber, text);
    }
  }
}
