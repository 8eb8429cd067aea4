package org.steward.convening;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.convening.process.ConveningProcess;
import org.steward.deadline.Deadline;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.notification.Notifications;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.timeline.Timeline;
import org.steward.workflow.ProcessValues;

/**
 * The convened officers' opinions (提出意见): each given by its officer within a working-day deadline, with yellow and
 * red lights while awaited, and summed up for the convener, who is told once all are in.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ConveningOpinions {

  static final int MAX_OPINION = Violations.MAX_VARIABLE_TEXT;

  private final JdbcClient jdbc;
  private final ConveningRows rows;
  private final Convenings convenings;
  private final ConveningTransitions transitions;
  private final Timeline timeline;
  private final Notifications notifications;

  /** The opinion row of an officer in a convening; {@link NotFound} ({@code opinion}) when not convened. */
  @Transactional(readOnly = true)
  public Opinion opinionOf(long conveningId, String officer) {
    return convenings.view(rows.opinionOf(conveningId, officer));
  }

  /** When the light of an opinion due on {@code dueDate} turns yellow (as for department units). */
  public Instant warnAt(LocalDate dueDate) {
    return rows.deadline(dueDate).warnAt();
  }

  /** When the light of an opinion due on {@code dueDate} turns red: the start of the next day. */
  public Instant dueAt(LocalDate dueDate) {
    return rows.deadline(dueDate).dueAt();
  }

  /** The officer gives the opinion (提出意见); late if given after the deadline. */
  public void giveOpinion(long opinionId, String opinion, String byUser) {
    OpinionRow row = openOpinion(opinionId);
    Violations violations = new Violations();
    String text = violations.text("opinion", opinion, MAX_OPINION);
    violations.throwIfAny();
    Instant now = StewardClock.now();
    Deadline deadline = rows.deadline(row.dueDate());
    boolean late = row.lateAt(now, deadline);
    transitions.make(row.conveningId(), opinionId, OpinionTransition.GIVE, Map.of("opinion", text,
        "given_at", Timestamp.from(now), "late", late, "light", deadline.lightAt(now).name()));
    ConveningRow convening = rows.convening(row.conveningId());
    String actor = byUser == null || byUser.isBlank() ? row.officer() : byUser;
    timeline.record(convening.caseNumber(), "OPINION_GIVEN", actor,
        Texts.shorten(convenings.officerName(row.officer()) + (late ? "逾期提出意见" : "提出意见"), 200), text);
    if (rows.opinions(List.of(convening.id())).stream().allMatch(o -> o.state() == OpinionState.GIVEN)) {
      notifications.notifyUser(convening.convener(), "OPINIONS_COMPLETE", convening.caseNumber(),
          "案件 " + convening.caseNumber() + " 召集的全部意见已提出，请汇总形成结论。");
    }
  }

  /** A convened officer's opinion as a deadline subject ({@code opinion}), one of several in a convening's instance. */
  @Bean
  DeadlineSubject opinionSubject(ConveningLinks links) {
    // the opinion of this sub-process instance's officer in the convening this instance claimed
    return new DeadlineSubject("opinion", true, execution -> Long.toString(opinionOf(
        links.of(execution.getProcessInstanceId()), ProcessValues.text(execution, ConveningProcess.OFFICER)).id()),
        id -> deadlineState(Long.parseLong(id)), (id, light) -> storeLight(Long.parseLong(id), light));
  }

  @EventListener(condition = "#event.concerns('opinion')")
  void on(LightChanged event) {
    announce(Long.parseLong(event.subjectId()), event.to());
  }

  /** The opinion as its timers see it: its case, the light they last signalled, whether open, its deadline. */
  @Transactional(readOnly = true)
  DeadlineSubject.State deadlineState(long opinionId) {
    OpinionRow row = rows.opinion(opinionId);
    return new DeadlineSubject.State(rows.convening(row.conveningId()).caseNumber(), row.light(),
        row.state() == OpinionState.OPEN, rows.deadline(row.dueDate()));
  }

  /** Stores the light a timer signalled; red flags the officer late on the case ({@link #opinionSubject}). */
  void storeLight(long opinionId, Light light) {
    jdbc.sql("update convening_opinion set light = :light, late = (late or :red) where id = :id")
        .param("light", light.name()).param("red", light == Light.RED).param("id", opinionId).update();
  }

  /** Yellow reminds the officer; red tells the officer and the convener. */
  void announce(long opinionId, Light light) {
    OpinionRow row = openOpinion(opinionId);
    ConveningRow convening = rows.convening(row.conveningId());
    String caseNumber = convening.caseNumber();
    String name = convenings.officerName(row.officer());
    if (light == Light.YELLOW) {
      notifications.notifyUser(row.officer(), "OPINION_YELLOW", caseNumber,
          "黄灯预警：案件 " + caseNumber + " 的召集意见须于 " + row.dueDate() + " 前提出。");
      timeline.record(caseNumber, "OPINION_YELLOW", Timeline.SYSTEM,
          Texts.shorten(name + "的意见时限将至（" + row.dueDate() + "），亮黄灯", 200), null);
      return;
    }
    String text = "红灯：" + name + "未在 " + row.dueDate() + " 前就案件 " + caseNumber + " 提出召集意见。";
    notifications.notifyUser(row.officer(), "OPINION_OVERDUE", caseNumber, text);
    notifications.notifyUser(convening.convener(), "OPINION_OVERDUE", caseNumber, text);
    timeline.record(caseNumber, "OPINION_OVERDUE", Timeline.SYSTEM,
        Texts.shorten(name + "超过意见时限（" + row.dueDate() + "）未提出意见，亮红灯", 200), null);
  }

  /**
   * The opinions so far, one Chinese line per officer in order, for the convener's conclusion form; at most what a
   * process variable holds.
   */
  @Transactional(readOnly = true)
  public String opinionSummary(long conveningId) {
    return OpinionSummary.of(convenings.convening(conveningId).opinions());
  }

  private OpinionRow openOpinion(long opinionId) {
    OpinionRow row = rows.opinion(opinionId);
    if (row.state() != OpinionState.OPEN) {
      throw new ConveningClosed(row.conveningId());
    }
    return row;
  }
}
