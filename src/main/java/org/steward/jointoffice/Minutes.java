package org.steward.jointoffice;

import static org.steward.shared.Texts.shorten;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.steward.handling.HandlingManagement;
import org.steward.handling.HandoverItem;
import org.steward.jointoffice.JointMeetings.ItemInput;
import org.steward.shared.InvalidInput;
import org.steward.shared.Violations;

/**
 * A joint meeting's minutes as they passed the rules: the minutes and the decision, and the handover items to dispatch,
 * each to a known department with a task and a time limit in working days.
 */
record Minutes(String minutes, String decision, List<HandoverItem> items) {

  static final int MAX_MINUTES = Violations.MAX_VARIABLE_TEXT;
  static final int MAX_DECISION = 2000;

  /**
   * Checks the minutes: {@code minutes} (≤ 4,000) and {@code decision} (≤ 2,000) required; 1–20 handover items, each
   * naming a department of {@code known}, a task (≤ 500) and 1–60 working days (field {@code handoverItems[i]}).
   *
   * @throws InvalidInput naming each broken rule
   */
  static Minutes checked(String minutes, String decision, List<ItemInput> handoverItems, Set<String> known) {
    Violations violations = new Violations();
    String minutesText = violations.text("minutes", minutes, MAX_MINUTES);
    String decisionText = violations.text("decision", decision, MAX_DECISION);
    if (handoverItems.isEmpty() || handoverItems.size() > HandlingManagement.MAX_ITEMS) {
      violations.add("handoverItems", "handling.items.count", 1, HandlingManagement.MAX_ITEMS);
    }
    List<HandoverItem> items = new ArrayList<>();
    for (int i = 0; i < handoverItems.size() && i < HandlingManagement.MAX_ITEMS; i++) {
      ItemInput item = handoverItems.get(i);
      String field = "handoverItems[" + i + "]";
      String department = item.department() == null ? "" : item.department().strip();
      if (department.isEmpty()) {
        violations.add(field, "jointoffice.item.department");
      } else if (!known.contains(department)) {
        violations.add(field, "handling.department.unknown", shorten(department, 50));
      }
      String task = null;
      if (item.task() == null || item.task().isBlank()) {
        violations.add(field, "jointoffice.item.task");
      } else {
        task = violations.line(field, item.task(), HandlingManagement.MAX_ITEM_TASK);
      }
      Integer days = item.timeLimit();
      if (days == null || days < HandlingManagement.MIN_TIME_LIMIT || days > HandlingManagement.MAX_TIME_LIMIT) {
        violations.add(field, "handling.time-limit.range", HandlingManagement.MIN_TIME_LIMIT,
            HandlingManagement.MAX_TIME_LIMIT);
      } else {
        items.add(new HandoverItem(department, task, days));
      }
    }
    violations.throwIfAny();
    return new Minutes(minutesText, decisionText, items);
  }
}
