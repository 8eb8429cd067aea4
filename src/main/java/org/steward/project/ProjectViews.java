package org.steward.project;

import static org.steward.project.ProjectRows.shanghai;
import static org.steward.shared.Rows.instant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.deadline.Light;
import org.steward.handling.HandlingManagement;
import org.steward.shared.StewardClock;
import org.steward.timeline.Timeline;
import org.steward.timeline.TimelineEntry;

/**
 * Puts together what people read of a project (the whole view, or one row of the list) with its lights, forecasts and
 * state computed when read.
 */
@Component
@RequiredArgsConstructor
class ProjectViews {

  private final JdbcClient jdbc;
  private final ProjectRows rows;
  private final ProjectPeople people;
  private final ProjectProblems problems;
  private final MilestoneDeadlines deadlines;
  private final HandlingManagement handling;
  private final Timeline timeline;

  /** The project as people read it. */
  ProjectView view(String code) {
    return view(rows.project(code));
  }

  /** The project of {@code row} as people read it. */
  ProjectView view(ProjectRow row) {
    Instant now = StewardClock.now();
    List<MilestoneRow> milestones = rows.milestones(row.code());
    List<ProjectView.Problem> problemList = problems.problems(row.code());
    List<ProjectView.Filing> filings = filings(row.code());
    Map<Milestone, List<ProjectView.Replan>> replans = replans(row.code());
    List<LocalDate> forecasts = MilestoneDates.forecasts(milestones, StewardClock.today());
    List<ProjectView.MilestoneView> views = new ArrayList<>();
    for (int i = 0; i < milestones.size(); i++) {
      MilestoneRow m = milestones.get(i);
      views.add(new ProjectView.MilestoneView(m.milestone(), m.milestone().label(), m.originalDate(),
          m.plannedDate(), m.actualDate(), forecasts.get(i), m.actualDate() != null,
          m.actualDate() == null ? deadlines.light(m.plannedDate(), now) : null, m.note(), m.overrideReason(),
          m.confirmedBy(), shanghai(m.confirmedAt()), shanghai(m.escalatedAt()),
          replans.getOrDefault(m.milestone(), List.of())));
    }
    List<ProjectView.Assignment> assignments = jdbc.sql("""
            select role, user_id, valid_from, valid_to, reason, assigned_by from project_assignment
            where project_code = :code order by valid_from, id""")
        .param("code", row.code())
        .query((rs, n) -> new ProjectView.Assignment(rs.getString("role"), rs.getString("user_id"),
            shanghai(instant(rs, "valid_from")), shanghai(instant(rs, "valid_to")), rs.getString("reason"),
            rs.getString("assigned_by")))
        .list();
    List<ProjectView.Step> steps = timeline.of(row.code()).stream().map(ProjectViews::step).toList();
    Milestone current = milestones.stream().filter(m -> m.actualDate() == null).map(MilestoneRow::milestone)
        .findFirst().orElse(null);
    return new ProjectView(row.code(), row.name(), row.enterpriseId(), row.enterpriseName(), row.investment(),
        row.site(), row.area(), row.key(), row.officer(), people.officerName(row.officer()), row.leader(),
        people.userName(row.leader()), row.plan(), state(row, milestones, problemList, filings, now), current,
        shanghai(row.registeredAt()), row.registeredBy(), shanghai(row.finishedAt()), views, problemList, filings,
        assignments, steps);
  }

  /** The project of {@code row} as one row of the list. */
  ProjectSummary summary(ProjectRow row) {
    List<MilestoneRow> milestones = rows.milestones(row.code());
    List<ProjectView.Problem> problemList = problems.problems(row.code());
    List<ProjectView.Filing> filings = filings(row.code());
    Instant now = StewardClock.now();
    Optional<MilestoneRow> current = milestones.stream().filter(m -> m.actualDate() == null).findFirst();
    return new ProjectSummary(row.code(), row.name(), row.enterpriseName(), row.area(), row.key(), row.officer(),
        people.officerName(row.officer()), row.leader(), state(row, milestones, problemList, filings, now),
        current.map(MilestoneRow::milestone).orElse(null), current.map(MilestoneRow::plannedDate).orElse(null),
        current.map(m -> deadlines.light(m.plannedDate(), now)).orElse(null),
        (int) problemList.stream().filter(ProjectView.Problem::open).count());
  }

  private ProjectState state(ProjectRow row, List<MilestoneRow> milestones, List<ProjectView.Problem> problemList,
      List<ProjectView.Filing> filings, Instant now) {
    if (row.finishedAt() != null) {
      return ProjectState.FINISHED;
    }
    List<Light> lights = milestones.stream().filter(m -> m.actualDate() == null)
        .map(m -> deadlines.light(m.plannedDate(), now)).toList();
    if (lights.contains(Light.RED)) {
      return ProjectState.DELAYED;
    }
    if (lights.contains(Light.YELLOW) || problemList.stream().anyMatch(ProjectView.Problem::open)
        || filings.stream().anyMatch(f -> f.light() == Light.RED)) {
      return ProjectState.AT_RISK;
    }
    return ProjectState.ON_TRACK;
  }

  private List<ProjectView.Filing> filings(String code) {
    Instant now = StewardClock.now();
    return jdbc.sql("select * from project_filing where project_code = :code order by period").param("code", code)
        .query((rs, n) -> {
          LocalDate due = rs.getObject("due_date", LocalDate.class);
          int percent = rs.getInt("percent");
          Integer value = rs.wasNull() ? null : percent;
          Instant filedAt = instant(rs, "filed_at");
          return new ProjectView.Filing(rs.getString("period"), due, value, rs.getString("notes"),
              rs.getString("filed_by"), shanghai(filedAt),
              filedAt == null ? handling.deadline(due).lightAt(now) : null);
        })
        .list();
  }

  private Map<Milestone, List<ProjectView.Replan>> replans(String code) {
    return jdbc.sql("select * from project_replan where project_code = :code order by id").param("code", code)
        .query((rs, n) -> {
          boolean approved = rs.getBoolean("approved");
          Boolean decision = rs.wasNull() ? null : approved;
          return Map.entry(Milestone.valueOf(rs.getString("milestone")), new ProjectView.Replan(rs.getLong("id"),
              rs.getObject("previous_date", LocalDate.class), rs.getObject("requested_date", LocalDate.class),
              rs.getString("reason"), rs.getString("requested_by"), shanghai(instant(rs, "requested_at")),
              decision, rs.getString("decision_note"), rs.getString("decided_by"),
              shanghai(instant(rs, "decided_at"))));
        })
        .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  private static ProjectView.Step step(TimelineEntry entry) {
    return new ProjectView.Step(shanghai(entry.at()), entry.action(), entry.actor(), entry.description(),
        entry.detail());
  }
}
