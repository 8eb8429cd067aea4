package org.steward.visit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.StewardClock;

/**
 * The visits' figures of a report period (走访), per officer and per department: {@code planned} the visits planned in
 * the period, {@code done} those recorded in it, {@code late} those recorded in it after their due date and those
 * still open at the period's end past their due date.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class VisitReport {

  private final JdbcClient jdbc;

  /** The figures of one officer or department. */
  public record Figures(String key, String name, long planned, long done, long late) {

    Figures plus(Figures other) {
      return new Figures(key, name, planned + other.planned, done + other.done, late + other.late);
    }
  }

  /** The period's figures by officer (with its department) and by department, officers by id. */
  public record PeriodFigures(List<Figures> byOfficer, List<Figures> byDepartment) {
  }

  /** The figures of the period {@code [from, to)}. */
  public PeriodFigures figures(Instant from, Instant to) {
    List<Figures> byOfficer = new ArrayList<>();
    Map<String, Figures> byDepartment = new LinkedHashMap<>();
    jdbc.sql("""
            select v.officer_id, o.name as officer_name, d.code, d.name as department_name,
              sum(case when v.created_at >= :from and v.created_at < :to then 1 else 0 end) as planned,
              sum(case when v.recorded_at >= :from and v.recorded_at < :to then 1 else 0 end) as done,
              sum(case when (v.recorded_at >= :from and v.recorded_at < :to and v.visited_on > v.due_date)
                or (v.created_at < :to and v.due_date < :lastDay and (v.recorded_at is null or v.recorded_at >= :to))
                then 1 else 0 end) as late
            from visit v
            join directory_officer o on o.id = v.officer_id
            join directory_department d on d.code = o.department_code
            where v.created_at < :to and (v.recorded_at is null or v.recorded_at >= :from)
            group by v.officer_id, o.name, d.code, d.name
            order by d.code, v.officer_id""")
        .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
        .param("lastDay", to.atZone(StewardClock.ZONE).toLocalDate())
        .query(rs -> {
          Figures officer = new Figures(rs.getString("officer_id"), rs.getString("officer_name"),
              rs.getLong("planned"), rs.getLong("done"), rs.getLong("late"));
          byOfficer.add(officer);
          byDepartment.merge(rs.getString("code"), new Figures(rs.getString("code"), rs.getString("department_name"),
              officer.planned(), officer.done(), officer.late()), Figures::plus);
        });
    return new PeriodFigures(byOfficer, List.copyOf(byDepartment.values()));
  }
}
