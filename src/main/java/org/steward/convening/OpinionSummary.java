package org.steward.convening;

import java.util.List;
import java.util.stream.Collectors;

import org.steward.shared.Texts;
import org.steward.shared.Violations;

/**
 * The opinions so far as the convener's conclusion form shows them: one Chinese line an officer in order, saying what
 * was given (and if late), that none came, or until when one is still due; at most what a process variable holds.
 */
final class OpinionSummary {

  private OpinionSummary() {
  }

  /** The summary of the opinions. */
  static String of(List<Opinion> opinions) {
    return Texts.shorten(opinions.stream()
        .map(o -> o.officerName() + "：" + switch (o.state()) {
          case GIVEN -> (o.late() ? "（逾期）" : "") + o.opinion();
          case MISSED -> "（未提出意见）";
          case OPEN -> "（尚未提出意见，时限 " + o.dueDate() + "）";
        })
        .collect(Collectors.joining("\n")), Violations.MAX_VARIABLE_TEXT);
  }
}
