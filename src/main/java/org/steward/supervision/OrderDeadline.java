package org.steward.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.steward.deadline.DeadlineSubject;
import org.steward.deadline.Light;
import org.steward.deadline.LightChanged;

/**
 * A supervision order (督办单) as a deadline subject ({@code order}) while it awaits its answer: yellow tells the target,
 * red the target and the issuer.
 */
@Component
class OrderDeadline implements DeadlineSubject {

  static final String KIND = "order";

  private final SupervisionOrders orders;
  private final OrderInstances instances;

  OrderDeadline(SupervisionOrders orders, OrderInstances instances) {
    this.orders = orders;
    this.instances = instances;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String idOf(DelegateExecution execution) {
    return Long.toString(instances.of(execution.getProcessInstanceId()));
  }

  @Override
  public State stateOf(String id) {
    return orders.deadlineState(Long.parseLong(id));
  }

  @Override
  public void setLight(String id, Light light) {
    orders.setLight(Long.parseLong(id), light);
  }

  @EventListener(condition = "#event.concerns('" + KIND + "')")
  void on(LightChanged event) {
    orders.announce(Long.parseLong(event.subjectId()), event.to());
  }
}
