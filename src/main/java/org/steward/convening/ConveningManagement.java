package org.steward.convening;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.convening.process.ConveningInstances;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Officer;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.shared.Cases;
import org.steward.shared.CaseSummary;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;
import org.steward.workflow.Memberships;
import org.steward.workflow.SystemContext;

/**
 * The convening capability's door for other capabilities: convenes officers on any open case (rights, validation,
 * deadline) and starts its {@code convening} process, and adds officers while it runs (加签), in the caller's
 * transaction. A refused call changes nothing. The opinions, the conclusion and the reading are
 * {@link ConveningOpinions}, {@link ConveningConclusion} and {@link Convenings}.
 */
@Service
@Transactional
public class ConveningManagement {

  /** The shortest and the longest time limit for opinions, in working days. */
  public static final int MIN_TIME_LIMIT = 1;
  public static final int MAX_TIME_LIMIT = 30;

  static final int MAX_QUESTION = 2000;

  private static final Logger log = LoggerFactory.getLogger(ConveningManagement.class);

  private final Memberships memberships;
  private final JdbcClient jdbc;
  private final ConveningRows rows;
  private final Convenings convenings;
  private final Cases cases;
  private final DirectoryManagement directory;
  private final Timeline timeline;
  private final Notifications notifications;
  private final SystemContext system;
  private final ConveningInstances instances;

  ConveningManagement(JdbcClient jdbc, ConveningRows rows, Convenings convenings, Cases cases,
      DirectoryManagement directory, Timeline timeline, Notifications notifications,
      Memberships memberships, SystemContext system, ConveningInstances instances) {
    this.memberships = memberships;
    this.jdbc = jdbc;
    this.rows = rows;
    this.convenings = convenings;
    this.cases = cases;
    this.directory = directory;
    this.timeline = timeline;
    this.notifications = notifications;
    this.system = system;
    this.instances = instances;
  }

  /**
   * Convenes {@code officers} (2..20 distinct registered officers, the convener not among them) on an open case to
   * answer {@code question} within {@code timeLimitWorkingDays} (1..30) working days, and starts the {@code convening}
   * process (business key = case number). {@code byUser} must be the case's officer, a supervisor or an administrator.
   *
   * @throws NotFound ({@code case}) for an unknown case; {@link ConveningForbidden}; {@link CaseClosed};
   *     {@link InvalidInput} naming {@code question}, {@code officers}, {@code officers[i]} or {@code timeLimit}
   */
  public Convening convene(String caseNumber, String question, List<String> officers, int timeLimitWorkingDays,
      String byUser) {
    Checked checked = checked(caseNumber, question, officers, timeLimitWorkingDays, byUser);
    CaseSummary summary = checked.summary();
    String cleanQuestion = checked.question();
    List<Officer> chosen = checked.officers();
    Instant now = StewardClock.now();
    LocalDate dueDate = rows.deadlineIn(timeLimitWorkingDays).dueDate();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
        insert into convening (case_number, question, convener, time_limit, convened_at, due_date, state)
        values (:caseNumber, :question, :convener, :timeLimit, :now, :dueDate, :state)""")
        .param("caseNumber", caseNumber).param("question", cleanQuestion).param("convener", byUser)
        .param("timeLimit", timeLimitWorkingDays).param("now", Timestamp.from(now)).param("dueDate", dueDate)
        .param("state", ConveningState.OPEN.name())
        .update(key, "id");
    long id = key.getKeyAs(Number.class).longValue();
    for (int position = 0; position < chosen.size(); position++) {
      rows.insertOpinion(id, position, chosen.get(position).id(), dueDate, now, null);
    }
    String names = chosen.stream().map(Officer::name).collect(Collectors.joining("、"));
    timeline.record(caseNumber, "CONVENED", byUser, Texts.shorten("召集" + names + "协同研究，" + dueDate + "前提出意见", 200),
        "召集事项：" + cleanQuestion + "\n被召集人：" + names + "\n时限 " + timeLimitWorkingDays + " 个工作日，至 "
            + dueDate + "（含）");
    chosen.forEach(officer -> notifications.notifyUser(officer.id(), "CONVENED", caseNumber,
        Texts.shorten("您被召集研究案件 " + caseNumber + "，请于 " + dueDate + " 前提出意见：" + cleanQuestion, 500)));
    system.run(() -> instances.start(caseNumber, summary.enterpriseName(), id, byUser, cleanQuestion));
    log.info("Convening {} on case {} by {}: {} officers due {}", id, caseNumber, byUser, chosen.size(), dueDate);
    return convenings.convening(id);
  }

  /**
   * Checks a convening as {@link #convene} does, without storing or starting anything: for a task form that convenes
   * when it completes (the officer's decision in enterprise-request).
   */
  @Transactional(readOnly = true)
  public void checkConvene(String caseNumber, String question, List<String> officers, int timeLimitWorkingDays,
      String byUser) {
    checked(caseNumber, question, officers, timeLimitWorkingDays, byUser);
  }

  /** The user ids in a form's text field: separated by commas (, ，), 、, semicolons or spaces; blanks dropped. */
  public static List<String> officerIds(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.strip().split("[,，、;；\\s]+")).filter(id -> !id.isBlank()).toList();
  }

  /**
   * Adds an officer to a running convening (加签): only the convener or an administrator, only while it is open. The
   * officer's deadline is the convening's due date, or the next working day if that has passed.
   *
   * @throws NotFound ({@code convening}); {@link ConveningForbidden}; {@link ConveningClosed}; {@link InvalidInput}
   *     naming {@code officer}
   */
  public Convening addOfficer(long conveningId, String officer, String byUser) {
    ConveningRow convening = rows.convening(conveningId);
    boolean allowed = byUser != null && (byUser.equals(convening.convener())
        || memberships.groupsOf(byUser).contains(StewardGroups.ADMIN));
    if (!allowed) {
      throw new ConveningForbidden();
    }
    if (convening.state() != ConveningState.OPEN) {
      throw new ConveningClosed(conveningId);
    }
    List<String> convened = rows.opinions(List.of(conveningId)).stream().map(OpinionRow::officer).toList();
    Violations violations = new Violations();
    Officer added = OfficerChoice.added(officer, convening.convener(), convened, directory::officer, violations);
    violations.throwIfAny();

    LocalDate today = StewardClock.today();
    LocalDate dueDate = convening.dueDate().isBefore(today) ? rows.deadlineIn(1).dueDate() : convening.dueDate();
    rows.insertOpinion(conveningId, convened.size(), added.id(), dueDate, StewardClock.now(), byUser);
    timeline.record(convening.caseNumber(), "OFFICER_ADDED", byUser,
        Texts.shorten("加签：增加" + added.name() + "参与召集，" + dueDate + "前提出意见", 200), null);
    notifications.notifyUser(added.id(), "CONVENED", convening.caseNumber(), Texts.shorten("您被加签参与研究案件 "
        + convening.caseNumber() + "，请于 " + dueDate + " 前提出意见：" + convening.question(), 500));
    String officerId = added.id();
    system.run(() -> instances.addOfficer(conveningId, officerId));
    log.info("Convening {}: officer {} added by {} due {}", conveningId, officerId, byUser, dueDate);
    return convenings.convening(conveningId);
  }

  private Checked checked(String caseNumber, String question, List<String> officers, int timeLimitWorkingDays,
      String byUser) {
    CaseSummary summary = cases.find(caseNumber).orElseThrow(() -> new NotFound("case", caseNumber));
    Set<String> groups = memberships.groupsOf(byUser);
    boolean allowed = byUser != null && (byUser.equals(summary.officer())
        || groups.contains(StewardGroups.SUPERVISORS) || groups.contains(StewardGroups.ADMIN));
    if (!allowed) {
      throw new ConveningForbidden();
    }
    if (!summary.open()) {
      throw new CaseClosed(caseNumber);
    }
    Violations violations = new Violations();
    String cleanQuestion = violations.text("question", question, MAX_QUESTION);
    List<Officer> chosen = OfficerChoice.convened(officers, byUser, directory::officer, violations);
    if (timeLimitWorkingDays < MIN_TIME_LIMIT || timeLimitWorkingDays > MAX_TIME_LIMIT) {
      violations.add("timeLimit", "convening.time-limit.range", MIN_TIME_LIMIT, MAX_TIME_LIMIT);
    }
    violations.throwIfAny();
    return new Checked(summary, cleanQuestion, chosen);
  }

  /** A convening that passed every rule: the case, the stripped question, the officers in the given order. */
  private record Checked(CaseSummary summary, String question, List<Officer> officers) {
  }
}
