package org.steward.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;

@JdbcTest
@Import(Timeline.class)
class TimelineTests {

  @Autowired
  Timeline timeline;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void steps_areReadBackInOrderOfOccurrence_withTheEngineClocksTime() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T02:00:00Z")));
    timeline.record("QY20260302-0001", "SUBMITTED", "ent01", "企业提交诉求", null);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T03:00:00Z")));
    timeline.record("QY20260302-0001", "ROUTED", null, "系统建议牵头部门", "economy");
    timeline.record("QY20260302-0002", "SUBMITTED", "ent02", "企业提交诉求", null);

    assertThat(timeline.of("QY20260302-0001"))
        .extracting(TimelineEntry::action, TimelineEntry::actor, TimelineEntry::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SUBMITTED", "ent01", Instant.parse("2026-03-02T02:00:00Z")),
            org.assertj.core.groups.Tuple.tuple("ROUTED", Timeline.SYSTEM, Instant.parse("2026-03-02T03:00:00Z")));
  }

  @Test
  void longerDescriptionOrDetail_isCutToItsColumn_notRefused() {
    timeline.record("QY20260302-0003", "UNITS_RETURNED", null, "退".repeat(300), "因".repeat(6000));

    assertThat(timeline.of("QY20260302-0003")).singleElement().satisfies(entry -> {
      assertThat(entry.description()).hasSize(200).endsWith("…");
      assertThat(entry.detail()).hasSize(5000).endsWith("…");
    });
  }
}
