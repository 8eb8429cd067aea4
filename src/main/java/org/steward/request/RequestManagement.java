package org.steward.request;

import static org.steward.shared.Rows.instant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.access.CaseAccess;
import org.steward.access.CaseReader;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.convening.ConveningManagement;
import org.steward.deadline.Light;
import org.steward.directory.Department;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.directory.Officer;
import org.steward.directory.StewardGroups;
import org.steward.handling.HandlingManagement;
import org.steward.handling.HandlingUnit;
import org.steward.handling.Handovers;
import org.steward.handling.UnitState;
import org.steward.notification.Notifications;
import org.steward.request.process.EnterpriseRequestProcess;
import org.steward.request.process.RequestEngine;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.supervision.SupervisionManagement;
import org.steward.timeline.Timeline;
import org.steward.timeline.TimelineEntry;
import org.steward.workflow.Memberships;

/**
 * The request capability's API: intake (rights, validation, case numbers, idempotency), what people read about a case,
 * the enterprise's rating, and the business steps the {@code enterprise-request} process calls through its delegates.
 * Every method runs in the caller's transaction with the engine; a refused call changes nothing.
 */
@Service
@Transactional
public class RequestManagement {

  /** The 24-hour rule: a new request must be signed for and answered within this time (wall clock). */
  public static final Duration RESPONSE_TIME = Duration.ofHours(24);
  /** How long before the 24 hours end the officer is warned (the model's PT20H timer). */
  public static final Duration RESPONSE_WARNING = Duration.ofHours(4);
  /** Time limits the officer may give departments, in working days. */
  public static final int MIN_TIME_LIMIT = 1;
  public static final int MAX_TIME_LIMIT = 60;

  static final int MAX_KEY_LENGTH = 200;
  static final int MAX_REASON = 2000;
  /** The convening's input fields and the decision form's fields for them. */
  private static final Map<String, String> CONVENING_FIELDS = Map.of("question", "conveningQuestion",
      "officers", "conveningOfficers", "timeLimit", "conveningTimeLimit");
  private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,32}");
  private static final DateTimeFormatter CASE_DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final Logger log = LoggerFactory.getLogger(RequestManagement.class);


  private final JdbcClient jdbc;
  private final CaseAccess access;
  private final DirectoryManagement directory;
  private final Categories categories;
  private final HandlingManagement handling;
  private final Handovers handovers;
  private final WorkingDayCalendar calendar;
  private final Timeline timeline;
  private final Notifications notifications;
  private final SupervisionManagement supervision;
  private final ConveningManagement convenings;
  private final RequestRows rows;
  private final RequestEngine engine;
  private final RequestTransitions transitions;
  private final Memberships memberships;
  private final List<RaiseRight> raiseRights;
  private final TransactionTemplate ownTransaction;
  private final TransactionTemplate inTransaction;

  RequestManagement(JdbcClient jdbc, CaseAccess access, DirectoryManagement directory, Categories categories,
      HandlingManagement handling, Handovers handovers, WorkingDayCalendar calendar, Timeline timeline,
      Notifications notifications, SupervisionManagement supervision, ConveningManagement convenings,
      RequestRows rows, RequestEngine engine, RequestTransitions transitions, Memberships memberships,
      List<RaiseRight> raiseRights, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.access = access;
    this.directory = directory;
    this.categories = categories;
    this.handling = handling;
    this.handovers = handovers;
    this.calendar = calendar;
    this.timeline = timeline;
    this.notifications = notifications;
    this.supervision = supervision;
    this.convenings = convenings;
    this.rows = rows;
    this.engine = engine;
    this.transitions = transitions;
    this.memberships = memberships;
    this.raiseRights = List.copyOf(raiseRights);
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.inTransaction = new TransactionTemplate(transactionManager);
  }

  // --- intake ----------------------------------------------------------------------------------------------------

  /** As {@link #submit(NewRequest, Caller, String)}, the caller's groups read from the identity service. */
  @Transactional(propagation = Propagation.SUPPORTS)
  public Submission submit(NewRequest request, String submittedBy, String idempotencyKey) {
    return submit(request, new Caller(submittedBy, memberships.groupsOf(submittedBy)), idempotencyKey);
  }

  /**
   * Registers a request and starts its case. An enterprise user submits only for its own enterprise, an officer only
   * for an enterprise assigned to it or one another capability vouches for ({@link RaiseRight}: a project's officer for
   * the project's enterprise), an administrator for any ({@link RequestForbidden} otherwise). With an
   * idempotency key, the same user, key and request answer the case created first ({@code created} false); another
   * request under a used key is refused with {@link IdempotencyKeyReused}.
   *
   * A submission that fails after its case number was drawn leaves a gap in the day's numbers.
   *
   * @throws InvalidInput naming every bad field; nothing is stored and no process is started
   */
  @Transactional(propagation = Propagation.SUPPORTS)
  public Submission submit(NewRequest request, Caller caller, String idempotencyKey) {
    // One short transaction checks the request and draws its number, so the day's counter row stays locked only that
    // long; a second one registers the case (without a caller's transaction; inside one, both join it).
    Prepared prepared = inTransaction.execute(status -> prepare(request, caller, idempotencyKey));
    if (prepared.repeat() != null) {
      return prepared.repeat();
    }
    return inTransaction.execute(status ->
        register(prepared.caseNumber(), prepared.intake(), caller, prepared.key(), prepared.hash()));
  }

  /** A checked request with its case number, or the case an idempotent repeat stands for. */
  private record Prepared(Submission repeat, String caseNumber, Intake intake, String key, String hash) {
  }

  private Prepared prepare(NewRequest request, Caller caller, String idempotencyKey) {
    if (request == null) {
      throw new InvalidInput("body", "NotNull");
    }
    if (!caller.isAdmin() && !caller.isEnterprise() && !caller.isOfficer()) {
      throw new RequestForbidden();
    }
    if (request.enterpriseId() != null) {
      authorizeFor(request.enterpriseId(), caller);
    }
    Intake intake = validate(request, caller);
    String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
    if (key != null && key.length() > MAX_KEY_LENGTH) {
      throw new InvalidInput("Idempotency-Key", "TooLong", MAX_KEY_LENGTH);
    }
    String hash = intake.hash();
    if (key != null) {
      Optional<String[]> earlier = jdbc.sql("""
              select case_number, body_hash from request_idempotency where user_id = :user and idempotency_key = :key""")
          .param("user", caller.userId()).param("key", key)
          .query((rs, n) -> new String[] {rs.getString("case_number"), rs.getString("body_hash")}).optional();
      if (earlier.isPresent()) {
        if (!earlier.get()[1].equals(hash)) {
          throw new IdempotencyKeyReused(key, earlier.get()[0]);
        }
        log.info("Idempotent repeat of {} by {} (key {})", earlier.get()[0], caller.userId(), key);
        return new Prepared(new Submission(view(earlier.get()[0]), false), null, null, null, null);
      }
    }

    return new Prepared(null, nextCaseNumber(StewardClock.today()), intake, key, hash);
  }

  private Submission register(String caseNumber, Intake intake, Caller caller, String key, String hash) {
    Optional<Officer> officer = directory.officerOf(intake.enterprise().id());
    // supervisor_id references an officer, so the id is the supervisor's (directory.supervisorOf would read it twice)
    String supervisor = officer.map(Officer::supervisorId).orElse(null);
    Instant now = StewardClock.now();
    if (key != null) {
      try {
        jdbc.sql("""
                insert into request_idempotency (user_id, idempotency_key, body_hash, case_number, created_at)
                values (:user, :key, :hash, :caseNumber, :now)""")
            .param("user", caller.userId()).param("key", key).param("hash", hash).param("caseNumber", caseNumber)
            .param("now", Timestamp.from(now)).update();
      } catch (DuplicateKeyException e) {
        throw new IdempotencyKeyInUse(key);
      }
    }
    jdbc.sql("""
            insert into request (case_number, enterprise_id, enterprise_name, category, title, description,
              contact_name, contact_phone, urgency, channel, state, officer_id, supervisor_id, submitted_by,
              submitted_at, response_due, reopen_count)
            values (:caseNumber, :enterpriseId, :enterpriseName, :category, :title, :description, :contactName,
              :contactPhone, :urgency, :channel, :state, :officer, :supervisor, :submittedBy, :submittedAt,
              :responseDue, 0)""")
        .param("caseNumber", caseNumber)
        .param("enterpriseId", intake.enterprise().id())
        .param("enterpriseName", intake.enterprise().name())
        .param("category", intake.category().code())
        .param("title", intake.title())
        .param("description", intake.description())
        .param("contactName", intake.contactName())
        .param("contactPhone", intake.contactPhone())
        .param("urgency", intake.urgency().name())
        .param("channel", intake.channel().name())
        .param("state", RequestState.SUBMITTED.name())
        .param("officer", officer.map(Officer::id).orElse(null))
        .param("supervisor", supervisor)
        .param("submittedBy", caller.userId())
        .param("submittedAt", Timestamp.from(now))
        .param("responseDue", Timestamp.from(now.plus(RESPONSE_TIME)))
        .update();
    timeline.record(caseNumber, "SUBMITTED", caller.userId(), "提交诉求", intake.title());
    String text = "新诉求待签收（24小时内首次答复）：" + intake.title();
    officer.ifPresentOrElse(o -> notifications.notifyUser(o.id(), "REQUEST_SUBMITTED", caseNumber, text),
        () -> notifications.notifyGroup(StewardGroups.OFFICERS, "REQUEST_SUBMITTED", caseNumber, text));

    VariableMap variables = Variables.createVariables()
        .putValue(EnterpriseRequestProcess.CASE_NUMBER, caseNumber)
        .putValue(EnterpriseRequestProcess.ENTERPRISE_ID, intake.enterprise().id())
        .putValue(EnterpriseRequestProcess.ENTERPRISE_NAME, intake.enterprise().name())
        .putValue(EnterpriseRequestProcess.TITLE, intake.title())
        // the forms show the description; a variable holds 4,000 characters, the request table the whole text
        .putValue(EnterpriseRequestProcess.DESCRIPTION,
            Texts.shorten(intake.description(), Violations.MAX_VARIABLE_TEXT))
        .putValue(EnterpriseRequestProcess.CATEGORY, intake.category().code())
        .putValue(EnterpriseRequestProcess.CATEGORY_LABEL, intake.category().label())
        .putValue(EnterpriseRequestProcess.URGENCY, intake.urgency().name())
        .putValue(EnterpriseRequestProcess.CONTACT_NAME, intake.contactName())
        .putValue(EnterpriseRequestProcess.CONTACT_PHONE, intake.contactPhone())
        .putValue(EnterpriseRequestProcess.OFFICER, officer.map(Officer::id).orElse(null))
        .putValue(EnterpriseRequestProcess.SUPERVISOR, supervisor)
        .putValue(EnterpriseRequestProcess.LIGHT, Light.GREEN.name());
    engine.start(caseNumber, variables);
    log.info("Request {} submitted by {} for enterprise {} (officer {})", caseNumber, caller.userId(),
        intake.enterprise().id(), officer.map(Officer::id).orElse("-"));
    // a new case has no units yet, and its officer's name is at hand
    return new Submission(view(row(caseNumber), List.of(), officer.map(Officer::name).orElse(null)), true);
  }

  // --- reading ---------------------------------------------------------------------------------------------------

  /** A case for a reader of its case scope ({@link CaseAccess}); {@link NotFound} for anyone else, as for no case. */
  @Transactional(readOnly = true)
  public RequestView view(String caseNumber, Caller caller) {
    RequestRow row = row(caseNumber);
    if (!access.mayRead(caseNumber, new CaseReader(caller.userId(), caller.groups()))) {
      throw new NotFound("request", caseNumber);
    }
    return view(row);
  }

  /** A case, without a rights check (for other capabilities and the process). */
  @Transactional(readOnly = true)
  public RequestView view(String caseNumber) {
    return view(row(caseNumber));
  }

  /** The running {@code enterprise-request} instance of the case, for a link into Cockpit; empty once it has ended. */
  @Transactional(readOnly = true)
  public Optional<String> processInstanceId(String caseNumber) {
    return engine.instanceOf(caseNumber);
  }

  // --- convening from the officer's decision ---------------------------------------------------------------------

  /**
   * Checks a convening chosen on the decision form as {@link ConveningManagement#convene} would, naming the form's
   * fields ({@code conveningQuestion}, {@code conveningOfficers[i]}, {@code conveningTimeLimit}).
   */
  @Transactional(readOnly = true)
  public void checkConvening(String caseNumber, String question, List<String> officers, Object timeLimit,
      String byUser) {
    int limit = conveningTimeLimit(timeLimit);
    onFormFields(() -> convenings.checkConvene(caseNumber, question, officers, limit, byUser));
  }

  /**
   * The officer convenes other officers from the decision (召集协同): the case waits in state CONVENING for the
   * conclusion. Answers the convening's id.
   */
  public long startConvening(String caseNumber, String question, List<String> officers, Object timeLimit,
      String byUser) {
    int limit = conveningTimeLimit(timeLimit);
    long id = onFormFields(() -> convenings.convene(caseNumber, question, officers, limit, byUser)).id();
    transitions.make(caseNumber, RequestTransition.CONVENE);
    return id;
  }

  /** The convening the decision waited for concluded: the officer decides again, with the conclusion. */
  public void conveningConcluded(String caseNumber) {
    transitions.make(caseNumber, RequestTransition.CONVENING_CONCLUDED);
  }

  private static int conveningTimeLimit(Object timeLimit) {
    Violations violations = new Violations();
    Integer limit = violations.whole(CONVENING_FIELDS.get("timeLimit"), timeLimit, ConveningManagement.MIN_TIME_LIMIT,
        ConveningManagement.MAX_TIME_LIMIT, "convening.time-limit.range");
    violations.throwIfAny();
    return limit;
  }

  /** Runs a call to CONVENING whose input errors name the decision form's fields. */
  private static <T> T onFormFields(Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidInput e) {
      throw new InvalidInput(e.violations().stream().map(v -> {
        int bracket = v.field().indexOf('[');
        String base = bracket < 0 ? v.field() : v.field().substring(0, bracket);
        String field = CONVENING_FIELDS.getOrDefault(base, base) + (bracket < 0 ? "" : v.field().substring(bracket));
        return new InvalidInput.FieldViolation(field, v.code(), v.args());
      }).toList());
    }
  }

  private static void onFormFields(Runnable call) {
    onFormFields(() -> {
      call.run();
      return null;
    });
  }

  // --- steps of the enterprise-request process -------------------------------------------------------------------

  /**
   * The routing table's suggestion, recorded on the timeline, with the departments and officers the officer may choose
   * from.
   */
  public Routing recordRouting(String caseNumber, String leadDepartment, List<String> cooperating, Object timeLimit) {
    row(caseNumber);
    int limit = timeLimit instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(timeLimit));
    Map<String, String> departments = new LinkedHashMap<>();
    directory.departments().forEach(d -> departments.put(d.code(), d.name()));
    timeline.record(caseNumber, "ROUTED", Timeline.SYSTEM, "系统建议办理部门",
        "牵头部门：" + departmentName(leadDepartment) + "；配合部门：" + (cooperating.isEmpty() ? "无"
            : cooperating.stream().map(this::departmentName).collect(Collectors.joining("、")))
            + "；时限：" + limit + " 个工作日");
    return new Routing(leadDepartment, cooperating, limit, departments, officerChoices());
  }

  /**
   * The officer signed for the case and gave the first answer. A case from the officers' queue becomes the signer's
   * (with the signer's supervisor); answers who the case's officer and supervisor are now.
   */
  public Acknowledgement acknowledge(String caseNumber, String byUser, String firstAnswer) {
    RequestRow row = row(caseNumber);
    Violations violations = new Violations();
    String answer = violations.text("firstAnswer", firstAnswer, 2000);
    violations.throwIfAny();
    String officer = row.officer() != null ? row.officer() : byUser;
    String supervisor = row.officer() != null ? row.supervisor()
        : directory.supervisorOf(officer).map(Officer::id).orElse(null);
    Map<String, Object> signed = new HashMap<>();
    signed.put("acknowledged_at", Timestamp.from(StewardClock.now()));
    signed.put("first_answer", answer);
    signed.put("officer_id", officer);
    signed.put("supervisor_id", supervisor);
    transitions.make(caseNumber, RequestTransition.SIGN_FOR, signed);
    timeline.record(caseNumber, "ACKNOWLEDGED", byUser, "签收诉求并首次答复", answer);
    return new Acknowledgement(officer, supervisor);
  }

  /**
   * Checks the officer's decision before the task completes: a known decision; an answer to resolve on the spot; for
   * a handover, departments and time limit as {@link Handovers#checkHandover} accepts them; a reason to go
   * to the joint-meeting office. A convening is checked when it starts, in the same transaction.
   *
   * @throws InvalidInput (fields {@code decision}, {@code answer}, {@code leadDepartment},
   *     {@code cooperatingDepartments[i]}, {@code timeLimit}, {@code escalationReason})
   */
  @Transactional(readOnly = true)
  public void checkDecision(String decision, String answer, String leadDepartment, List<String> cooperatingDepartments,
      Object timeLimit, String escalationReason) {
    Violations violations = new Violations();
    HandlingDecision chosen = decision(violations, decision);
    if (chosen == HandlingDecision.RESOLVE_DIRECTLY) {
      violations.text("answer", answer, Violations.MAX_VARIABLE_TEXT);
    }
    if (chosen == HandlingDecision.ESCALATE) {
      violations.text("escalationReason", escalationReason, MAX_REASON);
    }
    Integer limit = null;
    if (chosen == HandlingDecision.HAND_OVER) {
      if (leadDepartment == null || leadDepartment.isBlank()) {
        violations.add("leadDepartment", "NotBlank");
      }
      limit = timeLimit(violations, timeLimit);
    }
    violations.throwIfAny();
    if (chosen == HandlingDecision.HAND_OVER) {
      handovers.checkHandover(leadDepartment.strip(), cooperatingDepartments, limit);
    }
  }

  /** The officer resolved the request on the spot: outcome RESOLVED_DIRECTLY, the answer is the reply. */
  public void resolveDirectly(String caseNumber, String answer, String byUser) {
    Violations violations = new Violations();
    String reply = violations.text("answer", answer, Violations.MAX_VARIABLE_TEXT);
    violations.throwIfAny();
    transitions.make(caseNumber, RequestTransition.RESOLVE_DIRECTLY, Map.of("outcome", Outcome.RESOLVED_DIRECTLY.name(),
        "reply", reply, "replied_at", Timestamp.from(StewardClock.now())));
    timeline.record(caseNumber, "RESOLVED_DIRECTLY", byUser, "即时解决并答复企业", reply);
    notifyEnterprise(caseNumber, "您的诉求已答复，请评价满意度");
  }

  /**
   * The officer hands the case over: HANDLING creates the units; the case is TRACKED, in state HANDLING, due when the
   * time limit runs out. Answers the new units (lead first), the round and the resolution due date.
   */
  public HandOver handOver(String caseNumber, String leadDepartment, List<String> cooperatingDepartments,
      Object timeLimit, String byUser) {
    Violations violations = new Violations();
    Integer limit = timeLimit(violations, timeLimit);
    violations.throwIfAny();
    String lead = leadDepartment == null ? null : leadDepartment.strip();
    List<Long> unitIds = handovers.handOver(caseNumber, lead, cooperatingDepartments, limit, byUser);
    int round = handling.currentRound(caseNumber);
    LocalDate due = calendar.addWorkingDays(StewardClock.today(), limit);
    transitions.make(caseNumber, RequestTransition.HAND_OVER, Map.of("outcome", Outcome.TRACKED.name(),
        "lead_department", lead, "time_limit", limit, "resolution_due", due));
    return new HandOver(List.copyOf(unitIds), round, due, handling.dueAt(due));
  }

  /**
   * All units of the case's latest round have ended: if one returned the matter (退单), the case goes back to the
   * officer with the reasons; otherwise the lead department consolidates the feedback.
   */
  public Assessment assessHandling(String caseNumber) {
    // the round just handled is the case's latest: read from the units, never from a variable a task holder could set
    int round = handling.currentRound(caseNumber);
    boolean anyReturned = handling.anyReturned(caseNumber, round);
    if (anyReturned) {
      String reasons = handling.unitsOf(caseNumber).stream()
          .filter(u -> u.round() == round && u.state() == UnitState.RETURNED)
          .map(u -> u.departmentName() + "（" + u.role().label() + "）退单：" + u.returnReason())
          .collect(Collectors.joining("\n"));
      transitions.make(caseNumber, RequestTransition.UNITS_RETURNED);
      timeline.record(caseNumber, "UNITS_RETURNED", Timeline.SYSTEM, "部门退单，退回首席服务官重新决定", reasons);
      return new Assessment(true, null, Texts.shorten(reasons, Violations.MAX_VARIABLE_TEXT));
    }
    String summary = handling.feedbackSummary(caseNumber, round);
    transitions.make(caseNumber, RequestTransition.CONSOLIDATE);
    timeline.record(caseNumber, "HANDLING_FINISHED", Timeline.SYSTEM, "各部门均已反馈，交牵头部门汇总", null);
    return new Assessment(false, summary, null);
  }

  /** The lead department consolidated the feedback; the officer replies next. */
  public void recordConsolidation(String caseNumber, String consolidatedAnswer, String byUser) {
    Violations violations = new Violations();
    String answer = violations.text("consolidatedAnswer", consolidatedAnswer, Violations.MAX_VARIABLE_TEXT);
    violations.throwIfAny();
    transitions.make(caseNumber, RequestTransition.CONSOLIDATED);
    timeline.record(caseNumber, "CONSOLIDATED", byUser, "牵头部门汇总办理意见", answer);
  }

  /** The officer replied to the enterprise; the return visit follows. */
  public void recordReply(String caseNumber, String reply, String byUser) {
    Violations violations = new Violations();
    String text = violations.text("reply", reply, Violations.MAX_VARIABLE_TEXT);
    violations.throwIfAny();
    transitions.make(caseNumber, RequestTransition.REPLY,
        Map.of("reply", text, "replied_at", Timestamp.from(StewardClock.now())));
    timeline.record(caseNumber, "REPLIED", byUser, "答复企业", text);
    notifyEnterprise(caseNumber, "您的诉求已答复，请评价满意度");
  }

  /**
   * A supervisor dealt with a supervision item of the case (督办 task completed).
   *
   * @throws NotFound ({@code supervision-item}) when the item is not one of this case's
   */
  public void closeSupervision(String caseNumber, long itemId, String byUser, String note) {
    if (!supervision.item(itemId).caseNumber().equals(caseNumber)) {
      throw new NotFound("supervision-item", itemId);
    }
    supervision.close(itemId, byUser, note);
    timeline.record(caseNumber, "SUPERVISED", byUser, "督办", note);
  }

  // --- results of the process steps ------------------------------------------------------------------------------

  /**
   * The routing suggestion, and what the officer chooses from: departments (code to name) and officers to convene (user
   * id to name; a name two officers share carries the user id).
   */
  public record Routing(String leadDepartment, List<String> cooperatingDepartments, int timeLimit,
      Map<String, String> departments, Map<String, String> officers) {
  }

  /** Who the case's officer and supervisor are after signing for it (either may be null: the groups' queues). */
  public record Acknowledgement(String officer, String supervisor) {
  }

  /**
   * The units created by a handover, lead first, the handover round, the case's resolution due date and when it is
   * missed (the start of the day after).
   */
  public record HandOver(List<Long> unitIds, int round, LocalDate resolutionDue, Instant resolutionDueAt) {
  }

  /** After the units of a round: whether one returned the matter, the feedback summary, the return reasons. */
  public record Assessment(boolean anyReturned, String feedbackSummary, String returnReasons) {
  }

  // --- internals -------------------------------------------------------------------------------------------------

  /** A validated submission. */
  private record Intake(Enterprise enterprise, Category category, String title, String description,
      String contactName, String contactPhone, Urgency urgency, Channel channel) {

    /** The normalized request, hashed, to recognise an idempotent repeat. */
    String hash() {
      String canonical = String.join("\u0000", String.valueOf(enterprise.id()), category.code(), title, description,
          contactName, contactPhone, urgency.name(), channel.name());
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
            .digest(canonical.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 missing", e);
      }
    }
  }

  private Intake validate(NewRequest request, Caller caller) {
    Violations violations = new Violations();
    Enterprise enterprise = null;
    if (request.enterpriseId() == null) {
      violations.add("enterpriseId", "NotNull");
    } else {
      enterprise = directory.enterprise(request.enterpriseId()).orElse(null);
      if (enterprise == null) {
        violations.add("enterpriseId", "request.enterprise.unknown", request.enterpriseId());
      }
    }
    Category category = null;
    if (request.category() == null || request.category().isBlank()) {
      violations.add("category", "NotBlank");
    } else {
      category = categories.byCode(request.category().strip()).orElse(null);
      if (category == null) {
        violations.add("category", "request.category.unknown", String.join(", ", categories.labels().keySet()));
      }
    }
    String title = violations.line("title", request.title(), 100);
    String description = violations.text("description", request.description(), 5000);
    String contactName = violations.line("contactName", request.contactName(), 100);
    String contactPhone = violations.line("contactPhone", request.contactPhone(), 32);
    if (contactPhone != null && !PHONE.matcher(contactPhone).matches()) {
      violations.add("contactPhone", "request.contactPhone.format");
    }
    Urgency urgency = request.urgency() == null ? Urgency.NORMAL
        : parse(violations, "urgency", Urgency.class, request.urgency());
    Channel channel = request.channel() == null ? (caller.isEnterprise() ? Channel.PORTAL : Channel.OFFICER)
        : parse(violations, "channel", Channel.class, request.channel());
    violations.throwIfAny();
    return new Intake(enterprise, category, title, description, contactName, contactPhone, urgency, channel);
  }

  static <E extends Enum<E>> E parse(Violations violations, String field, Class<E> type, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.strip())) {
        return constant;
      }
    }
    violations.add(field, "request.code.unknown", Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", ")));
    return null;
  }

  private static HandlingDecision decision(Violations violations, String decision) {
    if (decision == null || decision.isBlank()) {
      violations.add("decision", "NotBlank");
      return null;
    }
    return parse(violations, "decision", HandlingDecision.class, decision);
  }

  private static Integer timeLimit(Violations violations, Object timeLimit) {
    return violations.whole("timeLimit", timeLimit, MIN_TIME_LIMIT, MAX_TIME_LIMIT, "request.timeLimit.range");
  }

  private Map<String, String> officerChoices() {
    List<Officer> officers = directory.officers();
    Map<String, Long> named = officers.stream().collect(Collectors.groupingBy(Officer::name, Collectors.counting()));
    Map<String, String> choices = new LinkedHashMap<>();
    officers.forEach(o -> choices.put(o.id(), named.get(o.name()) > 1 ? o.name() + "（" + o.id() + "）" : o.name()));
    return choices;
  }

  private void authorizeFor(long enterpriseId, Caller caller) {
    if (caller.isAdmin()) {
      return;
    }
    if (caller.isEnterprise() && ownEnterprise(caller, enterpriseId)) {
      return;
    }
    if (caller.isOfficer()
        && directory.officerOf(enterpriseId).map(Officer::id).filter(caller.userId()::equals).isPresent()) {
      return;
    }
    if (caller.isOfficer() && raiseRights.stream().anyMatch(right -> right.mayRaise(caller.userId(), enterpriseId))) {
      return;
    }
    throw new RequestForbidden();
  }

  boolean ownEnterprise(Caller caller, long enterpriseId) {
    return directory.enterpriseIdOfUser(caller.userId()).filter(id -> id == enterpriseId)
        .isPresent();
  }

  /**
   * The next case number of the day. The day's counter row is created in its own transaction (a concurrent creator
   * wins harmlessly); the increment then locks the row until this submission commits, so numbers never repeat.
   */
  private String nextCaseNumber(LocalDate day) {
    if (increment(day) == 0) {
      try {
        ownTransaction.executeWithoutResult(status -> jdbc.sql(
                "insert into request_case_counter (counter_day, last_number) values (:day, 0)")
            .param("day", day).update());
      } catch (DuplicateKeyException e) {
        log.debug("Case counter of {} created concurrently", day);
      }
      increment(day);
    }
    int number = jdbc.sql("select last_number from request_case_counter where counter_day = :day")
        .param("day", day).query(Integer.class).single();
    return "QY" + day.format(CASE_DAY) + "-" + String.format("%04d", number);
  }

  private int increment(LocalDate day) {
    return jdbc.sql("update request_case_counter set last_number = last_number + 1 where counter_day = :day")
        .param("day", day).update();
  }

  private void notifyEnterprise(String caseNumber, String text) {
    RequestRow row = row(caseNumber);
    for (String login : directory.loginsOf(row.enterpriseId())) {
      notifications.notifyUser(login, "REQUEST_REPLIED", caseNumber, text + "：" + row.title());
    }
  }

  private String departmentName(String code) {
    return directory.department(code).map(Department::name).orElse(code);
  }

  private RequestRow row(String caseNumber) {
    return rows.row(caseNumber);
  }

  private RequestView view(RequestRow row) {
    return view(row, handling.unitsOf(row.caseNumber()), row.officer() == null ? null
        : directory.officer(row.officer()).map(Officer::name).orElse(null));
  }

  private RequestView view(RequestRow row, List<HandlingUnit> units, String officerName) {
    List<RequestView.Unit> unitViews = units.stream().map(u -> new RequestView.Unit(u.id(), u.round(),
        u.departmentCode(), u.departmentName(), name(u.role()), u.dueDate(), name(u.state()), name(u.light()),
        name(u.rating()), u.feedback(), u.returnReason(), shanghai(u.signedAt()), shanghai(u.finishedAt()),
        u.extensions().stream().map(e -> new RequestView.Extension(e.previousDueDate(), e.requestedDueDate(),
            e.reason(), e.requestedBy(), shanghai(e.requestedAt()), e.approved(), e.decidedBy(),
            shanghai(e.decidedAt()))).toList())).toList();
    List<RequestView.Step> steps = timeline.of(row.caseNumber()).stream().map(RequestManagement::step).toList();
    return new RequestView(row.caseNumber(), row.enterpriseId(), row.enterpriseName(), row.category(),
        categories.byCode(row.category()).map(Category::label).orElse(row.category()), row.title(), row.description(), row.contactName(), row.contactPhone(), row.urgency(),
        row.channel(), row.state(), row.outcome(), light(row, units), row.officer(), officerName, row.submittedBy(),
        shanghai(row.submittedAt()), shanghai(row.responseDue()), shanghai(row.acknowledgedAt()), row.firstAnswer(),
        row.leadDepartment(), row.timeLimit(), row.resolutionDue(), row.reply(), shanghai(row.repliedAt()),
        row.satisfaction(), row.satisfactionComment(), shanghai(row.ratedAt()), row.reopenCount(),
        shanghai(row.closedAt()), unitViews, steps);
  }

  /**
   * The case light: red if not signed for and past its response due, or if an open unit is red; yellow if an open
   * unit is yellow or the last four hours of the response have begun; green otherwise (also once closed).
   */
  private static Light light(RequestRow row, List<HandlingUnit> units) {
    return light(row.state(), row.acknowledgedAt(), row.responseDue(),
        units.stream().filter(HandlingUnit::isOpen).map(HandlingUnit::light).toList(), StewardClock.now());
  }

  /**
   * The case light at {@code now}. The 24 hours are over at {@code responseDue} itself, the moment the engine's
   * response timer fires, as a unit is red from its {@code dueAt} on.
   */
  static Light light(RequestState state, Instant acknowledgedAt, Instant responseDue, List<Light> open, Instant now) {
    if (state == RequestState.CLOSED) {
      return Light.GREEN;
    }
    if (acknowledgedAt == null && !now.isBefore(responseDue)) {
      return Light.RED;
    }
    if (open.contains(Light.RED)) {
      return Light.RED;
    }
    boolean responseNear = acknowledgedAt == null && !now.isBefore(responseDue.minus(RESPONSE_WARNING));
    return open.contains(Light.YELLOW) || responseNear ? Light.YELLOW : Light.GREEN;
  }

  private static RequestView.Step step(TimelineEntry entry) {
    return new RequestView.Step(shanghai(entry.at()), entry.action(), entry.actor(), entry.description(),
        entry.detail());
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static OffsetDateTime shanghai(Instant instant) {
    return instant == null ? null : instant.atZone(StewardClock.ZONE).toOffsetDateTime();
  }



}
