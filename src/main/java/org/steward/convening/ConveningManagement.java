package org.steward.convening;

import static org.steward.shared.Rows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.convening.process.ConveningInstances;
import org.steward.convening.process.ConveningProcess;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Officer;
import org.steward.directory.StewardGroups;
import org.steward.handling.HandlingManagement;
import org.steward.notification.Notifications;
import org.steward.shared.CaseLookup;
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
 * The convening capability's API: convenes officers on any open case (rights, validation, deadline), adds officers while
 * it runs (加签), records opinions, lights and the conclusion on Steward's tables, the case timeline and notifications,
 * always in the caller's transaction (usually the engine command of the {@code convening} step that calls it). A
 * refused call changes nothing.
 */
@Service
@Transactional
public class ConveningManagement {

  /** How many officers one convening may hold, added ones included. */
  public static final int MIN_OFFICERS = 2;
  public static final int MAX_OFFICERS = 20;
  /** The shortest and the longest time limit for opinions, in working days. */
  public static final int MIN_TIME_LIMIT = 1;
  public static final int MAX_TIME_LIMIT = 30;

  static final int MAX_QUESTION = 2000;
  static final int MAX_TEXT = Violations.MAX_VARIABLE_TEXT;

  private static final Logger log = LoggerFactory.getLogger(ConveningManagement.class);

  private static final String CONVENING_SELECT = """
      select id, case_number, question, convener, time_limit, convened_at, due_date, state, conclusion, concluded_at,
             concluded_by
      from convening
      """;
  private static final String OPINION_SELECT = """
      select id, convening_id, position, officer_id, due_date, added_at, added_by, state, light, late, opinion, given_at
      from convening_opinion
      """;

  private final Memberships memberships;
  private final JdbcClient jdbc;
  private final List<CaseLookup> cases;
  private final DirectoryManagement directory;
  private final WorkingDayCalendar calendar;
  private final HandlingManagement handling;
  private final Timeline timeline;
  private final Notifications notifications;
  private final SystemContext system;
  private final ConveningInstances instances;
  private final ApplicationEventPublisher events;

  ConveningManagement(JdbcClient jdbc, List<CaseLookup> cases, DirectoryManagement directory,
      WorkingDayCalendar calendar, HandlingManagement handling, Timeline timeline, Notifications notifications,
      Memberships memberships, SystemContext system, ConveningInstances instances, ApplicationEventPublisher events) {
    this.memberships = memberships;
    this.jdbc = jdbc;
    this.cases = cases;
    this.directory = directory;
    this.calendar = calendar;
    this.handling = handling;
    this.timeline = timeline;
    this.notifications = notifications;
    this.system = system;
    this.instances = instances;
    this.events = events;
  }

  // --- convene and add officers ------------------------------------------------------------------------------------

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
    LocalDate dueDate = calendar.addWorkingDays(StewardClock.today(), timeLimitWorkingDays);
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
      insertOpinion(id, position, chosen.get(position).id(), dueDate, now, null);
    }
    String names = chosen.stream().map(Officer::name).collect(Collectors.joining("、"));
    timeline.record(caseNumber, "CONVENED", byUser, shorten("召集" + names + "协同研究，" + dueDate + "前提出意见"),
        "召集事项：" + cleanQuestion + "\n被召集人：" + names + "\n时限 " + timeLimitWorkingDays + " 个工作日，至 "
            + dueDate + "（含）");
    chosen.forEach(officer -> notifications.notifyUser(officer.id(), "CONVENED", caseNumber,
        Texts.shorten("您被召集研究案件 " + caseNumber + "，请于 " + dueDate + " 前提出意见：" + cleanQuestion, 500)));
    system.run(() -> instances.start(caseNumber, summary.enterpriseName(), id, byUser, cleanQuestion));
    log.info("Convening {} on case {} by {}: {} officers due {}", id, caseNumber, byUser, chosen.size(), dueDate);
    return convening(id);
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
    ConveningRow convening = row(conveningId);
    boolean allowed = byUser != null && (byUser.equals(convening.convener())
        || memberships.groupsOf(byUser).contains(StewardGroups.ADMIN));
    if (!allowed) {
      throw new ConveningForbidden();
    }
    if (convening.state() != ConveningState.OPEN) {
      throw new ConveningClosed(conveningId);
    }
    List<OpinionRow> opinions = opinionRows(List.of(conveningId));
    Violations violations = new Violations();
    Officer added = null;
    if (officer == null || officer.isBlank()) {
      violations.add("officer", "NotBlank");
    } else {
      String id = officer.strip();
      Optional<Officer> known = directory.officer(id);
      if (known.isEmpty()) {
        violations.add("officer", "convening.officer.unknown", id);
      } else if (id.equals(convening.convener())) {
        violations.add("officer", "convening.officer.convener", id);
      } else if (opinions.stream().anyMatch(o -> o.officer().equals(id))) {
        violations.add("officer", "convening.officer.already", id);
      } else if (opinions.size() >= MAX_OFFICERS) {
        violations.add("officer", "convening.officers.full", MAX_OFFICERS);
      } else {
        added = known.get();
      }
    }
    violations.throwIfAny();

    LocalDate today = StewardClock.today();
    LocalDate dueDate = convening.dueDate().isBefore(today) ? calendar.addWorkingDays(today, 1) : convening.dueDate();
    insertOpinion(conveningId, opinions.size(), added.id(), dueDate, StewardClock.now(), byUser);
    timeline.record(convening.caseNumber(), "OFFICER_ADDED", byUser,
        shorten("加签：增加" + added.name() + "参与召集，" + dueDate + "前提出意见"), null);
    notifications.notifyUser(added.id(), "CONVENED", convening.caseNumber(), Texts.shorten("您被加签参与研究案件 "
        + convening.caseNumber() + "，请于 " + dueDate + " 前提出意见：" + convening.question(), 500));
    String officerId = added.id();
    system.run(() -> instances.addOfficer(conveningId, officerId));
    log.info("Convening {}: officer {} added by {} due {}", conveningId, officerId, byUser, dueDate);
    return convening(conveningId);
  }

  // --- opinions ----------------------------------------------------------------------------------------------------

  /** The opinion row of an officer in a convening; {@link NotFound} ({@code opinion}) when not convened. */
  @Transactional(readOnly = true)
  public Opinion opinionOf(long conveningId, String officer) {
    OpinionRow row = jdbc.sql(OPINION_SELECT + " where convening_id = :id and officer_id = :officer")
        .param("id", conveningId).param("officer", officer).query(ConveningManagement::opinionRow).optional()
        .orElseThrow(() -> new NotFound("opinion", conveningId + "/" + officer));
    return toOpinions(List.of(row)).get(0);
  }

  /** Checks an opinion before its task completes: required, at most 4,000 characters (a process variable). */
  public void checkOpinion(String opinion) {
    Violations violations = new Violations();
    violations.text("opinion", opinion, MAX_TEXT);
    violations.throwIfAny();
  }

  /** The officer gives the opinion (提出意见); late if given after the deadline. */
  public void giveOpinion(long opinionId, String opinion, String byUser) {
    OpinionRow row = openOpinion(opinionId);
    Violations violations = new Violations();
    String text = violations.text("opinion", opinion, MAX_TEXT);
    violations.throwIfAny();
    Instant now = StewardClock.now();
    boolean late = row.late() || !now.isBefore(dueAt(row.dueDate()));
    jdbc.sql("""
        update convening_opinion set state = :state, opinion = :opinion, given_at = :now, late = :late, light = :light
        where id = :id""")
        .param("state", OpinionState.GIVEN.name()).param("opinion", text).param("now", Timestamp.from(now))
        .param("late", late).param("light", lightAt(row.dueDate(), now)).param("id", opinionId).update();
    ConveningRow convening = row(row.conveningId());
    timeline.record(convening.caseNumber(), "OPINION_GIVEN", actor(byUser, row.officer()),
        shorten(officerName(row.officer()) + (late ? "逾期提出意见" : "提出意见")), text);
    if (opinionRows(List.of(convening.id())).stream().allMatch(o -> o.state() == OpinionState.GIVEN)) {
      notifications.notifyUser(convening.convener(), "OPINIONS_COMPLETE", convening.caseNumber(),
          "案件 " + convening.caseNumber() + " 召集的全部意见已提出，请汇总形成结论。");
    }
  }

  /** A convened officer's opinion as a deadline subject ({@code opinion}), one of several in a convening's instance. */
  @Bean
  DeadlineSubject opinionSubject(ConveningLinks links) {
    // the opinion of this sub-process instance's officer in the convening this instance claimed
    return new DeadlineSubject("opinion", true, execution -> Long.toString(opinionOf(
        links.of(execution.getProcessInstanceId()), (String) execution.getVariable(ConveningProcess.OFFICER)).id()),
        id -> deadlineState(Long.parseLong(id)), (id, light) -> storeLight(Long.parseLong(id), light));
  }

  @EventListener(condition = "#event.concerns('opinion')")
  void on(LightChanged event) {
    announce(Long.parseLong(event.subjectId()), event.to());
  }

  /** The opinion as its timers see it: its case, the light they last signalled, whether open, its deadline. */
  @Transactional(readOnly = true)
  DeadlineSubject.State deadlineState(long opinionId) {
    OpinionRow row = jdbc.sql(OPINION_SELECT + " where id = :id").param("id", opinionId)
        .query(ConveningManagement::opinionRow).optional().orElseThrow(() -> new NotFound("opinion", opinionId));
    return new DeadlineSubject.State(row(row.conveningId()).caseNumber(), Light.valueOf(row.light()),
        row.state() == OpinionState.OPEN, handling.deadline(row.dueDate()));
  }

  /** Stores the light a timer signalled; red flags the officer late on the case ({@link #opinionSubject}). */
  void storeLight(long opinionId, Light light) {
    jdbc.sql("update convening_opinion set light = :light, late = (late or :red) where id = :id")
        .param("light", light.name()).param("red", light == Light.RED).param("id", opinionId).update();
  }

  /** Yellow reminds the officer; red tells the officer and the convener. */
  void announce(long opinionId, Light light) {
    OpinionRow row = openOpinion(opinionId);
    ConveningRow convening = row(row.conveningId());
    String caseNumber = convening.caseNumber();
    if (light == Light.YELLOW) {
      notifications.notifyUser(row.officer(), "OPINION_YELLOW", caseNumber,
          "黄灯预警：案件 " + caseNumber + " 的召集意见须于 " + row.dueDate() + " 前提出。");
      timeline.record(caseNumber, "OPINION_YELLOW", Timeline.SYSTEM,
          shorten(officerName(row.officer()) + "的意见时限将至（" + row.dueDate() + "），亮黄灯"), null);
      return;
    }
    String text = "红灯：" + officerName(row.officer()) + "未在 " + row.dueDate() + " 前就案件 " + caseNumber
        + " 提出召集意见。";
    notifications.notifyUser(row.officer(), "OPINION_OVERDUE", caseNumber, text);
    notifications.notifyUser(convening.convener(), "OPINION_OVERDUE", caseNumber, text);
    timeline.record(caseNumber, "OPINION_OVERDUE", Timeline.SYSTEM,
        shorten(officerName(row.officer()) + "超过意见时限（" + row.dueDate() + "）未提出意见，亮红灯"), null);
  }

  /**
   * The opinions so far, one Chinese line per officer in order, for the convener's conclusion form; at most what a
   * process variable holds.
   */
  @Transactional(readOnly = true)
  public String opinionSummary(long conveningId) {
    return Texts.shorten(convening(conveningId).opinions().stream()
        .map(o -> o.officerName() + "：" + switch (o.state()) {
          case GIVEN -> (o.late() ? "（逾期）" : "") + o.opinion();
          case MISSED -> "（未提出意见）";
          case OPEN -> "（尚未提出意见，时限 " + o.dueDate() + "）";
        })
        .collect(Collectors.joining("\n")), Violations.MAX_VARIABLE_TEXT);
  }

  // --- conclusion --------------------------------------------------------------------------------------------------

  /**
   * Checks a conclusion before the convener's task completes: the convening is open, the conclusion given (at most
   * 4,000 characters), and no opinion is still awaited within its deadline.
   *
   * @throws ConveningClosed; {@link InvalidInput} naming {@code conclusion} or {@code opinions}
   */
  @Transactional(readOnly = true)
  public void checkConclusion(long conveningId, String conclusion) {
    checkedConclusion(row(conveningId), conclusion);
  }

  /**
   * Concludes the convening: the conclusion is kept, opinions still awaited become 未提出意见, the timeline shows it
   * and {@link ConveningConcluded} is published in this transaction.
   */
  public void conclude(long conveningId, String conclusion, String byUser) {
    ConveningRow convening = row(conveningId);
    String text = checkedConclusion(convening, conclusion);
    Instant now = StewardClock.now();
    jdbc.sql("""
        update convening set state = :state, conclusion = :conclusion, concluded_at = :now, concluded_by = :by
        where id = :id""")
        .param("state", ConveningState.CONCLUDED.name()).param("conclusion", text).param("now", Timestamp.from(now))
        .param("by", actor(byUser, convening.convener())).param("id", conveningId).update();
    for (OpinionRow open : opinionRows(List.of(conveningId))) {
      if (open.state() != OpinionState.OPEN) {
        continue;
      }
      boolean late = open.late() || !now.isBefore(dueAt(open.dueDate()));
      jdbc.sql("update convening_opinion set state = :state, late = :late, light = :light where id = :id")
          .param("state", OpinionState.MISSED.name()).param("late", late).param("light", lightAt(open.dueDate(), now))
          .param("id", open.id()).update();
      timeline.record(convening.caseNumber(), "OPINION_MISSED", Timeline.SYSTEM,
          shorten(officerName(open.officer()) + "未提出意见，召集已结束"), null);
    }
    timeline.record(convening.caseNumber(), "CONVENING_CONCLUDED", actor(byUser, convening.convener()),
        "召集协同已形成结论", text);
    events.publishEvent(new ConveningConcluded(conveningId, convening.caseNumber(), text));
    log.info("Convening {} on case {} concluded by {}", conveningId, convening.caseNumber(), byUser);
  }

  // --- reading -----------------------------------------------------------------------------------------------------

  /** Every convening of the case, oldest first, with opinions, live lights and who is late. */
  @Transactional(readOnly = true)
  public List<Convening> ofCase(String caseNumber) {
    return toConvenings(jdbc.sql(CONVENING_SELECT + " where case_number = :caseNumber order by convened_at, id")
        .param("caseNumber", caseNumber).query(ConveningManagement::conveningRow).list());
  }

  /** One convening; {@link NotFound} ({@code convening}) if there is none. */
  @Transactional(readOnly = true)
  public Convening convening(long id) {
    return toConvenings(List.of(row(id))).get(0);
  }

  /** When the light of an opinion due on {@code dueDate} turns yellow (as for department units). */
  public Instant warnAt(LocalDate dueDate) {
    return handling.warnAt(dueDate);
  }

  /** When the light of an opinion due on {@code dueDate} turns red: the start of the next day. */
  public Instant dueAt(LocalDate dueDate) {
    return handling.dueAt(dueDate);
  }

  // --- internals ---------------------------------------------------------------------------------------------------

  private Checked checked(String caseNumber, String question, List<String> officers, int timeLimitWorkingDays,
      String byUser) {
    CaseSummary summary = findCase(caseNumber).orElseThrow(() -> new NotFound("case", caseNumber));
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
    List<Officer> chosen = checkedOfficers(violations, officers, byUser);
    if (timeLimitWorkingDays < MIN_TIME_LIMIT || timeLimitWorkingDays > MAX_TIME_LIMIT) {
      violations.add("timeLimit", "convening.time-limit.range", MIN_TIME_LIMIT, MAX_TIME_LIMIT);
    }
    violations.throwIfAny();
    return new Checked(summary, cleanQuestion, chosen);
  }

  private Optional<CaseSummary> findCase(String caseNumber) {
    if (caseNumber == null || caseNumber.isBlank()) {
      return Optional.empty();
    }
    return cases.stream().map(lookup -> lookup.find(caseNumber)).flatMap(Optional::stream).findFirst();
  }

  private List<Officer> checkedOfficers(Violations violations, List<String> officers, String convener) {
    List<String> given = officers == null ? List.of() : officers;
    List<Officer> chosen = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String field = "officers[" + i + "]";
      String id = given.get(i) == null ? null : given.get(i).strip();
      if (id == null || id.isEmpty()) {
        violations.add(field, "NotBlank");
      } else if (!seen.add(id)) {
        violations.add(field, "convening.officer.duplicate", id);
      } else if (id.equals(convener)) {
        violations.add(field, "convening.officer.convener", id);
      } else {
        directory.officer(id).ifPresentOrElse(chosen::add,
            () -> violations.add(field, "convening.officer.unknown", id));
      }
    }
    if (seen.size() < MIN_OFFICERS || seen.size() > MAX_OFFICERS) {
      violations.add("officers", "convening.officers.count", MIN_OFFICERS, MAX_OFFICERS, seen.size());
    }
    return chosen;
  }

  private String checkedConclusion(ConveningRow convening, String conclusion) {
    if (convening.state() != ConveningState.OPEN) {
      throw new ConveningClosed(convening.id());
    }
    Violations violations = new Violations();
    String text = violations.text("conclusion", conclusion, MAX_TEXT);
    Instant now = StewardClock.now();
    List<OpinionRow> awaited = opinionRows(List.of(convening.id())).stream()
        .filter(o -> o.state() == OpinionState.OPEN && now.isBefore(dueAt(o.dueDate()))).toList();
    if (!awaited.isEmpty()) {
      LocalDate last = awaited.stream().map(OpinionRow::dueDate).max(LocalDate::compareTo).orElseThrow();
      violations.add("opinions", "convening.opinions.outstanding", awaited.size(), last.toString());
    }
    violations.throwIfAny();
    return text;
  }

  private void insertOpinion(long conveningId, int position, String officer, LocalDate dueDate, Instant now,
      String addedBy) {
    jdbc.sql("""
        insert into convening_opinion (convening_id, position, officer_id, due_date, added_at, added_by, state, light,
                                       late)
        values (:conveningId, :position, :officer, :dueDate, :now, :addedBy, :state, :light, false)""")
        .param("conveningId", conveningId).param("position", position).param("officer", officer)
        .param("dueDate", dueDate).param("now", Timestamp.from(now)).param("addedBy", addedBy)
        .param("state", OpinionState.OPEN.name()).param("light", lightAt(dueDate, now)).update();
  }

  /** An opinion's light by the units' deadline rule ({@link HandlingManagement#deadline}). */
  private String lightAt(LocalDate dueDate, Instant at) {
    return handling.deadline(dueDate).lightAt(at).name();
  }

  private ConveningRow row(long id) {
    return jdbc.sql(CONVENING_SELECT + " where id = :id").param("id", id).query(ConveningManagement::conveningRow)
        .optional().orElseThrow(() -> new NotFound("convening", id));
  }

  private OpinionRow openOpinion(long opinionId) {
    OpinionRow row = jdbc.sql(OPINION_SELECT + " where id = :id").param("id", opinionId)
        .query(ConveningManagement::opinionRow).optional().orElseThrow(() -> new NotFound("opinion", opinionId));
    if (row.state() != OpinionState.OPEN) {
      throw new ConveningClosed(row.conveningId());
    }
    return row;
  }

  private List<OpinionRow> opinionRows(List<Long> conveningIds) {
    return jdbc.sql(OPINION_SELECT + " where convening_id in (:ids) order by convening_id, position")
        .param("ids", conveningIds).query(ConveningManagement::opinionRow).list();
  }

  private List<Convening> toConvenings(List<ConveningRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<OpinionRow>> opinions = new LinkedHashMap<>();
    opinionRows(rows.stream().map(ConveningRow::id).toList())
        .forEach(o -> opinions.computeIfAbsent(o.conveningId(), k -> new ArrayList<>()).add(o));
    return rows.stream().map(r -> new Convening(r.id(), r.caseNumber(), r.question(), r.convener(),
        officerName(r.convener()), r.timeLimit(), r.convenedAt(), r.dueDate(), r.state(), r.conclusion(),
        r.concludedAt(), r.concludedBy(), toOpinions(opinions.getOrDefault(r.id(), List.of())))).toList();
  }

  private List<Opinion> toOpinions(List<OpinionRow> rows) {
    Instant now = StewardClock.now();
    return rows.stream().map(o -> new Opinion(o.id(), o.officer(), officerName(o.officer()), o.dueDate(), o.state(),
        o.state() == OpinionState.OPEN ? lightAt(o.dueDate(), now) : o.light(),
        o.late() || (o.state() == OpinionState.OPEN && !now.isBefore(dueAt(o.dueDate()))), o.opinion(), o.givenAt(),
        o.addedAt(), o.addedBy())).toList();
  }

  private String officerName(String officerId) {
    return directory.officer(officerId).map(Officer::name).orElse(officerId);
  }

  private static String actor(String byUser, String otherwise) {
    return byUser == null || byUser.isBlank() ? otherwise : byUser;
  }

  private static String shorten(String text) {
    return Texts.shorten(text, 200);
  }

  private static ConveningRow conveningRow(ResultSet rs, int n) throws SQLException {
    return new ConveningRow(rs.getLong("id"), rs.getString("case_number"), rs.getString("question"),
        rs.getString("convener"), rs.getInt("time_limit"), instant(rs, "convened_at"),
        rs.getObject("due_date", LocalDate.class), ConveningState.valueOf(rs.getString("state")),
        rs.getString("conclusion"), instant(rs, "concluded_at"), rs.getString("concluded_by"));
  }

  private static OpinionRow opinionRow(ResultSet rs, int n) throws SQLException {
    return new OpinionRow(rs.getLong("id"), rs.getLong("convening_id"), rs.getString("officer_id"),
        rs.getObject("due_date", LocalDate.class), instant(rs, "added_at"), rs.getString("added_by"),
        OpinionState.valueOf(rs.getString("state")), rs.getString("light"), rs.getBoolean("late"),
        rs.getString("opinion"), instant(rs, "given_at"));
  }

  /** A convening that passed every rule: the case, the stripped question, the officers in the given order. */
  private record Checked(CaseSummary summary, String question, List<Officer> officers) {
  }

  /** A row of convening as stored. */
  private record ConveningRow(long id, String caseNumber, String question, String convener, int timeLimit,
      Instant convenedAt, LocalDate dueDate, ConveningState state, String conclusion, Instant concludedAt,
      String concludedBy) {
  }

  /** A row of convening_opinion as stored. */
  private record OpinionRow(long id, long conveningId, String officer, LocalDate dueDate, Instant addedAt,
      String addedBy, OpinionState state, String light, boolean late, String opinion, Instant givenAt) {
  }
}
