package org.steward.visit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.steward.attachment.AttachmentView;

/**
 * A visit: whom, by whom, in which cycle, due when and its light; once recorded (state {@code DONE}) the date, mode,
 * people met, the enterprise's situation, the problems found (each with the case raised from it, if any) and photos.
 */
public record VisitView(long id, long enterpriseId, String enterpriseName, String officerId, String officerName,
    VisitCycle cycle, String cycleLabel, LocalDate periodStart, String state, LocalDate dueDate, String light,
    LocalDate visitedOn, VisitMode mode, String modeLabel, String peopleMet, String situation, List<Problem> problems,
    List<AttachmentView> photos) {

  /** A problem found, numbered from 1, and the case raised from it (null until raised). */
  public record Problem(int no, String text, String caseNumber) {
  }

  /** The problems of a record, numbered from 1, with the case raised from each ({@code raised} by number). */
  static List<Problem> problems(List<String> texts, Map<Integer, String> raised) {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      problems.add(new Problem(i + 1, texts.get(i), raised.get(i + 1)));
    }
    return List.copyOf(problems);
  }

  /** The same visit with these cases raised from its problems. */
  VisitView withRaised(Map<Integer, String> raised) {
    return new VisitView(id, enterpriseId, enterpriseName, officerId, officerName, cycle, cycleLabel, periodStart,
        state, dueDate, light, visitedOn, mode, modeLabel, peopleMet, situation,
        problems(problems.stream().map(Problem::text).toList(), raised), photos);
  }

  /** The same visit with these photos. */
  VisitView withPhotos(List<AttachmentView> photos) {
    return new VisitView(id, enterpriseId, enterpriseName, officerId, officerName, cycle, cycleLabel, periodStart,
        state, dueDate, light, visitedOn, mode, modeLabel, peopleMet, situation, problems, photos);
  }
}
