package org.steward.jointoffice;

import java.util.List;

import org.steward.handling.HandlingUnit;

/**
 * The resolution a concluded joint meeting hands back: its decision, then each handover item with how its department
 * handled it (the feedback, the 退单 and its reason, or that none came).
 */
final class MeetingResolution {

  private MeetingResolution() {
  }

  /** One handover item as the resolution lists it. */
  record Item(String departmentName, String task, String result) {
  }

  /** The resolution's text, in Chinese, the items numbered in their order. */
  static String text(String decision, List<Item> items) {
    StringBuilder text = new StringBuilder("联席会议决定：").append(decision).append("\n交办事项办理情况：");
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      text.append("\n").append(i + 1).append(". ").append(item.departmentName()).append("：").append(item.task())
          .append(" —— ").append(item.result());
    }
    return text.toString();
  }

  /** How the unit that ran an item ended, as the resolution says it; {@code unit} null when none was found. */
  static String result(HandlingUnit unit) {
    return unit == null ? "（无办理记录）" : switch (unit.state()) {
      case FEEDBACK_GIVEN -> unit.feedback();
      case RETURNED -> "（已退单）" + unit.returnReason();
      default -> "（尚未反馈）";
    };
  }
}
