package org.steward.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules of visit cycles and records that need no database. */
class VisitRulesTests {

  @Test
  void anEnterprisesOwnCycle_winsOverItsTags_whichWinOverWhetherItIsAKeyEnterprise() {
    assertThat(VisitCycles.resolve(VisitCycle.QUARTERLY, List.of(VisitCycle.MONTHLY), true))
        .isEqualTo(VisitCycle.QUARTERLY);
    assertThat(VisitCycles.resolve(null, List.of(VisitCycle.QUARTERLY), true)).isEqualTo(VisitCycle.QUARTERLY);
    assertThat(VisitCycles.resolve(null, List.of(VisitCycle.QUARTERLY, VisitCycle.MONTHLY), false))
        .as("the most frequent of its tags' cycles").isEqualTo(VisitCycle.MONTHLY);
  }

  @Test
  void byDefault_keyEnterprisesAreVisitedMonthly_theOthersQuarterly() {
    assertThat(VisitCycles.resolve(null, List.of(), true)).isEqualTo(VisitCycle.MONTHLY);
    assertThat(VisitCycles.resolve(null, List.of(), false)).isEqualTo(VisitCycle.QUARTERLY);
  }

  @Test
  void aMonthlyCycleOpensEveryMonth_aQuarterlyOneInJanuaryAprilJulyAndOctober() {
    assertThat(Arrays.stream(Month.values()).filter(m -> VisitCycle.MONTHLY.opensIn(LocalDate.of(2026, m, 1))))
        .hasSize(12);
    assertThat(Arrays.stream(Month.values()).filter(m -> VisitCycle.QUARTERLY.opensIn(LocalDate.of(2026, m, 1))))
        .containsExactly(Month.JANUARY, Month.APRIL, Month.JULY, Month.OCTOBER);
  }

  @Test
  void theProblemsOfARecord_areItsNonBlankLines_trimmed() {
    assertThat(Visits.problemsOf(" 用工缺口 30 人 \r\n\n厂房用电容量不足\n  ")).containsExactly("用工缺口 30 人", "厂房用电容量不足");
    assertThat(Visits.problemsOf(null)).isEmpty();
  }
}
