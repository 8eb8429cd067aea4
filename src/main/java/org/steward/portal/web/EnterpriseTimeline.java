package org.steward.portal.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.steward.request.RequestView;

/**
 * What the enterprise reads of a case's timeline: the steps it would recognise, in plain words, with the detail only
 * where the detail is its own or meant for it (its request, the answers, the reply, the material); internal steps
 * (supervision, urges, lights, convening opinions) stay with the staff.
 */
final class EnterpriseTimeline {

  private static final Set<String> SHOWN = Set.of("SUBMITTED", "ACKNOWLEDGED", "HANDED_OVER", "CONVENED", "ESCALATED",
      "HANDLING_FINISHED", "CONSOLIDATED", "REPLIED", "RESOLVED_DIRECTLY", "SATISFACTION_RATED", "REOPENED", "CLOSED",
      "WITHDRAWN", "MATERIAL_REQUESTED", "MATERIAL_REMINDED", "MATERIAL_SUPPLIED", "NO_RESPONSE",
      "JOINT_OFFICE_DECIDED", "ATTACHMENTS_ADDED");
  private static final Set<String> WITH_DETAIL = Set.of("SUBMITTED", "ACKNOWLEDGED", "REPLIED", "RESOLVED_DIRECTLY",
      "SATISFACTION_RATED", "WITHDRAWN", "MATERIAL_REQUESTED", "MATERIAL_SUPPLIED", "ATTACHMENTS_ADDED");

  private EnterpriseTimeline() {
  }

  /** One line: when, what, and the detail the enterprise may read (or null). */
  record Line(OffsetDateTime at, String description, String detail) {
  }

  static List<Line> of(RequestView view) {
    return view.timeline().stream().filter(step -> SHOWN.contains(step.action()))
        .map(step -> new Line(step.at(), step.description(),
            WITH_DETAIL.contains(step.action()) ? step.detail() : null))
        .toList();
  }
}
