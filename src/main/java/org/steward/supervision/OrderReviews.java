package org.steward.supervision;

import static org.steward.supervision.OrderTasks.actor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.StewardClock;
import org.steward.supervision.process.SupervisionOrderProcess;
import org.steward.timeline.Timeline;

/**
 * The issuer's side of an order: it reviews the answer (审核督办反馈), in Tasklist or over REST (the same task), and
 * accepts it (the order closes) or sends it back with a note ({@link OrderReview}).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class OrderReviews {

  private final SupervisionOrders orders;
  private final OrderTransitions transitions;
  private final OrderTasks tasks;
  private final OrderTargets targets;
  private final Timeline timeline;

  /** The issuer reviews the answer (审核督办反馈); only the issuer; 400 naming {@code reviewResult}/{@code reviewNote}. */
  public SupervisionOrder reviewAnswer(long id, String result, String note, String byUser) {
    SupervisionOrder order = orders.order(id);
    if (byUser == null || !byUser.equals(order.issuedBy())) {
      throw new SupervisionOrderForbidden();
    }
    checkReview(result, note);
    Map<String, Object> variables = new HashMap<>();
    variables.put(SupervisionOrderProcess.REVIEW_RESULT, result);
    variables.put(SupervisionOrderProcess.REVIEW_NOTE, note);
    tasks.complete(order, SupervisionOrderState.ANSWERED, SupervisionOrderProcess.REVIEW_ANSWER, byUser, variables);
    return orders.order(id);
  }

  /** Checks a review before its task completes: a result ACCEPTED or REJECTED; a note (≤ 2,000) when rejected. */
  public void checkReview(String result, String note) {
    OrderReview.of(result, note);
  }

  /**
   * The issuer reviews the answer (审核督办反馈): accepted closes the order; rejected sends it back to the target with the
   * note, to answer again. Answers whether it was accepted.
   */
  public boolean review(long id, String result, String note, String byUser) {
    SupervisionOrder order = orders.order(id);
    if (order.state() != SupervisionOrderState.ANSWERED) {
      throw new SupervisionOrderNotOpen(id, order.state());
    }
    OrderReview review = OrderReview.of(result, note);
    Instant now = StewardClock.now();
    Map<String, Object> columns = new HashMap<>();
    columns.put("review_note", review.note());
    columns.put("reviewed_by", actor(byUser));
    columns.put("reviewed_at", Timestamp.from(now));
    columns.put("closed_at", review.accepted() ? Timestamp.from(now) : null);
    transitions.make(id, review.accepted() ? OrderTransition.ACCEPT : OrderTransition.SEND_BACK, columns);
    if (review.accepted()) {
      timeline.record(order.caseNumber(), "SUPERVISION_ORDER_CLOSED", actor(byUser),
          "督办单反馈已通过审核，督办单办结", review.note());
      targets.notify(order, "SUPERVISION_ORDER_CLOSED",
          "督办单：案件 " + order.caseNumber() + " 的督办反馈已通过审核，督办单办结。");
    } else {
      timeline.record(order.caseNumber(), "SUPERVISION_ORDER_REJECTED", actor(byUser),
          "督办单反馈未通过审核，退回" + order.targetName() + "重新反馈", review.note());
      targets.notify(order, "SUPERVISION_ORDER_REJECTED",
          "督办单：案件 " + order.caseNumber() + " 的督办反馈未通过审核，请重新反馈：" + review.note());
    }
    return review.accepted();
  }
}
