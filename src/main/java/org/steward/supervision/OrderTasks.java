package org.steward.supervision;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.steward.supervision.process.SupervisionOrderInstances;
import org.steward.timeline.Timeline;

/** The steps REST callers take on an order are its process's tasks: completes the one the order waits at. */
@Component
@RequiredArgsConstructor
class OrderTasks {

  private final SupervisionOrderInstances instances;

  /**
   * Completes the order's task {@code taskKey} as {@code byUser}; {@link SupervisionOrderNotOpen} unless the order is
   * in the {@code expected} state and waits at that task.
   */
  void complete(SupervisionOrder order, SupervisionOrderState expected, String taskKey, String byUser,
      Map<String, Object> variables) {
    if (order.state() != expected || !instances.complete(order.id(), taskKey, byUser, variables)) {
      throw new SupervisionOrderNotOpen(order.id(), order.state());
    }
  }

  /** Who a step is recorded as done by: the user, or the system when there is none. */
  static String actor(String byUser) {
    return byUser == null || byUser.isBlank() ? Timeline.SYSTEM : byUser;
  }
}
