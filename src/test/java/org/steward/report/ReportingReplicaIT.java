package org.steward.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.access.CaseAccess;
import org.steward.access.CaseReader;
import org.steward.ledger.Ledger;
import org.steward.ledger.LedgerExport;
import org.steward.ledger.LedgerFilter;
import org.steward.ledger.LedgerLine;
import org.steward.policy.PolicyStatistics;
import org.steward.project.ProjectBoard;
import org.steward.project.ProjectManagement;
import org.steward.request.Caller;
import org.steward.request.Categories;
import org.steward.shared.ReportingData;
import org.steward.visit.VisitReport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * With {@code steward.reporting.datasource.url} set, reports and ledger exports read the read replica (here a second
 * PostgreSQL server holding the hand-checked data set of {@link ReportFixtures}), while the ledger's pages and
 * everything else read the primary, whose requests are gone; the replica's connections are read-only.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({EmbeddedPostgresConfiguration.class, ReportManagement.class, Categories.class, Ledger.class,
    LedgerExport.class, ReportingData.class, CaseAccess.class, PolicyStatistics.class, VisitReport.class})
class ReportingReplicaIT {

  private static final Caller SUPERVISOR = new Caller("chenjianguo", Set.of("supervisors"));
  private static final CaseReader READER = new CaseReader(SUPERVISOR.userId(), SUPERVISOR.groups());
  private static final EmbeddedPostgres REPLICA = startReplica();

  @Autowired
  ReportManagement reports;
  @Autowired
  Ledger ledger;
  @Autowired
  LedgerExport ledgerExport;
  @Autowired
  ReportingData reporting;
  @Autowired
  JdbcClient jdbc;
  @MockitoBean
  ProjectManagement projects;

  @DynamicPropertySource
  static void replica(DynamicPropertyRegistry properties) {
    properties.add("steward.reporting.datasource.url", () -> REPLICA.getJdbcUrl("postgres", "postgres"));
    properties.add("steward.reporting.datasource.username", () -> "postgres");
  }

  @BeforeEach
  void dataSet() {
    ClockUtil.setCurrentTime(Date.from(ReportFixtures.NOW.toInstant()));
    // the primary keeps the policies, which reports read there, and loses the requests the replica still has, with
    // the ledger's figures of them
    new ReportFixtures(jdbc).insert();
    jdbc.sql("truncate request, ledger_ended_day, ledger_standing, ledger_standing_unit cascade").update();
    when(projects.board(any())).thenReturn(new ProjectBoard(0, Map.of(), Map.of(), List.of(), List.of(), List.of()));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void stopReplica() throws IOException {
    REPLICA.close();
  }

  @Test
  void reportsAndExports_readTheReplica_pagesThePrimary() {
    assertThat(reporting.replica()).isTrue();
    ReportFixtures.assertNovember(reports.report("2026-11", null, null, SUPERVISOR));

    LedgerFilter november = new LedgerFilter(null, null, null, null, null, null, LocalDate.of(2026, 11, 1),
        LocalDate.of(2026, 11, 30), 0, 20, null);
    List<LedgerLine> lines = new ArrayList<>();
    ledgerExport.export(november, READER, lines::add);
    assertThat(lines).extracting(LedgerLine::caseNumber).contains(ReportFixtures.caseNumber("B"));
    assertThat(ledger.page(november, READER).total()).as("the primary's requests").isZero();
  }

  @Test
  void theReplicasConnections_areReadOnly() {
    assertThatThrownBy(() -> reporting.snapshot(() -> reporting.jdbc().sql("delete from urge").update()))
        .isInstanceOf(DataAccessException.class).hasMessageContaining("read-only");
  }

  // a second server with Steward's tables and the data set, committed: what a streaming replica would hold
  private static EmbeddedPostgres startReplica() {
    try {
      EmbeddedPostgres replica = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
      String url = replica.getJdbcUrl("postgres", "postgres");
      Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
      SingleConnectionDataSource connection = new SingleConnectionDataSource(url, "postgres", "", true);
      new ReportFixtures(JdbcClient.create(connection)).insert();
      connection.destroy();
      return replica;
    } catch (IOException e) {
      throw new IllegalStateException("the replica did not start", e);
    }
  }
}
