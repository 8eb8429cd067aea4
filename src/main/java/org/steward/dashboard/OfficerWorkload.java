package org.steward.dashboard;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.dashboard.process.AssignedTasks;
import org.steward.directory.DirectoryManagement;
import org.steward.ledger.LightCounts;
import org.steward.shared.StewardClock;

/**
 * The officers by workload, for supervisors: the tasks each holds, its red matters (the ledger's lights) and its visits
 * (走访) past their due date; busiest first.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class OfficerWorkload {

  private final AssignedTasks tasks;
  private final DirectoryManagement directory;
  private final JdbcClient jdbc;

  /** One officer's load. */
  public record Workload(String officerId, String name, int openTasks, int redMatters, int visitsLate) {
  }

  /** Every officer's load; {@code byOfficer} are the open matters by officer and light. */
  public List<Workload> of(List<LightCounts> byOfficer) {
    Map<String, Integer> open = tasks.openByAssignee();
    Map<String, Integer> red = new HashMap<>();
    byOfficer.forEach(lights -> red.put(lights.id(), lights.red()));
    Map<String, Integer> late = new HashMap<>();
    jdbc.sql("""
            select officer_id, count(*) as n from visit where state = 'OPEN' and due_date < :today
            group by officer_id""").param("today", StewardClock.today())
        .query(rs -> {
          late.put(rs.getString("officer_id"), rs.getInt("n"));
        });
    return directory.officers().stream()
        .map(o -> new Workload(o.id(), o.name(), open.getOrDefault(o.id(), 0), red.getOrDefault(o.id(), 0),
            late.getOrDefault(o.id(), 0)))
        .sorted(Comparator.comparingInt(Workload::openTasks).reversed()
            .thenComparing(Comparator.comparingInt(Workload::redMatters).reversed())
            .thenComparing(Comparator.comparingInt(Workload::visitsLate).reversed())
            .thenComparing(Workload::officerId))
        .toList();
  }
}
