package org.steward.visit;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.directory.StewardGroups;
import org.steward.request.Caller;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Violations;

/**
 * The visit cycle of each enterprise: its own setting if it has one, else the most frequent cycle of the tag rules its
 * tags match, else monthly for a key enterprise and quarterly for the others. Administrators and supervisors set the
 * rules; a change applies from the next cycle.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class VisitCycles {

  static final int MAX_TAG = 50;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate named;

  /** The rules: cycle by tag, and the enterprises with a cycle of their own. */
  public record Rules(Map<String, VisitCycle> byTag, Map<Long, VisitCycle> byEnterprise) {
  }

  /** The cycle of an enterprise from its own setting, its tags' rules and whether it is a key enterprise. */
  static VisitCycle resolve(VisitCycle own, Collection<VisitCycle> byTags, boolean keyEnterprise) {
    if (own != null) {
      return own;
    }
    if (!byTags.isEmpty()) {
      return byTags.contains(VisitCycle.MONTHLY) ? VisitCycle.MONTHLY : VisitCycle.QUARTERLY;
    }
    return VisitCycle.byDefault(keyEnterprise);
  }

  @Transactional(readOnly = true)
  public Rules rules(Caller caller) {
    checkMaySet(caller);
    Map<String, VisitCycle> byTag = new LinkedHashMap<>();
    jdbc.sql("select tag, cycle from visit_cycle_rule order by tag")
        .query(rs -> {
          byTag.put(rs.getString("tag"), VisitCycle.valueOf(rs.getString("cycle")));
        });
    Map<Long, VisitCycle> byEnterprise = new LinkedHashMap<>();
    jdbc.sql("select enterprise_id, cycle from visit_cycle_override order by enterprise_id")
        .query(rs -> {
          byEnterprise.put(rs.getLong("enterprise_id"), VisitCycle.valueOf(rs.getString("cycle")));
        });
    return new Rules(byTag, byEnterprise);
  }

  /**
   * Enterprises with tag {@code tag} are visited at {@code cycle}.
   *
   * @throws org.steward.shared.InvalidInput (tag, cycle)
   */
  public void setForTag(String tag, String cycle, Caller caller) {
    checkMaySet(caller);
    Violations violations = new Violations();
    String clean = violations.line("tag", tag, MAX_TAG);
    VisitCycle chosen = cycle(violations, cycle);
    violations.throwIfAny();
    jdbc.sql("delete from visit_cycle_rule where tag = :tag").param("tag", clean).update();
    jdbc.sql("insert into visit_cycle_rule (tag, cycle, set_by, set_at) values (:tag, :cycle, :by, :at)")
        .param("tag", clean).param("cycle", chosen.name()).param("by", caller.userId())
        .param("at", Timestamp.from(StewardClock.now())).update();
  }

  /** Removes the rule of {@code tag}; 404 when there is none. */
  public void clearForTag(String tag, Caller caller) {
    checkMaySet(caller);
    if (jdbc.sql("delete from visit_cycle_rule where tag = :tag").param("tag", tag).update() == 0) {
      throw new NotFound("visit-cycle-rule", tag);
    }
  }

  /**
   * Enterprise {@code enterpriseId} is visited at {@code cycle}, whatever its tags and whether it is a key enterprise.
   *
   * @throws org.steward.shared.InvalidInput (cycle)
   * @throws NotFound when there is no such enterprise
   */
  public void setForEnterprise(long enterpriseId, String cycle, Caller caller) {
    checkMaySet(caller);
    Violations violations = new Violations();
    VisitCycle chosen = cycle(violations, cycle);
    violations.throwIfAny();
    if (jdbc.sql("select count(*) from directory_enterprise where id = :id").param("id", enterpriseId)
        .query(Long.class).single() == 0) {
      throw new NotFound("enterprise", enterpriseId);
    }
    jdbc.sql("delete from visit_cycle_override where enterprise_id = :id").param("id", enterpriseId).update();
    jdbc.sql("""
            insert into visit_cycle_override (enterprise_id, cycle, set_by, set_at)
            values (:id, :cycle, :by, :at)""")
        .param("id", enterpriseId).param("cycle", chosen.name()).param("by", caller.userId())
        .param("at", Timestamp.from(StewardClock.now())).update();
  }

  /** The enterprise follows its tags and key status again; 404 when it had no cycle of its own. */
  public void clearForEnterprise(long enterpriseId, Caller caller) {
    checkMaySet(caller);
    if (jdbc.sql("delete from visit_cycle_override where enterprise_id = :id").param("id", enterpriseId)
        .update() == 0) {
      throw new NotFound("visit-cycle-override", enterpriseId);
    }
  }

  /** The cycle of each of the enterprises (ids of existing enterprises; in three statements, whatever their number). */
  @Transactional(readOnly = true)
  public Map<Long, VisitCycle> cyclesOf(List<Long> enterpriseIds) {
    if (enterpriseIds.isEmpty()) {
      return Map.of();
    }
    MapSqlParameterSource ids = new MapSqlParameterSource("ids", enterpriseIds);
    Map<Long, Boolean> key = new HashMap<>();
    named.query("select id, key_enterprise from directory_enterprise where id in (:ids)", ids,
        rs -> {
          key.put(rs.getLong("id"), rs.getBoolean("key_enterprise"));
        });
    Map<Long, VisitCycle> own = new HashMap<>();
    named.query("select enterprise_id, cycle from visit_cycle_override where enterprise_id in (:ids)", ids,
        rs -> {
          own.put(rs.getLong("enterprise_id"), VisitCycle.valueOf(rs.getString("cycle")));
        });
    Map<Long, List<VisitCycle>> byTags = new HashMap<>();
    named.query("""
        select t.enterprise_id, r.cycle from directory_enterprise_tag t join visit_cycle_rule r on r.tag = t.tag
        where t.enterprise_id in (:ids)""", ids,
        rs -> {
          byTags.computeIfAbsent(rs.getLong("enterprise_id"), k -> new java.util.ArrayList<>())
              .add(VisitCycle.valueOf(rs.getString("cycle")));
        });
    Map<Long, VisitCycle> cycles = new HashMap<>();
    for (Long id : enterpriseIds) {
      cycles.put(id, resolve(own.get(id), byTags.getOrDefault(id, List.of()),
          Objects.requireNonNullElse(key.get(id), false)));
    }
    return cycles;
  }

  private static VisitCycle cycle(Violations violations, String cycle) {
    return Visits.choice(violations, "cycle", VisitCycle.class, cycle, "visit.cycle.unknown");
  }

  private static void checkMaySet(Caller caller) {
    if (!caller.isAdmin() && !caller.groups().contains(StewardGroups.SUPERVISORS)) {
      throw new VisitForbidden();
    }
  }
}
