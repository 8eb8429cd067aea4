package org.steward.jointoffice;

import static org.steward.shared.Texts.shorten;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.steward.jointoffice.MeetingPositions.Position;

/**
 * The departments' positions as the office's minutes form shows them: one paragraph a department, in the order they
 * were convened, a department that gave none marked so; at most what a process variable holds.
 */
final class PositionsSummary {

  private PositionsSummary() {
  }

  /** The summary; {@code names} maps department codes to names (a code without a name stands for itself). */
  static String of(List<Position> positions, Map<String, String> names) {
    String summary = positions.stream()
        .map(p -> "【" + names.getOrDefault(p.department(), p.department()) + "】"
            + (p.position() == null ? "（未提出意见）" : p.position()))
        .collect(Collectors.joining("\n"));
    return shorten(summary, JointOffice.MAX_VARIABLE);
  }
}
