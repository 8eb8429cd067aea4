package org.steward.jointoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.handling.HandlingUnit;
import org.steward.handling.UnitState;

/** The resolution of a concluded joint meeting, without Spring: the decision, then each item and how it ended. */
class MeetingResolutionTests {

  @Test
  void theDecisionComesFirst_thenTheItemsNumberedInOrder() {
    String text = MeetingResolution.text("先临时供电", List.of(new MeetingResolution.Item("供电局", "接入方案", "已接入"),
        new MeetingResolution.Item("水务局", "核定容量", "（尚未反馈）")));

    assertThat(text).isEqualTo("联席会议决定：先临时供电\n交办事项办理情况：\n1. 供电局：接入方案 —— 已接入\n2. 水务局：核定容量 —— （尚未反馈）");
  }

  @Test
  void anItemsResult_isTheFeedback_theReturnAndItsReason_orThatNoneCame() {
    assertThat(MeetingResolution.result(unit(UnitState.FEEDBACK_GIVEN))).isEqualTo("已办结");
    assertThat(MeetingResolution.result(unit(UnitState.RETURNED))).isEqualTo("（已退单）不属本单位职责");
    assertThat(MeetingResolution.result(unit(UnitState.SIGNED))).isEqualTo("（尚未反馈）");
    assertThat(MeetingResolution.result(null)).isEqualTo("（无办理记录）");
  }

  private static HandlingUnit unit(UnitState state) {
    return new HandlingUnit(1L, "QY20260302-0001", 1, "power", "供电局", null, null, state, null, null, "已办结",
        "不属本单位职责", null, null, List.of());
  }
}
