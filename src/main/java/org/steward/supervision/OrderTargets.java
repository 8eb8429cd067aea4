package org.steward.supervision;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.steward.directory.Department;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Officer;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.shared.Texts;

/**
 * Whom an order is addressed to: a department ({@link #DEPARTMENT}, its staff group) or an officer ({@link #OFFICER},
 * a user id); how that target is named and told.
 */
@Component
@RequiredArgsConstructor
class OrderTargets {

  static final String DEPARTMENT = "DEPARTMENT";
  static final String OFFICER = "OFFICER";

  private final DirectoryManagement directory;
  private final Notifications notifications;

  /** The target's name as people read it: the department's or the officer's, else the code or id itself. */
  String name(String targetKind, String target) {
    return DEPARTMENT.equals(targetKind)
        ? directory.department(target).map(Department::name).orElse(target)
        : directory.officer(target).map(Officer::name).orElse(target);
  }

  /** Tells the target: the department's group or the officer (at most 500 characters). */
  void notify(String targetKind, String target, String kind, String caseNumber, String text) {
    String shortText = Texts.shorten(text, 500);
    if (DEPARTMENT.equals(targetKind)) {
      notifications.notifyGroup(StewardGroups.department(target), kind, caseNumber, shortText);
    } else {
      notifications.notifyUser(target, kind, caseNumber, shortText);
    }
  }

  /** Tells the order's target. */
  void notify(SupervisionOrder order, String kind, String text) {
    notify(order.targetKind(), order.target(), kind, order.caseNumber(), text);
  }
}
