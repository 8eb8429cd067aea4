package org.steward.jointoffice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.steward.shared.StewardClock;

/**
 * The weekly meeting's rules without state: its day (the Monday, or the next working day) and its agenda (周例会议程), in
 * Chinese: the open escalations of cases, then the open common issues, each oldest first, with when they came and where
 * they stand.
 */
final class WeeklyAgenda {

  private WeeklyAgenda() {
  }

  /** The day of the week's meeting: {@code monday} if it is a working day, else the next working day. */
  static LocalDate meetingDay(LocalDate monday, Predicate<LocalDate> isWorkingDay) {
    LocalDate day = monday;
    while (!isWorkingDay.test(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** The agenda's text. */
  static String text(List<Escalation> open, List<CommonIssue> openIssues) {
    StringBuilder agenda = new StringBuilder("一、未办结的提交事项（").append(open.size()).append(" 件，按提交先后）");
    for (int i = 0; i < open.size(); i++) {
      Escalation e = open.get(i);
      agenda.append("\n").append(i + 1).append(". ").append(day(e.openedAt())).append(" ").append(e.caseNumber())
          .append(" ").append(e.enterpriseName() == null ? "" : e.enterpriseName() + " ").append(e.title())
          .append("（").append(e.source().label()).append("；").append(e.state().label()).append("）");
    }
    agenda.append("\n二、未解决的共性问题（").append(openIssues.size()).append(" 个，按提出先后）");
    for (int i = 0; i < openIssues.size(); i++) {
      CommonIssue issue = openIssues.get(i);
      agenda.append("\n").append(i + 1).append(". ").append(day(issue.createdAt())).append(" ").append(issue.number())
          .append(" ").append(issue.title()).append("（关联诉求 ").append(issue.linkedCases()).append(" 件）");
    }
    return agenda.toString();
  }

  private static String day(Instant instant) {
    return instant.atZone(StewardClock.ZONE).toLocalDate().toString();
  }
}
