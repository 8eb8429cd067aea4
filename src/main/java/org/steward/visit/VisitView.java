package org.steward.visit;

import java.time.LocalDate;
import java.util.List;

import org.steward.attachment.AttachmentView;

/**
 * A visit: whom, by whom, in which cycle, due when and its light; once recorded (state {@code DONE}) the date, mode,
 * people met, the enterprise's situation, the problems found (each with the case raised from it, if any) and photos.
 */
public record VisitView(long id, long enterpriseId, String enterpriseName, String officerId, VisitCycle cycle,
    String cycleLabel, LocalDate periodStart, String state, LocalDate dueDate, String light, LocalDate visitedOn,
    VisitMode mode, String modeLabel, String peopleMet, String situation, List<Problem> problems,
    List<AttachmentView> photos) {

  /** A problem found, numbered from 1, and the case raised from it (null until raised). */
  public record Problem(int no, String text, String caseNumber) {
  }
}
