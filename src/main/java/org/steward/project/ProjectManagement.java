package org.steward.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.access.CaseAccess;
import org.steward.access.CaseReader;
import org.steward.access.CaseScope;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.deadline.Light;
import org.steward.request.Caller;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;

/**
 * What people read of industrial projects: one project, the list and the board, each as far as the caller may read
 * ({@link CaseAccess}). The capability's other use cases have their own classes: {@link ProjectRegistry},
 * {@link MilestoneConfirmations}, {@link MilestoneReplans}, {@link MilestoneLights}, {@link ProjectFilings} and
 * {@link ProjectProblems}.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ProjectManagement {

  private final JdbcClient jdbc;
  private final ProjectRows rows;
  private final ProjectViews views;
  private final ProjectPeople people;
  private final MilestoneDeadlines deadlines;
  private final WorkingDayCalendar calendar;
  private final CaseAccess access;

  /** A project as the caller may see it: an enterprise user only its own enterprise's, staff every project. */
  @Transactional(readOnly = true)
  public ProjectView project(String code, Caller caller) {
    ProjectRow row = rows.project(code);
    if (!access.mayRead(row.code(), reader(caller))) {
      throw caller.groups().isEmpty() ? new ProjectForbidden() : new NotFound("project", code);
    }
    return views.view(row);
  }

  /** Whether the enterprise has industrial projects (the portal shows 我的项目 only then). */
  @Transactional(readOnly = true)
  public boolean hasProjects(long enterpriseId) {
    return jdbc.sql("select count(*) from project where enterprise_id = :enterprise").param("enterprise", enterpriseId)
        .query(Long.class).single() > 0;
  }

  /** The projects the caller may see that match the filter, by code. */
  @Transactional(readOnly = true)
  public List<ProjectSummary> projects(ProjectFilter filter, Caller caller) {
    if (caller.groups().isEmpty()) {
      throw new ProjectForbidden();
    }
    ProjectState state = null;
    if (filter.state() != null && !filter.state().isBlank()) {
      Violations violations = new Violations();
      state = Choices.of(violations, "state", ProjectState.class, filter.state());
      violations.throwIfAny();
    }
    CaseScope scope = access.scope(reader(caller));
    StringBuilder sql = new StringBuilder("select * from project where " + scope.sql("code"));
    Map<String, Object> params = new LinkedHashMap<>(scope.params());
    if (filter.area() != null && !filter.area().isBlank()) {
      sql.append(" and area = :area");
      params.put("area", filter.area().strip());
    }
    if (filter.officer() != null && !filter.officer().isBlank()) {
      sql.append(" and officer_id = :officer");
      params.put("officer", filter.officer().strip());
    }
    if (filter.key() != null) {
      sql.append(" and key_project = :key");
      params.put("key", filter.key());
    }
    sql.append(" order by code");
    ProjectState wanted = state;
    return jdbc.sql(sql.toString()).params(params).query(ProjectRow::map).list().stream()
        .map(views::summary)
        .filter(summary -> wanted == null || summary.state() == wanted)
        .toList();
  }

  /**
   * Counts by state and milestone, by area and by officer, and the delayed milestones, of the projects the caller reads
   * ({@link CaseAccess}); staff only.
   */
  @Transactional(readOnly = true)
  public ProjectBoard board(Caller caller) {
    if (caller.groups().isEmpty() || (caller.isEnterprise() && !caller.isAdmin())) {
      throw new ProjectForbidden();
    }
    CaseScope scope = access.scope(reader(caller));
    List<ProjectRow> projects = jdbc.sql("select * from project where " + scope.sql("code") + " order by code")
        .params(scope.params()).query(ProjectRow::map).list();
    Map<String, List<MilestoneRow>> milestones = jdbc.sql("select * from project_milestone order by position")
        .query(MilestoneRow::map).list().stream()
        .collect(Collectors.groupingBy(MilestoneRow::projectCode));
    List<ProjectSummary> summaries = projects.stream().map(views::summary).toList();
    Map<String, List<ProjectSummary>> byArea = summaries.stream()
        .collect(Collectors.groupingBy(ProjectSummary::area, TreeMap::new, Collectors.toList()));
    Map<String, List<ProjectSummary>> byOfficer = summaries.stream()
        .collect(Collectors.groupingBy(ProjectSummary::officer, TreeMap::new, Collectors.toList()));
    LocalDate today = StewardClock.today();
    Instant now = StewardClock.now();
    List<ProjectBoard.DelayedMilestone> delayed = new ArrayList<>();
    for (ProjectRow row : projects) {
      for (MilestoneRow milestone : milestones.getOrDefault(row.code(), List.of())) {
        if (milestone.actualDate() == null && deadlines.light(milestone.plannedDate(), now) == Light.RED) {
          delayed.add(new ProjectBoard.DelayedMilestone(row.code(), row.name(), row.area(), row.officer(),
              row.leader(), milestone.milestone(), milestone.milestone().label(), milestone.plannedDate(),
              calendar.workingDaysBetween(milestone.plannedDate(), today), milestone.escalatedAt() != null));
        }
      }
    }
    delayed.sort(Comparator.comparing(ProjectBoard.DelayedMilestone::plannedDate)
        .thenComparing(ProjectBoard.DelayedMilestone::code));
    return new ProjectBoard(summaries.size(), countStates(summaries), countMilestones(summaries),
        byArea.entrySet().stream().map(e -> group(e.getKey(), e.getKey(), e.getValue())).toList(),
        byOfficer.entrySet().stream().map(e -> group(e.getKey(), people.officerName(e.getKey()), e.getValue()))
            .toList(),
        delayed);
  }

  private static ProjectBoard.Group group(String key, String name, List<ProjectSummary> summaries) {
    return new ProjectBoard.Group(key, name, summaries.size(), countStates(summaries), countMilestones(summaries));
  }

  private static Map<ProjectState, Integer> countStates(List<ProjectSummary> summaries) {
    Map<ProjectState, Integer> counts = new EnumMap<>(ProjectState.class);
    for (ProjectState state : ProjectState.values()) {
      counts.put(state, 0);
    }
    summaries.forEach(s -> counts.merge(s.state(), 1, Integer::sum));
    return counts;
  }

  private static Map<String, Integer> countMilestones(List<ProjectSummary> summaries) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Milestone milestone : Milestone.values()) {
      counts.put(milestone.name(), 0);
    }
    counts.put(ProjectState.FINISHED.name(), 0);
    summaries.forEach(s -> counts.merge(s.currentMilestone() == null ? ProjectState.FINISHED.name()
        : s.currentMilestone().name(), 1, Integer::sum));
    return counts;
  }

  private static CaseReader reader(Caller caller) {
    return new CaseReader(caller.userId(), caller.groups());
  }
}
