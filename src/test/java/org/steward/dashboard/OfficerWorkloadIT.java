package org.steward.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.directory.DirectoryManagement;
import org.steward.ledger.LedgerFigures;
import org.steward.request.RequestFixtures;
import org.steward.request.RequestIntake;
import org.steward.shared.StewardClock;

/**
 * The officers' workload on PostgreSQL: the tasks each holds (counted in the engine's task table), its red matters
 * and its visits past their due date, busiest first; a visit due today or done is not late.
 */
@SpringBootTest(properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class OfficerWorkloadIT {

  @Autowired
  OfficerWorkload workload;
  @Autowired
  LedgerFigures ledger;
  @Autowired
  TaskService tasks;
  @Autowired
  RequestIntake intake;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  JdbcClient jdbc;

  @Test
  void everyOfficer_withTheTasksItHolds_itsRedMatters_andItsLateVisits_busiestFirst() {
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    long ent02 = directory.enterpriseOfUser("ent02").orElseThrow().id();
    intake.submit(RequestFixtures.request(ent01, "工作量测试"), "ent01", null);
    LocalDate today = StewardClock.today();
    visit(ent01, today.minusMonths(1).withDayOfMonth(1), today.minusDays(1), "OPEN");
    visit(ent02, today.minusMonths(2).withDayOfMonth(1), today.minusDays(3), "DONE");

    List<OfficerWorkload.Workload> loads = workload.of(ledger.lightsByOfficer());

    assertThat(loads).extracting(OfficerWorkload.Workload::officerId)
        .containsExactlyInAnyOrderElementsOf(directory.officers().stream().map(o -> o.id()).toList());
    OfficerWorkload.Workload zhangwei = loads.stream().filter(l -> l.officerId().equals("zhangwei")).findFirst()
        .orElseThrow();
    assertThat(zhangwei.name()).isEqualTo("张伟");
    assertThat(zhangwei.openTasks()).isEqualTo((int) tasks.createTaskQuery().taskAssignee("zhangwei").active()
        .count()).isPositive();
    assertThat(zhangwei.visitsLate()).as("the open one past its day; the done one is not late").isEqualTo(1);
    assertThat(loads).isSortedAccordingTo(Comparator.comparingInt(OfficerWorkload.Workload::openTasks).reversed()
        .thenComparing(Comparator.comparingInt(OfficerWorkload.Workload::redMatters).reversed())
        .thenComparing(Comparator.comparingInt(OfficerWorkload.Workload::visitsLate).reversed())
        .thenComparing(OfficerWorkload.Workload::officerId));
  }

  private void visit(long enterprise, LocalDate periodStart, LocalDate due, String state) {
    jdbc.sql("""
            insert into visit (enterprise_id, officer_id, cycle, period_start, state, due_date, created_at)
            values (:enterprise, 'zhangwei', 'MONTHLY', :start, :state, :due, :now)""")
        .param("enterprise", enterprise).param("start", periodStart).param("state", state).param("due", due)
        .param("now", Timestamp.from(StewardClock.now())).update();
  }
}
