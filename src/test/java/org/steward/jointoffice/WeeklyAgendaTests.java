package org.steward.jointoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The weekly meeting's day and agenda, without Spring. */
class WeeklyAgendaTests {

  @Test
  void theMeetingIsOnMonday_orTheNextWorkingDay() {
    LocalDate monday = LocalDate.of(2026, 10, 5);
    Set<LocalDate> holidays = Set.of(monday, monday.plusDays(1), monday.plusDays(2));

    assertThat(WeeklyAgenda.meetingDay(monday, day -> true)).isEqualTo(monday);
    assertThat(WeeklyAgenda.meetingDay(monday, day -> !holidays.contains(day))).isEqualTo(LocalDate.of(2026, 10, 8));
  }

  @Test
  void theAgenda_listsOpenEscalationsThenOpenIssues_withWhenAndWhere() {
    Escalation escalation = new Escalation(1L, "QY20261001-0001", Escalation.CASE, EscalationSource.RETURN, "退单",
        "专线用电扩容", "某某精密", null, EscalationState.MEETING, null, Instant.parse("2026-10-01T02:00:00Z"), null,
        null, null, null, null, null);
    CommonIssue issue = new CommonIssue(2L, "GX20260930-0001", "园区专线容量不足", CommonIssueState.OPEN,
        Instant.parse("2026-09-30T17:00:00Z"), "lianxiban", null, 3);

    assertThat(WeeklyAgenda.text(List.of(escalation), List.of(issue))).isEqualTo("""
        一、未办结的提交事项（1 件，按提交先后）
        1. 2026-10-01 QY20261001-0001 某某精密 专线用电扩容（退单后提交仲裁；联席会议中）
        二、未解决的共性问题（1 个，按提出先后）
        1. 2026-10-01 GX20260930-0001 园区专线容量不足（关联诉求 3 件）""");
  }

  @Test
  void anEmptyAgenda_saysSo() {
    assertThat(WeeklyAgenda.text(List.of(), List.of()))
        .isEqualTo("一、未办结的提交事项（0 件，按提交先后）\n二、未解决的共性问题（0 个，按提出先后）");
  }
}
