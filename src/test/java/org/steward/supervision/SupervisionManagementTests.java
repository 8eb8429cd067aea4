package org.steward.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.steward.access.CaseAccess;
import org.steward.directory.DirectoryManagement;
import org.steward.notification.Notifications;
import org.steward.shared.CaseLookup;
import org.steward.shared.CaseSummary;
import org.steward.shared.Cases;
import org.steward.shared.StewardClock;
import org.steward.supervision.process.CaseTasks;
import org.steward.supervision.process.CaseTasks.HeldTask;
import org.steward.timeline.Timeline;
import org.steward.workflow.SystemContext;

@JdbcTest
@Import({SupervisionManagement.class, CaseAccess.class, Cases.class})
class SupervisionManagementTests {

  @Autowired
  SupervisionManagement supervision;
  @MockitoBean
  CaseLookup cases;
  @MockitoBean
  DirectoryManagement directory;
  @MockitoBean
  Timeline timeline;
  @MockitoBean
  Notifications notifications;
  @MockitoBean
  SystemContext system;
  @MockitoBean
  CaseTasks caseTasks;

  private static final String CASE = "QY20260302-0001";
  private static final Set<String> SUPERVISOR = Set.of("supervisors");
  private static final HeldTask DECIDE = new HeldTask("t-decide", "决定办理方式", "zhangwei", List.of(), List.of());
  private static final HeldTask SIGN = new HeldTask("t-sign", "签收交办事项", null, List.of("dept-power"), List.of());

  @BeforeEach
  void anOpenCaseWithTwoTasks() {
    ClockUtil.setCurrentTime(Date.from(java.time.Instant.parse("2026-03-02T02:00:00Z")));
    when(cases.find(CASE)).thenReturn(Optional.of(new CaseSummary(CASE, "REQUEST", "用地", "某公司", "zhangwei", true)));
    when(cases.find("QY19990101-0001")).thenReturn(Optional.empty());
    when(system.call(any())).thenAnswer(call -> ((Supplier<?>) call.getArgument(0)).get());
    when(caseTasks.open(CASE)).thenReturn(List.of(DECIDE, SIGN));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void urge_reachesTheAssigneeAndTheCandidateGroupOfAnUnassignedTask_oneRowAndNotificationEach() {
    List<Urge> urges = supervision.urge(CASE, null, "请本周内办结", "chenjianguo", SUPERVISOR);

    assertThat(urges).extracting(Urge::targetKind, Urge::target, Urge::taskId)
        .containsExactly(tuple("USER", "zhangwei", "t-decide"), tuple("GROUP", "dept-power", "t-sign"));
    assertThat(supervision.urgesOf(CASE).count()).isEqualTo(2);
    verify(notifications).notifyUser(eq("zhangwei"), eq("URGE"), eq(CASE), contains("决定办理方式"));
    verify(notifications).notifyGroup(eq("dept-power"), eq("URGE"), eq(CASE), contains("签收交办事项"));
    verify(timeline).record(eq(CASE), eq("URGED"), eq("chenjianguo"), anyString(), eq("请本周内办结"));
  }

  @Test
  void theCasesOfficerUrging_doesNotUrgeItself() {
    List<Urge> urges = supervision.urge(CASE, null, "请尽快签收", "zhangwei", Set.of("officers"));

    assertThat(urges).extracting(Urge::target).containsExactly("dept-power");
    verify(notifications, never()).notifyUser(eq("zhangwei"), eq("URGE"), anyString(), anyString());
  }

  @Test
  void urgeOfOneTask_reachesOnlyItsHolder_andHoldersUrgedWithinTheHourAreSkipped() {
    supervision.urge(CASE, "t-sign", "请签收", "chenjianguo", SUPERVISOR);
    assertThat(supervision.urgesOf(CASE).urges()).extracting(Urge::target).containsExactly("dept-power");

    ClockUtil.setCurrentTime(Date.from(StewardClock.now().plus(Duration.ofMinutes(30))));
    List<Urge> second = supervision.urge(CASE, null, "请尽快", "lianxiban", Set.of("joint-office"));

    assertThat(second).extracting(Urge::target).containsExactly("zhangwei");
    assertThatThrownBy(() -> supervision.urge(CASE, null, "又催", "chenjianguo", SUPERVISOR))
        .isInstanceOf(UrgedTooOften.class);
    assertThat(supervision.urgesOf(CASE).count()).isEqualTo(2);
  }

  @Test
  void urgeRules_rightsInputAndState_refuseWithoutStoringAnything() {
    assertThatThrownBy(() -> supervision.urge(CASE, null, "请尽快", "liuyang", Set.of("officers")))
        .isInstanceOf(UrgeForbidden.class);
    assertThatThrownBy(() -> supervision.urge("QY19990101-0001", null, "请尽快", "chenjianguo", SUPERVISOR))
        .isInstanceOf(org.steward.shared.NotFound.class);
    assertThatThrownBy(() -> supervision.urge(CASE, null, "", "chenjianguo", SUPERVISOR))
        .isInstanceOfSatisfying(org.steward.shared.InvalidInput.class, e ->
            assertThat(e.violations()).extracting(v -> v.field()).containsExactly("message"));
    when(caseTasks.open(CASE)).thenReturn(List.of());
    assertThatThrownBy(() -> supervision.urge(CASE, null, "请尽快", "zhangwei", Set.of("officers")))
        .isInstanceOf(NothingToUrge.class);

    assertThat(supervision.urgesOf(CASE).count()).isZero();
    verify(notifications, never()).notifyUser(anyString(), anyString(), anyString(), anyString());
  }

  @Test
  void openedItem_isListedUntilClosed_andKeepsTheSupervisorsNote() {
    long id = supervision.open("QY20260302-0001", 7L, SupervisionReason.UNIT_OVERDUE, "housing");
    assertThat(supervision.item(id).isOpen()).isTrue();

    supervision.close(id, "chenjianguo", "已电话督促，承诺周五前办结");

    SupervisionItem closed = supervision.item(id);
    assertThat(closed.isOpen()).isFalse();
    assertThat(closed.closedBy()).isEqualTo("chenjianguo");
    assertThat(closed.unitId()).isEqualTo(7L);
    assertThat(supervision.ofCase("QY20260302-0001")).hasSize(1);
  }
}
