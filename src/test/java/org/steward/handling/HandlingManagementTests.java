package org.steward.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.deadline.Light;
import org.steward.deadline.Lights;
import org.steward.notification.Notification;
import org.steward.notification.Notifications;
import org.steward.shared.InvalidInput;
import org.steward.shared.InvalidInput.FieldViolation;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.supervision.SupervisionItem;
import org.steward.supervision.SupervisionManagement;
import org.steward.supervision.SupervisionReason;
import org.steward.timeline.Timeline;
import org.steward.timeline.TimelineEntry;

/**
 * The handling API on the test application (H2, demo departments): handover, live lights and ratings, extensions with
 * history, returns, supervision. Handovers happen on Monday 2026-03-02 10:00 with 3 working days: due Thursday 03-05.
 */
@SpringBootTest
@ActiveProfiles("test")
class HandlingManagementTests {

  private static final AtomicInteger CASES = new AtomicInteger();

  @Autowired
  HandlingManagement handling;
  @Autowired
  Handovers handovers;
  @Autowired
  SupervisionNotes notes;
  @Autowired
  UnitExtensions extensions;
  @Autowired
  UnitReports reports;
  @Autowired
  UnitReturns returns;
  @Autowired
  UnitWithdrawals withdrawals;
  @Autowired
  Lights lights;
  @Autowired
  Timeline timeline;
  @Autowired
  Notifications notifications;
  @Autowired
  SupervisionManagement supervision;
  @Autowired
  JdbcClient jdbc;

  private String caseNumber;

  @BeforeEach
  void mondayMorning() {
    at(2026, 3, 2, 10);
    caseNumber = "QY20260302-" + (9000 + CASES.incrementAndGet());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void handOver_opensOneUnitPerDepartment_leadFirst_dueInWorkingDays() {
    List<Long> ids = handovers.handOver(caseNumber, "power", List.of("housing", "water"), 3, "zhangwei");

    List<HandlingUnit> units = handling.unitsOf(caseNumber);
    assertThat(units).extracting(HandlingUnit::id).containsExactlyElementsOf(ids);
    assertThat(units).extracting(HandlingUnit::departmentCode).containsExactly("power", "housing", "water");
    assertThat(units).extracting(HandlingUnit::role)
        .containsExactly(UnitRole.LEAD, UnitRole.COOPERATING, UnitRole.COOPERATING);
    assertThat(units).allSatisfy(unit -> {
      assertThat(unit.dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
      assertThat(unit.state()).isEqualTo(UnitState.ASSIGNED);
      assertThat(unit.light()).isEqualTo(Light.GREEN);
      assertThat(unit.rating()).isEqualTo(Rating.ON_TRACK);
      assertThat(unit.round()).isEqualTo(1);
    });
    assertThat(units.get(0).departmentName()).isEqualTo("供电局");
    assertThat(handling.currentRound(caseNumber)).isEqualTo(1);
    assertThat(timeline.of(caseNumber)).extracting(TimelineEntry::action, TimelineEntry::actor)
        .containsExactly(tuple("HANDED_OVER", "zhangwei"));
    assertThat(notifications.ofCase(caseNumber)).extracting(Notification::recipient)
        .containsExactly("dept-power", "dept-housing", "dept-water");
  }

  @Test
  void handOverAcrossNationalDay_countsWorkingDaysOnly() {
    at(2026, 9, 30, 10);

    handovers.handOver(caseNumber, "power", List.of(), 3, "zhangwei");

    // 10/1-10/7 off, Saturday 10/10 worked: the 3rd working day after 9/30 is 10/10
    assertThat(handling.unitsOf(caseNumber).get(0).dueDate()).isEqualTo(LocalDate.of(2026, 10, 10));
  }

  @Test
  void badHandover_namesEveryBadField_andStoresNothing() {
    assertThatThrownBy(() -> handovers.handOver(caseNumber, "housing", List.of("housing", "nosuch", "power", "power"),
        61, "zhangwei"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field, FieldViolation::code)
            .containsExactly(
                tuple("cooperatingDepartments[0]", "handling.department.lead-also-cooperating"),
                tuple("cooperatingDepartments[1]", "handling.department.unknown"),
                tuple("cooperatingDepartments[3]", "handling.department.duplicate"),
                tuple("timeLimit", "handling.time-limit.range")));
    assertThatThrownBy(() -> handovers.checkHandover("nosuch", null, 0))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field).containsExactly("leadDepartment", "timeLimit"));

    assertThat(handling.unitsOf(caseNumber)).isEmpty();
    assertThat(handling.currentRound(caseNumber)).isZero();
    assertThat(timeline.of(caseNumber)).isEmpty();
  }

  @Test
  void lights_greenUntilTheDueDate_yellowOnIt_redAfter() {
    long unitId = handovers.handOver(caseNumber, "power", List.of(), 3, "zhangwei").get(0);

    at(2026, 3, 4, 23);
    assertThat(handling.unit(unitId)).extracting(HandlingUnit::light, HandlingUnit::rating)
        .containsExactly(Light.GREEN, Rating.ON_TRACK);
    at(2026, 3, 5, 0);
    assertThat(handling.unit(unitId)).extracting(HandlingUnit::light, HandlingUnit::rating)
        .containsExactly(Light.YELLOW, Rating.ON_TRACK);
    at(2026, 3, 6, 0);
    assertThat(handling.unit(unitId)).extracting(HandlingUnit::light, HandlingUnit::rating)
        .containsExactly(Light.RED, Rating.SLOW);
    UnitClock clock = handling.clock(unitId);
    assertThat(clock.deadline().warnAt()).isEqualTo(midnight(2026, 3, 5));
    assertThat(clock.deadline().dueAt()).isEqualTo(midnight(2026, 3, 6));
  }

  @Test
  void feedbackOnTheDueDate_isDone_andStaysDoneLater() {
    long unitId = handovers.handOver(caseNumber, "power", List.of(), 3, "zhangwei").get(0);
    reports.sign(unitId, "power01");
    at(2026, 3, 5, 17);

    Rating rating = reports.giveFeedback(unitId, "供电方案已出具", "power01");

    at(2026, 4, 1, 9);
    HandlingUnit unit = handling.unit(unitId);
    assertThat(rating).isEqualTo(Rating.DONE);
    assertThat(unit.state()).isEqualTo(UnitState.FEEDBACK_GIVEN);
    assertThat(unit.rating()).isEqualTo(Rating.DONE);
    assertThat(unit.light()).isEqualTo(Light.YELLOW);
    assertThat(unit.feedback()).isEqualTo("供电方案已出具");
    assertThat(unit.signedAt()).isNotNull();
    assertThat(unit.finishedAt()).isEqualTo(midnight(2026, 3, 5).plusSeconds(17 * 3600));
    assertThat(timeline.of(caseNumber)).extracting(TimelineEntry::action)
        .containsExactly("HANDED_OVER", "UNIT_SIGNED", "FEEDBACK_GIVEN");
  }

  @Test
  void feedbackAfterTheDueDate_isSlow() {
    long unitId = handovers.handOver(caseNumber, "power", List.of(), 3, "zhangwei").get(0);
    reports.sign(unitId, "power01");
    at(2026, 3, 6, 9);

    assertThat(reports.giveFeedback(unitId, "已办结", "power01")).isEqualTo(Rating.SLOW);
    assertThat(handling.unit(unitId).rating()).isEqualTo(Rating.SLOW);
  }

  @Test
  void approvedExtension_movesTheDueDate_andKeepsTheHistory() {
    long unitId = handovers.handOver(caseNumber, "housing", List.of(), 3, "zhangwei").get(0);
    reports.sign(unitId, "housing01");

    extensions.requestExtension(unitId, LocalDate.of(2026, 3, 12), "需等待规划许可", "housing01");
    assertThat(handling.unit(unitId).state()).isEqualTo(UnitState.EXTENSION_REQUESTED);
    at(2026, 3, 3, 9);
    extensions.decideExtension(unitId, true, "chenjianguo", "同意");

    HandlingUnit unit = handling.unit(unitId);
    assertThat(unit.dueDate()).isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(unit.state()).isEqualTo(UnitState.SIGNED);
    assertThat(unit.extensions()).singleElement().satisfies(extension -> {
      assertThat(extension.previousDueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
      assertThat(extension.requestedDueDate()).isEqualTo(LocalDate.of(2026, 3, 12));
      assertThat(extension.reason()).isEqualTo("需等待规划许可");
      assertThat(extension.requestedBy()).isEqualTo("housing01");
      assertThat(extension.approved()).isTrue();
      assertThat(extension.decidedBy()).isEqualTo("chenjianguo");
      assertThat(extension.decidedAt()).isNotNull();
    });
    assertThat(handling.clock(unitId).deadline().dueAt()).isEqualTo(midnight(2026, 3, 13));
    assertThat(timeline.of(caseNumber)).extracting(TimelineEntry::action)
        .contains("EXTENSION_REQUESTED", "EXTENSION_APPROVED");
    assertThat(notifications.ofCase(caseNumber)).extracting(Notification::kind, Notification::recipient)
        .contains(tuple("EXTENSION_REQUESTED", "supervisors"),
            tuple("EXTENSION_DECIDED", "dept-housing"));
  }

  @Test
  void rejectedExtension_keepsTheDueDate_andADecisionWithoutRequestIsRefused() {
    long unitId = handovers.handOver(caseNumber, "housing", List.of(), 3, "zhangwei").get(0);
    reports.sign(unitId, "housing01");
    extensions.requestExtension(unitId, LocalDate.of(2026, 3, 12), "需等待规划许可", "housing01");

    extensions.decideExtension(unitId, false, "chenjianguo", null);

    HandlingUnit unit = handling.unit(unitId);
    assertThat(unit.dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(unit.state()).isEqualTo(UnitState.SIGNED);
    assertThat(unit.extensions()).singleElement().extracting(Extension::approved).isEqualTo(false);
    assertThatThrownBy(() -> extensions.decideExtension(unitId, true, "chenjianguo", null))
        .isInstanceOf(NoPendingExtension.class);
  }

  @Test
  void checkReport_namesWhatIsMissingForEachAction() {
    long unitId = handovers.handOver(caseNumber, "housing", List.of(), 3, "zhangwei").get(0);

    assertThat(violations(() -> reports.checkReport(unitId, null, null, null, null))).containsExactly("action");
    assertThat(violations(() -> reports.checkReport(unitId, "LATER", null, null, null)))
        .containsExactly("action:handling.action.unknown");
    assertThat(violations(() -> reports.checkReport(unitId, "FEEDBACK", " ", null, null))).containsExactly("feedback");
    assertThat(violations(() -> reports.checkReport(unitId, "RETURN", null, null, null))).containsExactly("reason");
    assertThat(violations(() -> reports.checkReport(unitId, "EXTENSION", null, "2026-03-05", "x")))
        .containsExactly("requestedDueDate:handling.extension.not-later");
    assertThat(violations(() -> reports.checkReport(unitId, "EXTENSION", null, "2026-03-07", "x")))
        .containsExactly("requestedDueDate:handling.extension.not-working-day");
    assertThat(violations(() -> reports.checkReport(unitId, "EXTENSION", null, "12.03.2026", null)))
        .containsExactly("requestedDueDate:typeMismatch", "reason");
    reports.checkReport(unitId, "EXTENSION", null, "2026-03-12", "需等待规划许可");
    reports.checkReport(unitId, "FEEDBACK", "已办结", null, null);
  }

  @Test
  void returnedMatter_isFinishedWithoutRating_andTheOfficerIsTold() {
    List<Long> ids = handovers.handOver(caseNumber, "housing", List.of("power"), 3, "zhangwei");
    reports.sign(ids.get(0), "housing01");
    reports.giveFeedback(ids.get(0), "已核实规划条件", "housing01");

    returns.returnMatter(ids.get(1), "不属于供电局职责", "power01", "zhangwei");

    HandlingUnit returned = handling.unit(ids.get(1));
    assertThat(returned.state()).isEqualTo(UnitState.RETURNED);
    assertThat(returned.rating()).isNull();
    assertThat(returned.returnReason()).isEqualTo("不属于供电局职责");
    assertThat(handling.anyReturned(caseNumber, 1)).isTrue();
    assertThat(handling.anyReturned(caseNumber, 2)).isFalse();
    assertThat(notifications.ofCase(caseNumber)).filteredOn(n -> n.kind().equals("MATTER_RETURNED"))
        .extracting(Notification::recipientKind, Notification::recipient)
        .containsExactly(tuple("USER", "zhangwei"));
    assertThat(handling.feedbackSummary(caseNumber, 1))
        .isEqualTo("【牵头】住房和城乡建设局：已核实规划条件\n【配合】供电局：（已退单）不属于供电局职责");
    assertThatThrownBy(() -> reports.giveFeedback(ids.get(1), "x", "power01")).isInstanceOf(UnitNotOpen.class);
  }

  @Test
  void secondHandover_opensRoundTwo() {
    handovers.handOver(caseNumber, "housing", List.of(), 3, "zhangwei");

    handovers.handOver(caseNumber, "power", List.of(), 5, "zhangwei");

    assertThat(handling.currentRound(caseNumber)).isEqualTo(2);
    assertThat(handling.unitsOf(caseNumber)).extracting(HandlingUnit::round, HandlingUnit::departmentCode)
        .containsExactly(tuple(1, "housing"), tuple(2, "power"));
  }

  @Test
  void secondHandover_supersedesTheUnitsOfTheFirstRound() {
    handovers.handOver(caseNumber, "housing", List.of("power"), 3, "zhangwei");
    assertThat(superseded()).containsOnly(false);

    handovers.handOver(caseNumber, "water", List.of(), 5, "zhangwei");

    assertThat(superseded()).containsExactly(true, true, false);
  }

  /** The units' flag of a round before the latest, by round and position. */
  private List<Boolean> superseded() {
    return jdbc.sql("select superseded from handling_unit where case_number = :caseNumber order by round, position")
        .param("caseNumber", caseNumber).query(Boolean.class).list();
  }

  @Test
  void overdueUnit_isSupervisedOnce_andFeedbackClosesTheSupervision() {
    long unitId = handovers.handOver(caseNumber, "water", List.of(), 3, "zhangwei").get(0);
    at(2026, 3, 5, 0);
    assertThat(lights.signal("unit", Long.toString(unitId), Light.YELLOW)).isPresent();
    at(2026, 3, 6, 0);

    long itemId = red(unitId);

    assertThat(lights.signal("unit", Long.toString(unitId), Light.RED)).isEmpty();
    assertThat(supervision.ofCase(caseNumber)).hasSize(1);
    SupervisionItem item = supervision.item(itemId);
    assertThat(item.reason()).isEqualTo(SupervisionReason.UNIT_OVERDUE);
    assertThat(item.unitId()).isEqualTo(unitId);
    assertThat(item.target()).isEqualTo("water");
    assertThat(item.isOpen()).isTrue();
    assertThat(notifications.ofCase(caseNumber)).filteredOn(n -> n.kind().equals("UNIT_RED"))
        .extracting(Notification::recipient).contains("dept-water", "supervisors");
    assertThat(timeline.of(caseNumber)).extracting(TimelineEntry::action).contains("UNIT_YELLOW", "UNIT_RED");
    // a yellow timer running late, after red: nothing changes, nothing is announced
    assertThat(lights.signal("unit", Long.toString(unitId), Light.YELLOW)).isEmpty();
    assertThat(notifications.ofCase(caseNumber)).filteredOn(n -> n.kind().equals("UNIT_YELLOW")).hasSize(1);
    assertThat(timeline.of(caseNumber)).filteredOn(e -> e.action().equals("UNIT_YELLOW")).hasSize(1);

    reports.sign(unitId, "water01");
    reports.giveFeedback(unitId, "已办结", "water01");

    assertThat(supervision.item(itemId).isOpen()).isFalse();
    assertThat(supervision.item(itemId).closedBy()).isEqualTo("water01");
  }

  @Test
  void unitRedForThreeWorkingDays_isRedTooLong_untilAnExtensionMovesItsDueDate() {
    long unitId = handovers.handOver(caseNumber, "water", List.of(), 3, "zhangwei").get(0);

    assertThat(handling.escalateAt(LocalDate.of(2026, 3, 5)))
        .isEqualTo(ZonedDateTime.of(2026, 3, 11, 0, 0, 0, 0, StewardClock.ZONE).toInstant());
    at(2026, 3, 10, 23);
    assertThat(handling.redTooLong(unitId)).isFalse();
    at(2026, 3, 11, 0);
    assertThat(handling.redTooLong(unitId)).isTrue();

    extensions.requestExtension(unitId, LocalDate.of(2026, 3, 20), "需要现场踏勘", "water01");
    extensions.decideExtension(unitId, true, "chenjianguo", "同意");

    assertThat(handling.redTooLong(unitId)).isFalse();
  }

  @Test
  void escalatedCase_withdrawsItsOpenUnits_ratesTheOverdueOnesSlow_andClosesTheirSupervision() {
    List<Long> ids = handovers.handOver(caseNumber, "power", List.of("housing", "water"), 3, "zhangwei");
    at(2026, 3, 5, 9);
    reports.sign(ids.get(2), "water01");
    reports.giveFeedback(ids.get(2), "已办结", "water01");
    at(2026, 3, 6, 0);
    long itemId = red(ids.get(0));

    List<HandlingUnit> withdrawn = withdrawals.withdrawOpenUnits(caseNumber, "chenjianguo");

    assertThat(withdrawn).extracting(HandlingUnit::id).containsExactly(ids.get(0), ids.get(1));
    List<HandlingUnit> units = handling.unitsOf(caseNumber);
    assertThat(units).extracting(HandlingUnit::state)
        .containsExactly(UnitState.WITHDRAWN, UnitState.WITHDRAWN, UnitState.FEEDBACK_GIVEN);
    assertThat(units).extracting(HandlingUnit::rating).containsExactly(Rating.SLOW, Rating.SLOW, Rating.DONE);
    assertThat(supervision.item(itemId).isOpen()).isFalse();
    assertThat(timeline.of(caseNumber)).extracting(TimelineEntry::action).contains("UNITS_WITHDRAWN");
    assertThat(withdrawals.withdrawOpenUnits(caseNumber, "chenjianguo")).isEmpty();
  }

  @Test
  void supervisorCloses_theOpenSupervision_withANote() {
    long unitId = handovers.handOver(caseNumber, "water", List.of(), 3, "zhangwei").get(0);
    at(2026, 3, 6, 0);
    long itemId = red(unitId);

    notes.closeSupervision(unitId, "chenjianguo", "已电话督促");

    assertThat(supervision.item(itemId)).extracting(SupervisionItem::closedBy, SupervisionItem::note)
        .containsExactly("chenjianguo", "已电话督促");
    assertThat(timeline.of(caseNumber)).extracting(TimelineEntry::action).endsWith("UNIT_SUPERVISED");
  }

  @Test
  void signForReminder_isSentOnlyWhileUnsigned() {
    long unitId = handovers.handOver(caseNumber, "education", List.of(), 3, "zhangwei").get(0);

    reports.remindSignFor(unitId);
    reports.sign(unitId, "education01");
    reports.sign(unitId, "education01");
    reports.remindSignFor(unitId);

    assertThat(notifications.ofCase(caseNumber)).filteredOn(n -> n.kind().equals("SIGN_FOR_REMINDER")).hasSize(1);
    assertThat(timeline.of(caseNumber)).extracting(TimelineEntry::action)
        .containsExactly("HANDED_OVER", "SIGN_FOR_REMINDED", "UNIT_SIGNED");
  }

  @Test
  void unknownUnit_isNotFound() {
    assertThatThrownBy(() -> handling.unit(-1)).isInstanceOf(NotFound.class);
  }

  private static List<String> violations(Runnable call) {
    try {
      call.run();
    } catch (InvalidInput e) {
      return e.violations().stream()
          .map(v -> v.code().equals("NotBlank") ? v.field() : v.field() + ":" + v.code()).toList();
    }
    return List.of();
  }

  private static void at(int year, int month, int day, int hour) {
    ClockUtil.setCurrentTime(
        Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, StewardClock.ZONE).toInstant()));
  }

  private static java.time.Instant midnight(int year, int month, int day) {
    return ZonedDateTime.of(year, month, day, 0, 0, 0, 0, StewardClock.ZONE).toInstant();
  }

  /** The unit's red timer fires; answers the supervision item it opened. */
  private long red(long unitId) {
    lights.signal("unit", Long.toString(unitId), Light.RED);
    return supervision.ofCase(caseNumber).stream()
        .filter(item -> item.isOpen() && Long.valueOf(unitId).equals(item.unitId()))
        .findFirst().orElseThrow().id();
  }
}
