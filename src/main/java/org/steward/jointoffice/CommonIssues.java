package org.steward.jointoffice;

import static org.steward.jointoffice.JointOffice.actor;
import static org.steward.shared.Rows.instant;
import static org.steward.shared.Texts.shorten;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.StewardGroups;
import org.steward.jointoffice.CommonIssueView.LinkedCase;
import org.steward.jointoffice.process.CommonIssueEngine;
import org.steward.jointoffice.process.JointMeetingProcess;
import org.steward.notification.Notifications;
import org.steward.shared.Cases;
import org.steward.shared.CaseSummary;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;

/**
 * Common issues (共性问题): the same difficulty of many enterprises, handled once by the office. Each issue runs its own
 * {@code joint-meeting} instance; linked cases wait in theirs until one resolution answers them all. Links are audited:
 * unlinking stamps who and when, and sends the case's escalation back to analysis.
 */
@Service
@Transactional
public class CommonIssues {

  public static final int MAX_TITLE = 100;
  public static final int MAX_PAGE_SIZE = 100;

  private static final Logger log = LoggerFactory.getLogger(CommonIssues.class);
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private static final String ISSUE_SELECT = """
      select i.id, i.number, i.title, i.state, i.created_at, i.created_by, i.resolved_at,
             (select count(*) from common_issue_link l where l.common_issue_id = i.id and l.unlinked_at is null) linked
      from common_issue i
      """;

  private final JdbcClient jdbc;
  private final Cases cases;
  private final CommonIssueEngine engine;
  private final Timeline timeline;
  private final Notifications notifications;
  private final OfficeTransitions transitions;

  CommonIssues(JdbcClient jdbc, Cases cases, CommonIssueEngine engine, Timeline timeline,
      Notifications notifications, OfficeTransitions transitions) {
    this.jdbc = jdbc;
    this.transitions = transitions;
    this.cases = cases;
    this.engine = engine;
    this.timeline = timeline;
    this.notifications = notifications;
  }

  /**
   * A page of common issues, oldest first, optionally only those in {@code state} (OPEN or RESOLVED).
   *
   * @throws InvalidInput naming {@code state}, {@code page} or {@code size} (1–100)
   */
  @Transactional(readOnly = true)
  public CommonIssuePage page(String state, int page, int size) {
    Violations violations = new Violations();
    CommonIssueState wanted = null;
    if (state != null && !state.isBlank()) {
      try {
        wanted = CommonIssueState.valueOf(state.strip());
      } catch (IllegalArgumentException e) {
        violations.add("state", "jointoffice.common-issue.state");
      }
    }
    if (page < 0) {
      violations.add("page", "jointoffice.page");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      violations.add("size", "jointoffice.size", MAX_PAGE_SIZE);
    }
    violations.throwIfAny();
    String where = wanted == null ? "" : " where i.state = :state";
    String stateName = wanted == null ? "" : wanted.name();
    long total = jdbc.sql("select count(*) from common_issue i" + where).param("state", stateName)
        .query(Long.class).single();
    List<CommonIssue> items = jdbc.sql(ISSUE_SELECT + where + " " + """
         order by i.created_at, i.id offset :offset rows fetch next :size rows only""")
        .param("state", stateName).param("offset", (long) page * size).param("size", size)
        .query(CommonIssues::issueRow).list();
    return new CommonIssuePage(items, total);
  }

  /** One issue with its decision and every link it ever had; {@link NotFound} ({@code common-issue}) if none. */
  @Transactional(readOnly = true)
  public CommonIssueView issue(long id) {
    IssueDetail issue = jdbc.sql("""
        select id, number, title, description, state, resolution, created_at, created_by, resolved_at, resolved_by
        from common_issue where id = :id""")
        .param("id", id)
        .query((rs, n) -> new IssueDetail(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
            rs.getString("description"), CommonIssueState.valueOf(rs.getString("state")), rs.getString("resolution"),
            instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "resolved_at"),
            rs.getString("resolved_by")))
        .optional().orElseThrow(() -> new NotFound("common-issue", id));
    List<LinkedCase> links = jdbc.sql("""
        select l.case_number, l.linked_at, l.linked_by, l.unlinked_at, l.unlinked_by, e.title, e.enterprise_name
        from common_issue_link l join escalation e on e.id = l.escalation_id
        where l.common_issue_id = :id order by l.linked_at, l.id""")
        .param("id", id)
        .query((rs, n) -> {
          String caseNumber = rs.getString("case_number");
          Optional<CaseSummary> found = cases.find(caseNumber);
          return new LinkedCase(caseNumber, found.map(CaseSummary::title).orElse(rs.getString("title")),
              found.map(CaseSummary::enterpriseName).orElse(rs.getString("enterprise_name")),
              found.map(CaseSummary::open).orElse(false), instant(rs, "linked_at"), rs.getString("linked_by"),
              instant(rs, "unlinked_at"), rs.getString("unlinked_by"), rs.getTimestamp("unlinked_at") == null);
        })
        .list();
    return new CommonIssueView(issue.id(), issue.number(), issue.title(), issue.description(), issue.state(),
        issue.resolution(), issue.createdAt(), issue.createdBy(), issue.resolvedAt(), issue.resolvedBy(), links);
  }

  /**
   * Unlinks the case from the open issue (the link stays, stamped with who and when) and sends the case's escalation
   * back to the office's analysis.
   *
   * @throws NotFound for an unknown issue ({@code common-issue}) or a case not linked to it now
   *     ({@code common-issue-link}); {@link CommonIssueAlreadyResolved} when the issue is resolved
   */
  public void unlink(long id, String caseNumber, String byUser) {
    CommonIssueView issue = issue(id);
    if (issue.state() == CommonIssueState.RESOLVED) {
      throw new CommonIssueAlreadyResolved(issue.number());
    }
    Waiting link = jdbc.sql("""
        select l.id link_id, e.id escalation_id, e.case_number, e.process_instance_id
        from common_issue_link l join escalation e on e.id = l.escalation_id
        where l.common_issue_id = :id and l.case_number = :caseNumber and l.unlinked_at is null""")
        .param("id", id).param("caseNumber", caseNumber)
        .query(CommonIssues::waitingRow).optional()
        .orElseThrow(() -> new NotFound("common-issue-link", issue.number() + "/" + caseNumber));
    jdbc.sql("update common_issue_link set unlinked_at = :now, unlinked_by = :by where id = :id")
        .param("now", Timestamp.from(StewardClock.now())).param("by", actor(byUser)).param("id", link.linkId())
        .update();
    transitions.make(link.escalationId(), EscalationTransition.UNLINK_FROM_COMMON_ISSUE,
        Collections.singletonMap("common_issue_id", null));
    timeline.record(caseNumber, "UNLINKED_FROM_COMMON_ISSUE", actor(byUser),
        shorten("与共性问题 " + issue.number() + " 解除关联，退回联席会议办公室重新研判", 200), null);
    timeline.record(issue.number(), "CASE_UNLINKED", actor(byUser), "解除与诉求 " + caseNumber + " 的关联", null);
    notifications.notifyGroup(StewardGroups.JOINT_OFFICE, "UNLINKED_FROM_COMMON_ISSUE", caseNumber,
        caseNumber + " 已与共性问题 " + issue.number() + " 解除关联，请重新研判。");
    engine.unlinked(link.processInstanceId());
    log.info("Case {} unlinked from common issue {}", caseNumber, issue.number());
  }

  // --- for the office's analysis ---------------------------------------------------------------------------------

  /** Every open issue, oldest first. */
  @Transactional(readOnly = true)
  List<CommonIssue> open() {
    return jdbc.sql(ISSUE_SELECT + " where i.state = 'OPEN' order by i.created_at, i.id")
        .query(CommonIssues::issueRow).list();
  }

  @Transactional(readOnly = true)
  Optional<CommonIssue> byNumber(String number) {
    return jdbc.sql(ISSUE_SELECT + " where i.number = :number").param("number", number)
        .query(CommonIssues::issueRow).optional();
  }

  @Transactional(readOnly = true)
  boolean isLinked(long issueId, String caseNumber) {
    return jdbc.sql("""
        select count(*) from common_issue_link
        where common_issue_id = :id and case_number = :caseNumber and unlinked_at is null""")
        .param("id", issueId).param("caseNumber", caseNumber).query(Long.class).single() > 0;
  }

  /**
   * Links the escalated case to the open issue {@code number}, or to a new issue (title, description) whose own
   * joint-meeting instance starts now; the escalation then waits. Answers the issue's number.
   */
  String link(Escalation escalation, String number, String newTitle, String newDescription, String byUser) {
    CommonIssue issue = number == null
        ? create(newTitle, newDescription, byUser)
        : byNumber(number).orElseThrow(() -> new InvalidInput("commonIssueNumber", "jointoffice.common-issue.unknown",
            number));
    jdbc.sql("""
        insert into common_issue_link (common_issue_id, case_number, escalation_id, linked_at, linked_by)
        values (:issue, :caseNumber, :escalation, :now, :by)""")
        .param("issue", issue.id()).param("caseNumber", escalation.caseNumber()).param("escalation", escalation.id())
        .param("now", Timestamp.from(StewardClock.now())).param("by", actor(byUser)).update();
    transitions.make(escalation.id(), EscalationTransition.LINK_TO_COMMON_ISSUE,
        Map.of("action", AnalysisAction.COMMON_ISSUE.name(), "common_issue_id", issue.id()));
    timeline.record(escalation.caseNumber(), "LINKED_TO_COMMON_ISSUE", actor(byUser),
        shorten("列为共性问题 " + issue.number() + "：" + issue.title(), 200), null);
    timeline.record(issue.number(), "CASE_LINKED", actor(byUser),
        shorten("关联诉求 " + escalation.caseNumber() + "：" + escalation.title(), 200), null);
    return issue.number();
  }

  /**
   * The issue's own joint-meeting ended with {@code resolution}: the issue is resolved, and every case linked to it now
   * gets the same resolution (its escalation closes and its waiting instance ends with {@code jointOutcome} RESOLVED).
   */
  void resolve(long issueId, String resolution, String byUser) {
    CommonIssueView issue = issue(issueId);
    Map<String, Object> closing = new LinkedHashMap<>();
    closing.put("resolution", resolution);
    closing.put("resolved_at", Timestamp.from(StewardClock.now()));
    closing.put("resolved_by", actor(byUser));
    transitions.make(issueId, CommonIssueTransition.RESOLVE, closing);
    List<Waiting> waiting = jdbc.sql("""
        select l.id link_id, e.id escalation_id, e.case_number, e.process_instance_id
        from common_issue_link l join escalation e on e.id = l.escalation_id
        where l.common_issue_id = :id and l.unlinked_at is null and e.state = 'WAITING' order by l.linked_at, l.id""")
        .param("id", issueId).query(CommonIssues::waitingRow).list();
    timeline.record(issue.number(), "COMMON_ISSUE_RESOLVED", actor(byUser),
        "共性问题已解决，答复关联的 " + waiting.size() + " 件诉求", shorten(resolution, 5000));
    Map<String, Object> variables = new HashMap<>();
    variables.put(JointMeetingProcess.JOINT_OUTCOME, Escalation.RESOLVED);
    variables.put(JointMeetingProcess.RESOLUTION, shorten(resolution, JointOffice.MAX_VARIABLE));
    variables.put(JointMeetingProcess.LEAD_DEPARTMENT, null);
    variables.put(JointMeetingProcess.COOPERATING_DEPARTMENTS, null);
    variables.put(JointMeetingProcess.TIME_LIMIT, null);
    for (Waiting link : waiting) {
      transitions.make(link.escalationId(), EscalationTransition.COMMON_ISSUE_RESOLVED,
          Escalations.resolved(resolution, byUser));
      timeline.record(link.caseNumber(), "COMMON_ISSUE_RESOLVED", actor(byUser),
          shorten("共性问题 " + issue.number() + " 已解决：" + issue.title(), 200), shorten(resolution, 5000));
      engine.resolved(link.processInstanceId(), variables);
    }
    log.info("Common issue {} resolved for {} linked cases", issue.number(), waiting.size());
  }

  private CommonIssue create(String title, String description, String byUser) {
    String prefix = "GX" + StewardClock.today().format(DAY) + "-";
    long sameDay = jdbc.sql("select count(*) from common_issue where number like :prefix")
        .param("prefix", prefix + "%").query(Long.class).single();
    String number = prefix + String.format("%04d", sameDay + 1);
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into common_issue (number, title, description, state, created_at, created_by)
        values (:number, :title, :description, 'OPEN', :now, :by)""")
        .param("number", number).param("title", title).param("description", description)
        .param("now", Timestamp.from(StewardClock.now())).param("by", actor(byUser)).update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    timeline.record(number, "COMMON_ISSUE_CREATED", actor(byUser), shorten("列为共性问题：" + title, 200), description);
    Map<String, Object> variables = new HashMap<>();
    variables.put(JointMeetingProcess.CASE_NUMBER, number);
    variables.put(JointMeetingProcess.ESCALATION_SOURCE, EscalationSource.COMMON_ISSUE.name());
    variables.put(JointMeetingProcess.ESCALATION_REASON, shorten(description, JointOffice.MAX_REASON));
    variables.put(JointMeetingProcess.COMMON_ISSUE_ID, id);
    engine.start(number, variables);
    log.info("Common issue {} ({}) created", number, title);
    return byNumber(number).orElseThrow();
  }

  private static CommonIssue issueRow(ResultSet rs, int n) throws SQLException {
    return new CommonIssue(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
        CommonIssueState.valueOf(rs.getString("state")), instant(rs, "created_at"), rs.getString("created_by"),
        instant(rs, "resolved_at"), rs.getLong("linked"));
  }

  private static Waiting waitingRow(ResultSet rs, int n) throws SQLException {
    return new Waiting(rs.getLong("link_id"), rs.getLong("escalation_id"), rs.getString("case_number"),
        rs.getString("process_instance_id"));
  }

  private record IssueDetail(long id, String number, String title, String description, CommonIssueState state,
      String resolution, java.time.Instant createdAt, String createdBy, java.time.Instant resolvedAt,
      String resolvedBy) {
  }

  private record Waiting(long linkId, long escalationId, String caseNumber, String processInstanceId) {
  }
}
