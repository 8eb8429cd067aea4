package org.steward.project;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.shared.NotFound;

/**
 * The one door through which the state of a project, a milestone, a re-plan or a monthly filing changes: a transition
 * updates the row only from a state it may start in, in the same statement, so two steps racing cannot both make it;
 * one out of turn is refused ({@link ProjectStateConflict}) and nothing changes. The records keep no state column:
 * their dates tell the state, so each state is a condition on the row's columns.
 */
@Component
@RequiredArgsConstructor
class ProjectTransitions {

  private static final Map<Enum<?>, String> CONDITIONS = Map.ofEntries(
      Map.entry(ProjectLifecycle.FOLLOWED, "finished_at is null"),
      Map.entry(ProjectLifecycle.FINISHED, "finished_at is not null"),
      Map.entry(MilestoneState.PLANNED, "actual_date is null and escalated_at is null"),
      Map.entry(MilestoneState.ESCALATED, "actual_date is null and escalated_at is not null"),
      Map.entry(MilestoneState.CONFIRMED, "actual_date is not null"),
      Map.entry(ReplanState.PENDING, "approved is null"),
      Map.entry(ReplanState.APPROVED, "approved = true"),
      Map.entry(ReplanState.REJECTED, "approved = false"),
      Map.entry(FilingState.OPEN, "filed_at is null"),
      Map.entry(FilingState.FILED, "filed_at is not null"));

  /** What a project's or a milestone's new state means to those following it; other moves tell nobody. */
  private static final Map<Enum<?>, String> CHANGES = Map.of(
      MilestoneState.CONFIRMED, "已确认",
      MilestoneState.ESCALATED, "已提交联席会议办公室",
      ProjectLifecycle.FINISHED, "项目已投产，跟踪结束");

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  /** Columns and their values, in order, for {@code make}; a value may be null. */
  static Map<String, Object> columns(Object... namesAndValues) {
    Map<String, Object> columns = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return columns;
  }

  /** Makes the project's transition, setting the given columns of its row with it. */
  void make(String code, ProjectTransition transition, Map<String, Object> columns) {
    make(new Row("project", "project", "code = :key", Map.of("key", code), code), transition.move, columns);
    announce(code, "", transition.move);
  }

  /** Makes the milestone's transition, setting the given columns of its row with it. */
  void make(String code, Milestone milestone, MilestoneTransition transition, Map<String, Object> columns) {
    make(new Row("project_milestone", "project-milestone", "project_code = :key and milestone = :milestone",
        Map.of("key", code, "milestone", milestone.name()), code + "/" + milestone.name()), transition.move, columns);
    announce(code, milestone.label(), transition.move);
  }

  /** Makes the re-plan's transition, setting the given columns of its row with it. */
  void make(long replanId, ReplanTransition transition, Map<String, Object> columns) {
    make(new Row("project_replan", "project-replan", "id = :key", Map.of("key", replanId), replanId),
        transition.move, columns);
  }

  /** Makes the filing's transition, setting the given columns of its row with it. */
  void make(long filingId, FilingTransition transition, Map<String, Object> columns) {
    make(new Row("project_filing", "project-filing", "id = :key", Map.of("key", filingId), filingId),
        transition.move, columns);
  }

  private void announce(String code, String what, Move<?> move) {
    String change = CHANGES.get(move.to());
    if (change != null) {
      events.publishEvent(new ProjectStateChanged(code, what + change));
    }
  }

  /** Where a record stands, from its row's columns. */
  static String condition(Enum<?> state) {
    return CONDITIONS.get(state);
  }

  /** A record's row: its table, its kind in problems ({@code kind.<kind>}), the condition naming it and its id. */
  private record Row(String table, String kind, String key, Map<String, Object> keys, Object id) {
  }

  /** Column names are Steward's own constants, never input. */
  private <S extends Enum<S>> void make(Row row, Move<S> move, Map<String, Object> columns) {
    String sets = columns.keySet().stream().map(column -> column + " = :" + column).collect(Collectors.joining(", "));
    String from = move.from().stream().map(state -> "(" + condition(state) + ")").collect(Collectors.joining(" or "));
    var update = jdbc.sql("update " + row.table() + " set " + sets + " where " + row.key() + " and (" + from + ")")
        .params(row.keys());
    for (Map.Entry<String, Object> column : columns.entrySet()) {
      update = update.param(column.getKey(), column.getValue());
    }
    if (update.update() == 0) {
      S now = Arrays.stream(move.to().getDeclaringClass().getEnumConstants())
          .filter(state -> jdbc.sql("select count(*) from " + row.table() + " where " + row.key() + " and ("
              + condition(state) + ")").params(row.keys()).query(Long.class).single() > 0)
          .findFirst().orElseThrow(() -> new NotFound(row.kind(), row.id()));
      throw new ProjectStateConflict(row.kind(), row.id(), now, move.to());
    }
  }
}
