package org.steward.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.steward.notification.Notification;
import org.steward.notification.Notifications;
import org.steward.shared.InvalidInput;
import org.steward.shared.InvalidInput.FieldViolation;
import org.steward.shared.StewardClock;
import org.steward.timeline.Timeline;
import org.steward.timeline.TimelineEntry;

/**
 * {@link Handovers#dispatch}: a joint meeting's handover items, each its own unit with its own time limit, on
 * the test application (H2, demo departments). Dispatched on Monday 2026-03-02 10:00.
 */
@SpringBootTest
@ActiveProfiles("test")
class HandlingDispatchTests {

  private static final AtomicInteger CASES = new AtomicInteger();

  @Autowired
  HandlingManagement handling;
  @Autowired
  Handovers handovers;
  @Autowired
  Timeline timeline;
  @Autowired
  Notifications notifications;

  private String caseNumber;

  @BeforeEach
  void mondayMorning() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, StewardClock.ZONE).toInstant()));
    caseNumber = "QY20260302-" + (9500 + CASES.incrementAndGet());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void dispatch_opensOneUnitPerItem_eachDueInItsOwnTimeLimit_inTheNextRound() {
    handovers.handOver(caseNumber, "resources", List.of(), 5, "zhangwei");

    List<Long> ids = handovers.dispatch(caseNumber, List.of(new HandoverItem("power", "完成专线接入方案", 3),
        new HandoverItem("water", "核定供水容量", 10), new HandoverItem("power", "安排临时用电", 1)), "lianxiban");

    List<HandlingUnit> units = handling.unitsOf(caseNumber).stream().filter(u -> u.round() == 2).toList();
    assertThat(units).extracting(HandlingUnit::id).containsExactlyElementsOf(ids);
    assertThat(units).extracting(HandlingUnit::departmentCode, HandlingUnit::role, HandlingUnit::dueDate)
        .containsExactly(tuple("power", UnitRole.LEAD, LocalDate.of(2026, 3, 5)),
            tuple("water", UnitRole.COOPERATING, LocalDate.of(2026, 3, 16)),
            tuple("power", UnitRole.COOPERATING, LocalDate.of(2026, 3, 3)));
    assertThat(units).allSatisfy(unit -> assertThat(unit.state()).isEqualTo(UnitState.ASSIGNED));
    assertThat(handling.currentRound(caseNumber)).isEqualTo(2);
    assertThat(timeline.of(caseNumber)).last().satisfies(entry -> {
      assertThat(entry.action()).isEqualTo("HANDED_OVER");
      assertThat(entry.actor()).isEqualTo("lianxiban");
      assertThat(entry.detail()).contains("完成专线接入方案", "核定供水容量", "2026-03-16");
    });
    assertThat(notifications.ofCase(caseNumber)).filteredOn(n -> n.text().contains("联席会议"))
        .extracting(Notification::recipient).containsExactly("dept-power", "dept-water", "dept-power");
  }

  @Test
  void badItems_nameEveryBadField_andStoreNothing() {
    List<HandoverItem> items = Arrays.asList(new HandoverItem("nosuch", "办理", 3), new HandoverItem("power", " ", 0),
        new HandoverItem("", "长".repeat(501), 61), null);

    assertThatThrownBy(() -> handovers.dispatch(caseNumber, items, "lianxiban"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field, FieldViolation::code)
            .containsExactly(tuple("items[0].department", "handling.department.unknown"),
                tuple("items[1].task", "NotBlank"), tuple("items[1].timeLimit", "handling.time-limit.range"),
                tuple("items[2].department", "NotBlank"), tuple("items[2].task", "TooLong"),
                tuple("items[2].timeLimit", "handling.time-limit.range"), tuple("items[3]", "NotBlank")));
    assertThatThrownBy(() -> handovers.dispatch(caseNumber, List.of(), "lianxiban"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field).containsExactly("items"));
    assertThat(handling.unitsOf(caseNumber)).isEmpty();
    assertThat(timeline.of(caseNumber)).extracting(TimelineEntry::action).isEmpty();
  }
}
