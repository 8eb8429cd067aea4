package org.steward.directory;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.Violations;

/**
 * Checks target rules as staff send them, and keeps them in a table of {@code (owner, kind, target_value)} rows: within
 * one kind any value matches, across kinds all must; {@code KEY} has the value {@code true}, {@code ENTERPRISE} the
 * enterprise id.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class TargetRules {

  static final int MAX_VALUES = 100;

  private final JdbcClient jdbc;
  private final DirectoryManagement directory;

  /** Where a rule is kept: a table and its owner column; both are constants of the caller, never user input. */
  public record Table(String name, String ownerColumn) {
  }

  /** The rule of {@code target}, its values trimmed; names every bad part under {@code target.*}, else null. */
  @Transactional(readOnly = true)
  public TargetRule read(Violations violations, TargetInput target) {
    if (target == null) {
      violations.add("target", "NotNull");
      return null;
    }
    Set<String> industries = values(violations, "target.industries", target.industries());
    Set<String> areas = values(violations, "target.areas", target.areas());
    Set<String> tags = values(violations, "target.tags", target.tags());
    Set<Long> enterprises = new LinkedHashSet<>();
    List<Long> ids = target.enterpriseIds() == null ? List.of() : target.enterpriseIds();
    if (ids.size() > MAX_VALUES) {
      violations.add("target.enterpriseIds", "target.tooMany", MAX_VALUES);
    }
    for (int i = 0; i < ids.size() && i < MAX_VALUES; i++) {
      Long id = ids.get(i);
      if (id == null || directory.enterprise(id).isEmpty()) {
        violations.add("target.enterpriseIds[" + i + "]", "target.unknownEnterprise", id);
      } else {
        enterprises.add(id);
      }
    }
    TargetRule rule = new TargetRule(industries, areas, tags, Boolean.TRUE.equals(target.keyOnly()), enterprises);
    if (!rule.hasCriterion() && ids.isEmpty()) {
      violations.add("target", "target.empty");
    }
    return rule;
  }

  /** Keeps {@code rule} for {@code owner} in {@code table}. */
  public void store(Table table, long owner, TargetRule rule) {
    rule.industries().forEach(v -> row(table, owner, "INDUSTRY", v));
    rule.areas().forEach(v -> row(table, owner, "AREA", v));
    rule.tags().forEach(v -> row(table, owner, "TAG", v));
    if (rule.keyOnly()) {
      row(table, owner, "KEY", "true");
    }
    rule.enterpriseIds().forEach(v -> row(table, owner, "ENTERPRISE", Long.toString(v)));
  }

  /** The rule kept for {@code owner} in {@code table}. */
  @Transactional(readOnly = true)
  public TargetRule load(Table table, long owner) {
    Map<String, Set<String>> values = new HashMap<>();
    jdbc.sql("select kind, target_value from " + table.name() + " where " + table.ownerColumn()
            + " = :owner order by kind, target_value").param("owner", owner)
        .query((rs, n) -> values.computeIfAbsent(rs.getString("kind"), k -> new LinkedHashSet<>())
            .add(rs.getString("target_value"))).list();
    return new TargetRule(values.getOrDefault("INDUSTRY", Set.of()), values.getOrDefault("AREA", Set.of()),
        values.getOrDefault("TAG", Set.of()), values.containsKey("KEY"),
        values.getOrDefault("ENTERPRISE", Set.of()).stream().map(Long::valueOf).collect(Collectors.toSet()));
  }

  private static Set<String> values(Violations violations, String field, List<String> given) {
    Set<String> values = new LinkedHashSet<>();
    if (given == null) {
      return values;
    }
    if (given.size() > MAX_VALUES) {
      violations.add(field, "target.tooMany", MAX_VALUES);
      return values;
    }
    for (int i = 0; i < given.size(); i++) {
      String value = violations.line(field + "[" + i + "]", given.get(i), DirectoryInput.MAX_TARGET_VALUE);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  private void row(Table table, long owner, String kind, String value) {
    jdbc.sql("insert into " + table.name() + " (" + table.ownerColumn() + ", kind, target_value) values (:owner, "
        + ":kind, :value)").param("owner", owner).param("kind", kind).param("value", value).update();
  }
}
