package org.steward.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The small rules of the project API that need no database. */
class ProjectRulesTests {

  @Test
  void milestones_followEachOtherInOrder_andEndAfter投产() {
    assertThat(Milestone.CONSTRUCTION_START.next()).isEqualTo(Milestone.COMPLETION);
    assertThat(Milestone.COMPLETION.next()).isEqualTo(Milestone.PRODUCTION_START);
    assertThat(Milestone.PRODUCTION_START.next()).isNull();
    assertThat(Milestone.values()).extracting(Milestone::label).containsExactly("动工", "竣工", "投产");
  }

  @Test
  void projectCodes_areCapitalsDigitsAndHyphens_3to32() {
    assertThat(ProjectRegistry.CODE.matcher("XM2026-001").matches()).isTrue();
    assertThat(ProjectRegistry.CODE.matcher("xm2026").matches()).isFalse();
    assertThat(ProjectRegistry.CODE.matcher("-XM1").matches()).isFalse();
    assertThat(ProjectRegistry.CODE.matcher("XM").matches()).isFalse();
    assertThat(ProjectRegistry.CODE.matcher("X".repeat(33)).matches()).isFalse();
  }

  @Test
  void eachMilestone_isPlannedInTheFieldNamedForIt() {
    assertThat(MilestoneDates.field(Milestone.CONSTRUCTION_START)).isEqualTo("plannedConstructionStart");
    assertThat(MilestoneDates.field(Milestone.COMPLETION)).isEqualTo("plannedCompletion");
    assertThat(MilestoneDates.field(Milestone.PRODUCTION_START)).isEqualTo("plannedProductionStart");
  }
}
