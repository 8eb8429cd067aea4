package org.steward.notification.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.steward.notification.Notification;
import org.steward.notification.Notifications;
import org.steward.security.CallerGroups;
import org.steward.shared.InvalidInput;

/** The caller's notifications (to the user or one of its groups), newest first, and marking one read. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

  private static final int MAX_LIMIT = 200;

  private final Notifications notifications;

  NotificationController(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping
  List<Notification> mine(@RequestParam(defaultValue = "false") boolean unread,
      @RequestParam(defaultValue = "50") int limit, Authentication caller) {
    if (limit < 1) {
      throw new InvalidInput("limit", "Min", "limit", 1);
    }
    if (limit > MAX_LIMIT) {
      throw new InvalidInput("limit", "Max", "limit", MAX_LIMIT);
    }
    return notifications.forUser(caller.getName(), CallerGroups.of(caller), unread, limit);
  }

  @PostMapping("/{id}/read")
  ResponseEntity<Void> read(@PathVariable long id, Authentication caller) {
    notifications.markRead(id, caller.getName(), CallerGroups.of(caller));
    return ResponseEntity.noContent().build();
  }
}
