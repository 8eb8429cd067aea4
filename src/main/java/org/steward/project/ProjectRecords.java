package org.steward.project;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.shared.NotFound;

/**
 * The records a step of {@code project-milestones} acts on, found from the project code (the instance's business key,
 * which Steward sets at registration and nobody changes), never from a variable a task holder could overwrite: the
 * milestone the project waits for, its re-plan awaiting the leader, its monthly filing awaiting the officer.
 */
@Component
@RequiredArgsConstructor
public class ProjectRecords {

  private final JdbcClient jdbc;
  private final MilestoneConfirmations milestones;

  /** The first unconfirmed milestone: the one every step of the milestone's scope is about. */
  public Milestone currentMilestone(String code) {
    return milestones.currentMilestone(code).map(MilestoneClock::milestone)
        .orElseThrow(() -> new NotFound("project", code));
  }

  /** The project's re-plan that no leader has decided yet. */
  public long pendingReplan(String code) {
    return jdbc.sql("select id from project_replan where project_code = :code and approved is null order by id desc")
        .param("code", code).query(Long.class).list().stream().findFirst()
        .orElseThrow(() -> new NotFound("project-replan", code));
  }

  /** The project's monthly filing that the officer has not filed yet. */
  public long openFiling(String code) {
    return jdbc.sql("select id from project_filing where project_code = :code and filed_at is null order by id desc")
        .param("code", code).query(Long.class).list().stream().findFirst()
        .orElseThrow(() -> new NotFound("project-filing", code));
  }
}
