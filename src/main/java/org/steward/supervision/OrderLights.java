package org.steward.supervision;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;
import org.steward.notification.Notifications;
import org.steward.timeline.Timeline;

/**
 * An order's lights: the order as a deadline subject ({@code order}) while it awaits its answer, whose timers store
 * the light they signal; yellow tells the target, red the target and the issuer.
 */
@Service
@Transactional
@RequiredArgsConstructor
class OrderLights {

  private final JdbcClient jdbc;
  private final SupervisionOrders orders;
  private final OrderTargets targets;
  private final Timeline timeline;
  private final Notifications notifications;

  /** A supervision order as a deadline subject ({@code order}) while it awaits its answer. */
  @Bean
  DeadlineSubject orderSubject(OrderInstances instances) {
    return new DeadlineSubject("order", false,
        execution -> Long.toString(instances.of(execution.getProcessInstanceId())),
        id -> deadlineState(Long.parseLong(id)), (id, light) -> setLight(Long.parseLong(id), light));
  }

  @EventListener(condition = "#event.concerns('order')")
  void on(LightChanged event) {
    announce(Long.parseLong(event.subjectId()), event.to());
  }

  /** The order as its timers see it: its case, the light they last signalled, whether it awaits an answer, deadline. */
  @Transactional(readOnly = true)
  DeadlineSubject.State deadlineState(long id) {
    SupervisionOrder order = orders.order(id);
    return new DeadlineSubject.State(order.caseNumber(), order.light(), order.state().awaitsAnswer(),
        orders.deadline(order.dueDate()));
  }

  /** Yellow tells the target; red tells the target and the issuer. */
  void announce(long id, Light light) {
    SupervisionOrder order = orders.order(id);
    if (light == Light.YELLOW) {
      targets.notify(order, "SUPERVISION_ORDER_YELLOW",
          "黄灯预警：案件 " + order.caseNumber() + " 的督办单今日（" + order.dueDate() + "）到期，请尽快反馈。");
      timeline.record(order.caseNumber(), "SUPERVISION_ORDER_YELLOW", Timeline.SYSTEM,
          "督办单反馈时限将至（" + order.dueDate() + "），亮黄灯", null);
      return;
    }
    String text = "红灯：案件 " + order.caseNumber() + " 的督办单已超过反馈时限 " + order.dueDate() + "，"
        + order.targetName() + "尚未反馈。";
    targets.notify(order, "SUPERVISION_ORDER_RED", text);
    notifications.notifyUser(order.issuedBy(), "SUPERVISION_ORDER_RED", order.caseNumber(), text);
    timeline.record(order.caseNumber(), "SUPERVISION_ORDER_RED", Timeline.SYSTEM,
        order.targetName() + "超过督办单反馈时限（" + order.dueDate() + "），亮红灯", null);
  }

  /** Stores the light a timer signalled ({@link #orderSubject}). */
  void setLight(long id, Light light) {
    jdbc.sql("update supervision_order set light = :light where id = :id").param("light", light.name())
        .param("id", id).update();
  }
}
