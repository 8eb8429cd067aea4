package org.steward.supervision;

import static org.steward.supervision.OrderTasks.actor;
import static org.steward.supervision.SupervisionOrders.MAX_ANSWER;

import java.sql.Timestamp;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;
import org.steward.shared.Violations;
import org.steward.supervision.process.SupervisionOrderProcess;
import org.steward.timeline.Timeline;

/**
 * The target's side of an order: it signs for the order (签收) and reports back (反馈督办情况), in Tasklist or over REST
 * (the same tasks); each step is recorded on the order, the case timeline and notifications.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class OrderAnswers {

  private final SupervisionOrders orders;
  private final OrderTransitions transitions;
  private final OrderTasks tasks;
  private final Timeline timeline;
  private final Notifications notifications;

  /**
   * The caller signs for the order by completing its 签收督办单 task; the caller must be in the target department's
   * queue or be the target officer ({@link SupervisionOrderForbidden}); 409 unless the order waits to be signed.
   */
  public SupervisionOrder signFor(long id, String byUser, Set<String> callerGroups) {
    SupervisionOrder order = orders.order(id);
    checkTarget(order, byUser, callerGroups);
    tasks.complete(order, SupervisionOrderState.ISSUED, SupervisionOrderProcess.SIGN_FOR_ORDER, byUser, Map.of());
    return orders.order(id);
  }

  /** The caller reports back (反馈督办情况) as {@link #signFor} signs; 400 naming {@code answer}. */
  public SupervisionOrder reportBack(long id, String answer, String byUser, Set<String> callerGroups) {
    SupervisionOrder order = orders.order(id);
    checkTarget(order, byUser, callerGroups);
    checked(answer);
    tasks.complete(order, SupervisionOrderState.SIGNED, SupervisionOrderProcess.REPORT_BACK, byUser,
        Map.of(SupervisionOrderProcess.ANSWER, answer));
    return orders.order(id);
  }

  /** The target signs for the order (签收); signing a signed order again changes nothing. */
  public void sign(long id, String byUser) {
    SupervisionOrder order = orders.order(id);
    if (order.state() != SupervisionOrderState.ISSUED) {
      return;
    }
    transitions.make(id, OrderTransition.SIGN,
        Map.of("signed_by", actor(byUser), "signed_at", Timestamp.from(StewardClock.now())));
    timeline.record(order.caseNumber(), "SUPERVISION_ORDER_SIGNED", actor(byUser), order.targetName() + "已签收督办单",
        null);
  }

  /** The target reports back (反馈督办情况); the issuer is told and reviews it. */
  public void answer(long id, String answer, String byUser) {
    SupervisionOrder order = orders.order(id);
    if (order.state() != SupervisionOrderState.SIGNED) {
      throw new SupervisionOrderNotOpen(id, order.state());
    }
    String text = checked(answer);
    transitions.make(id, OrderTransition.ANSWER, Map.of("answer", text, "answered_by", actor(byUser),
        "answered_at", Timestamp.from(StewardClock.now()), "answer_count", order.answerCount() + 1));
    timeline.record(order.caseNumber(), "SUPERVISION_ORDER_ANSWERED", actor(byUser),
        order.targetName() + "反馈督办情况", text);
    notifications.notifyUser(order.issuedBy(), "SUPERVISION_ORDER_ANSWERED", order.caseNumber(),
        Texts.shorten("督办单反馈：案件 " + order.caseNumber() + "，" + order.targetName() + "：" + text, 500));
  }

  private static String checked(String answer) {
    Violations violations = new Violations();
    String text = violations.text("answer", answer, MAX_ANSWER);
    violations.throwIfAny();
    return text;
  }

  private static void checkTarget(SupervisionOrder order, String byUser, Set<String> callerGroups) {
    boolean target = OrderTargets.DEPARTMENT.equals(order.targetKind())
        ? callerGroups.contains(StewardGroups.department(order.target()))
        : order.target().equals(byUser);
    if (!target) {
      throw new SupervisionOrderForbidden();
    }
  }
}
