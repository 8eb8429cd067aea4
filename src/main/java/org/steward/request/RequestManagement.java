package org.steward.request;

import static org.steward.shared.Rows.instant;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.access.CaseAccess;
import org.steward.access.CaseReader;
import org.steward.deadline.Light;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Officer;
import org.steward.handling.HandlingManagement;
import org.steward.handling.HandlingUnit;
import org.steward.request.process.RequestEngine;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.timeline.Timeline;
import org.steward.timeline.TimelineEntry;

/**
 * The request capability's API for reading a case: the case as people see it (with its units, steps and light), for a
 * reader of its case scope or for other capabilities, and its running process instance. The use cases that change a
 * case are {@link RequestIntake}, {@link RequestSteps}, {@link RequestHandOver}, {@link RequestConvening},
 * {@link RequestRatings}, {@link RequestEscalations}, {@link MaterialSupply} and {@link Withdrawal}.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class RequestManagement {

  /** The 24-hour rule: a new request must be signed for and answered within this time (wall clock). */
  public static final Duration RESPONSE_TIME = Duration.ofHours(24);

  /** How long before the 24 hours end the officer is warned (the model's timer reads {@link ResponseDeadline#of}). */
  public static final Duration RESPONSE_WARNING = Duration.ofHours(4);

  /** Time limits the officer may give departments, in working days. */
  public static final int MIN_TIME_LIMIT = 1;

  public static final int MAX_TIME_LIMIT = 60;

  static final int MAX_REASON = 2000;
  /** The most characters of the first answer to a case (multi-line). */
  static final int MAX_FIRST_ANSWER = 2000;
  /** The most characters of a rating's comment (multi-line). */
  static final int MAX_COMMENT = 500;

  private final CaseAccess access;
  private final DirectoryManagement directory;
  private final Categories categories;
  private final HandlingManagement handling;
  private final Timeline timeline;
  private final RequestRows rows;
  private final RequestEngine engine;

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

  private RequestRow row(String caseNumber) {
    return rows.row(caseNumber);
  }

  private RequestView view(RequestRow row) {
    return view(row, handling.unitsOf(row.caseNumber()), row.officer() == null ? null
        : directory.officer(row.officer()).map(Officer::name).orElse(null));
  }

  /** The case of {@code row} with the given units and officer's name (a caller that has them saves the queries). */
  RequestView view(RequestRow row, List<HandlingUnit> units, String officerName) {
    List<RequestView.Unit> unitViews = units.stream().map(u -> new RequestView.Unit(u.id(), u.round(),
        u.departmentCode(), u.departmentName(), name(u.role()), u.dueDate(), name(u.state()), name(u.light()),
        name(u.rating()), u.feedback(), u.returnReason(), shanghai(u.signedAt()), shanghai(u.finishedAt()),
        u.extensions().stream().map(e -> new RequestView.Extension(e.previousDueDate(), e.requestedDueDate(),
            e.reason(), e.requestedBy(), shanghai(e.requestedAt()), e.approved(), e.decidedBy(),
            shanghai(e.decidedAt()))).toList())).toList();
    List<RequestView.Step> steps = timeline.of(row.caseNumber()).stream().map(RequestManagement::step).toList();
    return new RequestView(row.caseNumber(), row.enterpriseId(), row.enterpriseName(), row.category(),
        categories.byCode(row.category()).map(Category::label).orElse(row.category()), row.title(), row.description(),
        row.contactName(), row.contactPhone(), row.urgency(), row.channel(), row.state(), row.outcome(),
        light(row, units), row.officer(), officerName, row.submittedBy(),
        shanghai(row.submittedAt()), shanghai(row.responseDue()), shanghai(row.acknowledgedAt()), row.firstAnswer(),
        row.leadDepartment(), row.timeLimit(), row.resolutionDue(), row.reply(), shanghai(row.repliedAt()),
        row.satisfaction(), row.satisfactionComment(), shanghai(row.ratedAt()), row.reopenCount(),
        shanghai(row.closedAt()), unitViews, steps);
  }

  /**
   * The case light: red if not signed for and past its response due, or if an open unit is red; yellow if an open
   * unit is yellow or the last four hours of the response have begun; green otherwise, and once the case has ended
   * ({@link RequestState#ENDED}). The ledger's SQL ({@code ledger.Ledger}) rolls up the same rule over the lights the
   * timers stored, for filtering and sorting; both agree once the timers have run (CaseLightTests).
   */
  private static Light light(RequestRow row, List<HandlingUnit> units) {
    return light(row.state(), row.acknowledgedAt(), row.responseDue(),
        units.stream().filter(HandlingUnit::isOpen).map(HandlingUnit::light).toList(), StewardClock.now());
  }

  /**
   * The case light at {@code now}: the response's light by its deadline ({@link ResponseDeadline#dueAt}, red from
   * {@code responseDue} itself, the moment the engine's response timer fires) while not signed for, and the open
   * units' lights; the worst of them.
   */
  static Light light(RequestState state, Instant acknowledgedAt, Instant responseDue, List<Light> open, Instant now) {
    if (RequestState.ENDED.contains(state)) {
      return Light.GREEN;
    }
    Light response = acknowledgedAt == null ? ResponseDeadline.dueAt(responseDue).lightAt(now) : Light.GREEN;
    if (response == Light.RED || open.contains(Light.RED)) {
      return Light.RED;
    }
    return response == Light.YELLOW || open.contains(Light.YELLOW) ? Light.YELLOW : Light.GREEN;
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
