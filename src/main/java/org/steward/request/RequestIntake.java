package org.steward.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.deadline.Deadline;
import org.steward.deadline.Light;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.directory.Officer;
import org.steward.request.process.EnterpriseRequestProcess;
import org.steward.request.process.RequestEngine;
import org.steward.shared.InvalidInput;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.workflow.Memberships;

/**
 * Registers a request and starts its case: who may raise it (rights), what a valid request is, its case number and
 * idempotent repeats. Announces the new case ({@link RequestSubmitted}).
 */
@Service
@Transactional
public class RequestIntake {

  static final int MAX_KEY_LENGTH = 200;


  private static final Logger log = LoggerFactory.getLogger(RequestManagement.class);

  private final JdbcClient jdbc;
  private final DirectoryManagement directory;
  private final Categories categories;
  private final RequestManagement requests;
  private final RequestRows rows;
  private final RequestEngine engine;
  private final CaseNumbers caseNumbers;
  private final Memberships memberships;
  private final List<RaiseRight> raiseRights;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate inTransaction;

  RequestIntake(JdbcClient jdbc, DirectoryManagement directory, Categories categories, RequestManagement requests,
      RequestRows rows, RequestEngine engine, CaseNumbers caseNumbers, Memberships memberships,
      List<RaiseRight> raiseRights, ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.categories = categories;
    this.requests = requests;
    this.rows = rows;
    this.engine = engine;
    this.caseNumbers = caseNumbers;
    this.memberships = memberships;
    this.raiseRights = List.copyOf(raiseRights);
    this.events = events;
    this.inTransaction = new TransactionTemplate(transactionManager);
  }

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
   * The case number is drawn in the transaction that registers the case, so a submission that fails leaves no gap
   * in the day's numbers.
   *
   * @throws InvalidInput naming every bad field; nothing is stored and no process is started
   */
  @Transactional(propagation = Propagation.SUPPORTS)
  public Submission submit(NewRequest request, Caller caller, String idempotencyKey) {
    // One transaction checks the request, holding no lock; a second draws the case number and registers the case,
    // so the number is used if and only if the case is stored (without a caller's transaction; inside one, both join
    // it). The day's counter row stays locked until that commit: submissions register one after another.
    Prepared prepared = inTransaction.execute(status -> prepare(request, caller, idempotencyKey));
    if (prepared.repeat() != null) {
      return prepared.repeat();
    }
    LocalDate day = StewardClock.today();
    caseNumbers.openDay(day);
    return inTransaction.execute(status -> register(caseNumbers.next(day), prepared.intake(), caller, prepared.key(),
        prepared.hash()));
  }

  /** A checked request, or the case an idempotent repeat stands for. */
  private record Prepared(Submission repeat, Intake intake, String key, String hash) {
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
    Violations keyRule = new Violations();
    String key = keyRule.optionalLine("Idempotency-Key", idempotencyKey, MAX_KEY_LENGTH);
    keyRule.throwIfAny();
    String hash = intake.hash();
    if (key != null) {
      Optional<String[]> earlier = jdbc.sql("""
              select case_number, body_hash from request_idempotency
               where user_id = :user and idempotency_key = :key""")
          .param("user", caller.userId()).param("key", key)
          .query((rs, n) -> new String[] {rs.getString("case_number"), rs.getString("body_hash")}).optional();
      if (earlier.isPresent()) {
        if (!earlier.get()[1].equals(hash)) {
          throw new IdempotencyKeyReused(key, earlier.get()[0]);
        }
        log.info("Idempotent repeat of {} by {} (key {})", earlier.get()[0], caller.userId(), key);
        return new Prepared(new Submission(requests.view(earlier.get()[0]), false), null, null, null);
      }
    }

    return new Prepared(null, intake, key, hash);
  }

  private Submission register(String caseNumber, Intake intake, Caller caller, String key, String hash) {
    Optional<Officer> officer = directory.officerOf(intake.enterprise().id());
    // supervisor_id references an officer, so the id is the supervisor's (directory.supervisorOf would read it twice)
    String supervisor = officer.map(Officer::supervisorId).orElse(null);
    Instant now = StewardClock.now();
    Deadline response = ResponseDeadline.of(now);
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
        .param("responseDue", Timestamp.from(response.dueAt()))
        .update();
    events.publishEvent(new RequestSubmitted(caseNumber, intake.title(), caller.userId(),
        officer.map(Officer::id).orElse(null), intake.channel(), response.dueAt()));

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
        .putValue(EnterpriseRequestProcess.LIGHT, Light.GREEN.name())
        .putValue(EnterpriseRequestProcess.RESPONSE_WARN_AT, Date.from(response.warnAt()))
        .putValue(EnterpriseRequestProcess.RESPONSE_DUE_AT, Date.from(response.dueAt()));
    engine.start(caseNumber, variables);
    log.info("Request {} submitted by {} for enterprise {} (officer {})", caseNumber, caller.userId(),
        intake.enterprise().id(), officer.map(Officer::id).orElse("-"));
    // a new case has no units yet, and its officer's name is at hand
    return new Submission(requests.view(rows.row(caseNumber), List.of(), officer.map(Officer::name).orElse(null)),
        true);
  }

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
    String title = violations.line("title", request.title(), NewRequest.MAX_TITLE);
    String description = violations.text("description", request.description(), NewRequest.MAX_DESCRIPTION);
    String contactName = violations.line("contactName", request.contactName(), NewRequest.MAX_CONTACT_NAME);
    String contactPhone = violations.line("contactPhone", request.contactPhone(), NewRequest.MAX_CONTACT_PHONE);
    if (contactPhone != null && !NewRequest.PHONE.matcher(contactPhone).matches()) {
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
}
