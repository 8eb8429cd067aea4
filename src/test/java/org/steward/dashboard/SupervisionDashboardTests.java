package org.steward.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Officer;
import org.steward.ledger.LedgerFigures;
import org.steward.ledger.LedgerRow;
import org.steward.ledger.LightCounts;
import org.steward.ledger.RatingCounts;
import org.steward.policy.PolicyConfirmations;
import org.steward.request.RequestManagement;
import org.steward.shared.InvalidInput;
import org.steward.shared.StewardClock;
import org.steward.shared.StewardException;

/** Who may see the dashboard, how it counts overdue days, and where its links lead; the ledger and cases mocked. */
class SupervisionDashboardTests {

  private final LedgerFigures ledger = mock(LedgerFigures.class);
  private final RequestManagement requests = mock(RequestManagement.class);
  private final PolicyConfirmations confirmations = mock(PolicyConfirmations.class);
  private final DirectoryManagement directory = mock(DirectoryManagement.class);
  private final OfficerWorkload workload = mock(OfficerWorkload.class);
  // no official schedule: Monday to Friday are the working days
  private final SupervisionDashboard dashboard = new SupervisionDashboard(ledger, requests,
      WorkingDayCalendar.inMemory(Map.of()), confirmations, directory, workload);

  @BeforeEach
  void mondayMarch9() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0, StewardClock.ZONE).toInstant()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void supervisor_getsLightsRatingsAndTheOverdueMattersInWorkingDaysWithTheirInstances() {
    LightCounts power = new LightCounts("power", "供电局", 1, 0, 2);
    LightCounts zhangwei = new LightCounts("zhangwei", "张伟", 0, 1, 1);
    RatingCounts rating = new RatingCounts("power", "供电局", 3, 1, 2);
    when(ledger.lightsByDepartment()).thenReturn(List.of(power));
    when(ledger.lightsByOfficer()).thenReturn(List.of(zhangwei));
    when(ledger.ratingsByDepartment()).thenReturn(List.of(rating));
    when(ledger.overdue(5)).thenReturn(List.of(
        row("QY20260302-0001", LocalDate.of(2026, 3, 4), new LedgerRow.Party("power", "供电局")),
        row("QY20260309-0001", LocalDate.of(2026, 3, 9), null)));
    when(requests.processInstanceId("QY20260302-0001")).thenReturn(Optional.of("instance-1"));
    when(requests.processInstanceId("QY20260309-0001")).thenReturn(Optional.empty());
    when(confirmations.openByOfficer())
        .thenReturn(List.of(new PolicyConfirmations.OpenByOfficer("huangqiang", 1, 0, 2)));
    when(directory.officer("huangqiang")).thenReturn(Optional.of(new Officer("huangqiang", "黄强", null, null, null,
        null, false)));

    Dashboard shown = dashboard.dashboard(5, Set.of("supervisors"));

    assertThat(shown.today()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(shown.byDepartment()).containsExactly(power);
    assertThat(shown.byOfficer()).containsExactly(zhangwei);
    assertThat(shown.ratings()).containsExactly(rating);
    assertThat(shown.policyConfirmations()).containsExactly(new LightCounts("huangqiang", "黄强", 1, 0, 2));
    // Thursday, Friday and Monday after Wednesday's time limit; none on the day itself
    assertThat(shown.longestOverdue()).extracting(Dashboard.OverdueMatter::caseNumber,
            Dashboard.OverdueMatter::workingDaysOverdue, Dashboard.OverdueMatter::processInstanceId,
            Dashboard.OverdueMatter::leadDepartment)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("QY20260302-0001", 3, "instance-1", "供电局"),
            org.assertj.core.groups.Tuple.tuple("QY20260309-0001", 0, null, null));
    assertThat(shown.longestOverdue().get(0).officer()).isEqualTo("张伟");
  }

  @Test
  void administrator_seesWhatSupervisorsSee() {
    LightCounts power = new LightCounts("power", "供电局", 1, 0, 2);
    when(ledger.lightsByDepartment()).thenReturn(List.of(power));
    when(ledger.overdue(10)).thenReturn(List.of(
        row("QY20260302-0001", LocalDate.of(2026, 3, 4), new LedgerRow.Party("power", "供电局"))));
    when(requests.processInstanceId("QY20260302-0001")).thenReturn(Optional.of("instance-1"));

    Dashboard shown = dashboard.dashboard(10, Set.of("camunda-admin"));

    assertThat(shown.byDepartment()).containsExactly(power);
    assertThat(shown.longestOverdue()).extracting(Dashboard.OverdueMatter::caseNumber,
            Dashboard.OverdueMatter::workingDaysOverdue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("QY20260302-0001", 3));
  }

  @Test
  void officersDepartmentsTheOfficeAndEnterprises_areRefused() {
    for (Set<String> groups : List.of(Set.of("officers"), Set.of("dept-power"), Set.of("joint-office"),
        Set.of("enterprises"), Set.<String>of())) {
      assertThatThrownBy(() -> dashboard.dashboard(10, groups)).as("groups %s", groups)
          .isInstanceOfSatisfying(StewardException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(e.code()).isEqualTo("dashboard-not-visible");
          });
    }
    verifyNoInteractions(ledger, requests);
  }

  @Test
  void overdueCountOutOfRange_isRefusedNamingTheField() {
    for (int overdue : new int[] {0, SupervisionDashboard.MAX_OVERDUE + 1}) {
      assertThatThrownBy(() -> dashboard.dashboard(overdue, Set.of("supervisors")))
          .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
              .extracting(InvalidInput.FieldViolation::field).containsExactly("overdue"));
    }
    verifyNoInteractions(ledger, requests);
  }

  private static LedgerRow row(String caseNumber, LocalDate deadline, LedgerRow.Party lead) {
    return new LedgerRow(caseNumber, new LedgerRow.Party("1", "广州某某精密制造有限公司"), "power", "厂区扩容用电",
        new LedgerRow.Party("zhangwei", "张伟"), lead, null, deadline, deadline, "RED", "HANDLING", null, 0, null,
        List.of(), List.of());
  }
}
