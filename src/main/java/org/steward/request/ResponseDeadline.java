package org.steward.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.deadline.Deadline;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.shared.StewardClock;
import org.steward.supervision.SupervisionItem;
import org.steward.supervision.SupervisionManagement;
import org.steward.supervision.SupervisionReason;
import org.steward.timeline.Timeline;

/**
 * The 24-hour response rule (24小时回复): a new request's first answer from its officer is a deadline subject
 * ({@code response}, its id the case number), yellow four hours before the 24 hours end and red when they end; red
 * reminds the officer, tells the supervisor and opens a supervision item.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ResponseDeadline {

  private static final Logger log = LoggerFactory.getLogger(ResponseDeadline.class);
  /** How a notice gives the instant the 24 hours end: "12月6日 10:00". */
  static final DateTimeFormatter RESPONSE_DEADLINE = DateTimeFormatter.ofPattern("M月d日 HH:mm");

  private final JdbcClient jdbc;
  private final RequestRows rows;
  private final Notifications notifications;
  private final SupervisionManagement supervision;
  private final Timeline timeline;
  private final ApplicationEventPublisher events;

  /** The officer's 24-hour response to a new request as a deadline subject ({@code response}), id the case number. */
  @Bean
  DeadlineSubject responseSubject() {
    return new DeadlineSubject("response", false, DelegateExecution::getProcessBusinessKey, this::responseState,
        this::storeResponseLight);
  }

  @EventListener(condition = "#event.concerns('response')")
  void on(LightChanged event) {
    announceResponse(event.subjectId(), event.to());
  }

  /**
   * The 24-hour response as its timers see it: the light they last signalled, open until the officer signs for the
   * case, yellow {@link RequestManagement#RESPONSE_WARNING} before the 24 hours end, red when they end.
   */
  @Transactional(readOnly = true)
  DeadlineSubject.State responseState(String caseNumber) {
    RequestRow row = rows.row(caseNumber);
    return new DeadlineSubject.State(caseNumber, row.responseLight(), row.acknowledgedAt() == null,
        dueAt(row.responseDue()));
  }

  /**
   * The 24-hour response of a request submitted at {@code submittedAt}, the one rule its column, its task and its
   * timers follow: red {@link RequestManagement#RESPONSE_TIME} later (wall clock), yellow
   * {@link RequestManagement#RESPONSE_WARNING} before that.
   */
  public static Deadline of(Instant submittedAt) {
    return dueAt(submittedAt.plus(RequestManagement.RESPONSE_TIME));
  }

  /** The response whose 24 hours end at {@code dueAt} (the stored {@code response_due}). */
  static Deadline dueAt(Instant dueAt) {
    return new Deadline(LocalDate.ofInstant(dueAt, StewardClock.ZONE), dueAt.minus(RequestManagement.RESPONSE_WARNING),
        dueAt);
  }

  /** Stores the light a response timer signalled ({@link #responseSubject}). */
  void storeResponseLight(String caseNumber, Light light) {
    jdbc.sql("update request set response_light = :light where case_number = :caseNumber")
        .param("light", light.name()).param("caseNumber", caseNumber).update();
    events.publishEvent(new ResponseLightStored(caseNumber, light));
  }

  /**
   * Yellow: four hours of the 24 are left; the officer (or the officers' queue) is warned with the time they end. Red:
   * the officer is reminded, the supervisor told, and a supervision item (RESPONSE_OVERDUE) opened.
   */
  void announceResponse(String caseNumber, Light light) {
    RequestRow row = rows.row(caseNumber);
    if (light == Light.YELLOW) {
      notifyOfficer(row, "RESPONSE_DUE_SOON", "诉求将于 "
          + RESPONSE_DEADLINE.format(row.responseDue().atZone(StewardClock.ZONE))
          + " 超过24小时时限，请尽快签收并首次答复：" + row.title());
      return;
    }
    String target = row.officer() != null ? row.officer() : StewardGroups.OFFICERS;
    supervision.open(caseNumber, null, SupervisionReason.RESPONSE_OVERDUE, target);
    notifyOfficer(row, "RESPONSE_OVERDUE", "诉求已超过24小时未签收，请立即签收并首次答复：" + row.title());
    String supervisorText = "首席服务官超过24小时未签收诉求，请督促：" + row.title();
    if (row.supervisor() != null) {
      notifications.notifyUser(row.supervisor(), "RESPONSE_OVERDUE", caseNumber, supervisorText);
    } else {
      notifications.notifyGroup(StewardGroups.SUPERVISORS, "RESPONSE_OVERDUE", caseNumber, supervisorText);
    }
    timeline.record(caseNumber, "RESPONSE_OVERDUE", Timeline.SYSTEM, "超过24小时未签收，已提醒首席服务官并督办", null);
    log.info("Request {} not signed for within {}; officer {} reminded", caseNumber, RequestManagement.RESPONSE_TIME,
        target);
  }

  /** The case's officer, or the officers' queue while it has none. */
  private void notifyOfficer(RequestRow row, String kind, String text) {
    if (row.officer() != null) {
      notifications.notifyUser(row.officer(), kind, row.caseNumber(), text);
    } else {
      notifications.notifyGroup(StewardGroups.OFFICERS, kind, row.caseNumber(), text);
    }
  }

  /** The open supervision item of an overdue response (RESPONSE_OVERDUE), if there is one. */
  @Transactional(readOnly = true)
  public Optional<Long> openResponseSupervision(String caseNumber) {
    return supervision.ofCase(caseNumber).stream()
        .filter(item -> item.isOpen() && item.reason() == SupervisionReason.RESPONSE_OVERDUE)
        .map(SupervisionItem::id).findFirst();
  }
}
