package org.steward.fuzz;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A checksum of every row of Steward's tables and of the engine's runtime and identity tables (on PostgreSQL): equal
 * before and after a call means the call stored nothing. History, repository and byte-array tables are left out, and
 * the HTTP sessions (other tests' logins, which expire and are cleaned up while the fuzzer runs).
 */
final class StateChecksum {

  private final JdbcClient jdbc;
  private final String query;

  StateChecksum(JdbcClient jdbc) {
    this.jdbc = jdbc;
    List<String> tables = jdbc.sql("""
            select table_name from information_schema.tables
            where table_schema = current_schema() and table_type = 'BASE TABLE'
              and table_name not like 'act\\_hi\\_%' and table_name not like 'act\\_re\\_%'
              and table_name not like 'act\\_ge\\_%' and table_name <> 'steward_schema_history'
              and table_name not like 'spring\\_session%'
            order by table_name""")
        .query(String.class).list();
    this.query = tables.stream()
        .map(table -> ("select '%s' as t, count(*) || ':' || coalesce(md5(string_agg(md5(x::text), '' order by "
            + "md5(x::text))), '') as c from %s x").formatted(table, table))
        .collect(Collectors.joining(" union all "));
  }

  /** Table name → row count and checksum. */
  Map<String, String> take() {
    Map<String, String> state = new TreeMap<>();
    jdbc.sql(query).query((rs, n) -> state.put(rs.getString("t"), rs.getString("c"))).list();
    return state;
  }

  /** The tables whose rows differ. */
  static List<String> difference(Map<String, String> before, Map<String, String> after) {
    return after.keySet().stream().filter(t -> !after.get(t).equals(before.get(t))).toList();
  }
}
