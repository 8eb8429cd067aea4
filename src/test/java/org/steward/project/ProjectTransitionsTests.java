package org.steward.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.request.Caller;
import org.steward.shared.StewardClock;
import org.steward.shared.StewardException;

/**
 * A project, its milestones, its re-plans and its monthly filings change state only by their transitions, each from
 * the states it may start in: a step out of turn is refused (409) and changes nothing.
 */
@SpringBootTest(properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
class ProjectTransitionsTests {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired
  ProjectRegistry registry;
  @Autowired
  MilestoneConfirmations confirmations;
  @Autowired
  MilestoneReplans replans;
  @Autowired
  MilestoneLights lights;
  @Autowired
  ProjectFilings filings;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  JdbcClient jdbc;

  @Test
  void aConfirmedMilestone_isNotConfirmedEscalatedOrReplannedAgain() {
    String code = project();
    String today = StewardClock.today().toString();
    confirmations.confirmMilestone(code, Milestone.CONSTRUCTION_START, today, "已开工", null, "huangqiang");
    Map<String, Object> confirmed = milestoneRow(code);

    assertConflict(() -> confirmations.confirmMilestone(code, Milestone.CONSTRUCTION_START, today, "再次确认", null,
        "huangqiang"));
    assertConflict(() -> lights.escalate(code, Milestone.CONSTRUCTION_START));

    assertThat(milestoneRow(code)).isEqualTo(confirmed);
  }

  @Test
  void anEscalatedMilestone_isNotEscalatedTwice() {
    String code = project();
    lights.escalate(code, Milestone.CONSTRUCTION_START);
    Map<String, Object> escalated = milestoneRow(code);

    assertConflict(() -> lights.escalate(code, Milestone.CONSTRUCTION_START));

    assertThat(milestoneRow(code)).isEqualTo(escalated);
  }

  @Test
  void aDecidedReplan_isNotDecidedAgain_andThePlanStaysAsApproved() {
    String code = project();
    LocalDate requested = StewardClock.today().plusDays(45);
    long replan = replans.requestReplan(code, Milestone.CONSTRUCTION_START, requested.toString(), "施工许可延后",
        "huangqiang");
    replans.decideReplan(replan, "APPROVED", null, "hejun");
    Map<String, Object> approved = milestoneRow(code);

    assertConflict(() -> replans.decideReplan(replan, "REJECTED", "不同意", "hejun"));

    assertThat(jdbc.sql("select approved from project_replan where id = :id").param("id", replan)
        .query(Boolean.class).single()).isTrue();
    assertThat(milestoneRow(code)).isEqualTo(approved);
  }

  @Test
  void aFinishedProject_isNotFinishedAgain() {
    String code = project();
    confirmations.finish(code);
    OffsetDateTime finishedAt = jdbc.sql("select finished_at from project where code = :code").param("code", code)
        .query(OffsetDateTime.class).single();

    assertConflict(() -> confirmations.finish(code));

    assertThat(jdbc.sql("select finished_at from project where code = :code").param("code", code)
        .query(OffsetDateTime.class).single()).isEqualTo(finishedAt);
  }

  @Test
  void aFiledFiling_isNotFiledAgain() {
    String code = project();
    long filing = filings.openFiling(code, "2026-03").filingId();
    filings.fileProgress(filing, 10, "场地平整", "huangqiang");

    assertConflict(() -> filings.fileProgress(filing, 90, "改一改", "huangqiang"));

    assertThat(jdbc.sql("select percent, notes from project_filing where id = :id").param("id", filing)
        .query().singleRow()).containsEntry("PERCENT", 10).containsEntry("NOTES", "场地平整");
  }

  private static void assertConflict(Runnable step) {
    assertThatThrownBy(step::run).isInstanceOfSatisfying(ProjectStateConflict.class, e -> {
      assertThat(((StewardException) e).status()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(e.code()).isEqualTo("project-state-conflict");
    });
  }

  private Map<String, Object> milestoneRow(String code) {
    return jdbc.sql("select * from project_milestone where project_code = :code and milestone = 'CONSTRUCTION_START'")
        .param("code", code).query().singleRow();
  }

  private String project() {
    String code = "TR" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    long ent03 = directory.enterpriseOfUser("ent03").orElseThrow().id();
    LocalDate today = StewardClock.today();
    registry.register(new NewProject(code, "状态守卫项目", ent03, 1000L, "天河区", "天河区", false, "huangqiang", "hejun",
        null, today.plusDays(30).toString(), today.plusDays(200).toString(), today.plusDays(300).toString()),
        new Caller("huangqiang", Set.of(StewardGroups.OFFICERS)));
    return code;
  }
}
