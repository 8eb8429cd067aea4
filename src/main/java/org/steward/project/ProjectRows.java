package org.steward.project;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;

/** Reads a project's row and its milestones' rows, for the use cases of the capability; shows instants at +08:00. */
@Component
@RequiredArgsConstructor
class ProjectRows {

  private final JdbcClient jdbc;

  /** The project. @throws NotFound if there is none with this code */
  ProjectRow project(String code) {
    return jdbc.sql("select * from project where code = :code").param("code", code)
        .query(ProjectRow::map).optional().orElseThrow(() -> new NotFound("project", code));
  }

  /** The project's three milestones, in order. */
  List<MilestoneRow> milestones(String code) {
    return jdbc.sql("select * from project_milestone where project_code = :code order by position")
        .param("code", code).query(MilestoneRow::map).list();
  }

  /** One milestone of the project. @throws NotFound if there is no such project */
  MilestoneRow milestone(String code, Milestone milestone) {
    return jdbc.sql("select * from project_milestone where project_code = :code and milestone = :milestone")
        .param("code", code).param("milestone", milestone.name()).query(MilestoneRow::map)
        .optional().orElseThrow(() -> new NotFound("project", code));
  }

  /** An instant as people read it, at +08:00 (Asia/Shanghai). */
  static OffsetDateTime shanghai(Instant instant) {
    return instant == null ? null : instant.atZone(StewardClock.ZONE).toOffsetDateTime();
  }
}
