package org.steward.visit;

import java.time.LocalDate;
import java.util.List;

/**
 * The latest visits of a case's enterprise, for Tasklist's 案件信息 tab: the date, mode and officer of each, and, when
 * {@code detailed} (officers, supervisors, the joint-meeting office, administrators), how many problems it found and
 * the cases raised from them that the reader may read. Departments and other readers of the case get the date, mode
 * and officer only ({@code problemCount} and {@code caseNumbers} null): what was found at an enterprise is the
 * officers' business, not a department's that handles one of its matters.
 */
public record CaseVisits(boolean detailed, List<Visit> visits) {

  /** One recorded visit as the reader may see it. */
  public record Visit(LocalDate visitedOn, VisitMode mode, String modeLabel, String officerName,
      Integer problemCount, List<String> caseNumbers) {
  }
}
