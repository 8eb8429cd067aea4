package org.steward.notification.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.directory.StewardGroups;
import org.steward.notification.Delivery;
import org.steward.notification.DeliveryState;
import org.steward.notification.Notification;
import org.steward.notification.Notifications;
import org.steward.security.CallerGroups;
import org.steward.shared.InvalidInput;

/**
 * The caller's notifications (to the user or one of its groups), newest first, the unread count, and marking them
 * read; for administrators, how their deliveries stand.
 */
@RestController
@RequestMapping("/api/notifications")
@RequiredArgsConstructor
class NotificationController {

  private static final int MAX_LIMIT = 200;

  private final Notifications notifications;

  @GetMapping
  List<Notification> mine(@RequestParam(defaultValue = "false") boolean unread,
      @RequestParam(defaultValue = "50") int limit, Authentication caller) {
    return notifications.forUser(caller.getName(), CallerGroups.of(caller), unread, checkLimit(limit));
  }

  @GetMapping("/unread-count")
  Map<String, Long> unreadCount(Authentication caller) {
    return Map.of("unread", notifications.unreadCount(caller.getName(), CallerGroups.of(caller)));
  }

  @PostMapping("/{id}/read")
  ResponseEntity<Void> read(@PathVariable long id, Authentication caller) {
    notifications.markRead(id, caller.getName(), CallerGroups.of(caller));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/read-all")
  Map<String, Integer> readAll(Authentication caller) {
    return Map.of("marked", notifications.markAllRead(caller.getName(), CallerGroups.of(caller)));
  }

  /** Deliveries in a state (PENDING, SENT, FAILED, GAVE_UP; all when absent), the most recently due first. */
  @GetMapping("/deliveries")
  @PreAuthorize("hasRole('" + StewardGroups.ADMIN + "')")
  List<Delivery> deliveries(@RequestParam(required = false) String state,
      @RequestParam(defaultValue = "50") int limit) {
    return notifications.deliveries(state(state), checkLimit(limit));
  }

  private static DeliveryState state(String state) {
    if (state == null) {
      return null;
    }
    return Arrays.stream(DeliveryState.values()).filter(s -> s.name().equals(state)).findFirst()
        .orElseThrow(() -> new InvalidInput("state", "notification.state.unknown",
            Arrays.toString(DeliveryState.values())));
  }

  private static int checkLimit(int limit) {
    if (limit < 1) {
      throw new InvalidInput("limit", "Min", "limit", 1);
    }
    if (limit > MAX_LIMIT) {
      throw new InvalidInput("limit", "Max", "limit", MAX_LIMIT);
    }
    return limit;
  }
}
