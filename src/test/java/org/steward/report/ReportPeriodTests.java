package org.steward.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Months, quarters, years and ranges, with their Chinese labels; refusals are in {@code ReportControllerTests}. */
class ReportPeriodTests {

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aMonth_aQuarter_aYear() {
    assertThat(ReportPeriod.parse("2028-02", null, null))
        .isEqualTo(new ReportPeriod(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29), "2028年2月"));
    assertThat(ReportPeriod.parse("2026-Q4", null, null))
        .isEqualTo(new ReportPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), "2026年第4季度"));
    assertThat(ReportPeriod.parse("2026-Q1", null, null).to()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(ReportPeriod.parse(" 2026 ", null, null))
        .isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "2026年"));
  }

  @Test
  void nothingGiven_isTheCurrentMonthInShanghai() {
    // 2026-11-30 17:00 UTC is already 1 December in Shanghai
    ClockUtil.setCurrentTime(Date.from(java.time.Instant.parse("2026-11-30T17:00:00Z")));

    assertThat(ReportPeriod.parse(null, "", null)).isEqualTo(
        new ReportPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), "2026年12月"));
  }

  @Test
  void aRange_ofOneDay() {
    assertThat(ReportPeriod.parse(null, "2026-11-05", "2026-11-05"))
        .isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 5), "2026-11-05至2026-11-05"));
  }
}
