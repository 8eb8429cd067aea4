package org.steward.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;

/**
 * Tasklist's queries check the caller's grants as a set, on PostgreSQL (docs/benchmarks.md fix 20, ADR 0022, issue
 * 18; run by {@link TasklistQueryPlugin}). Camunda joins the caller's grants to every row an authorized query looks
 * at, {@code join (the caller's grants) AUTH on AUTH.RESOURCE_ID_ in (RES.ID_, D.KEY_, '*')} (the task's id, its
 * definition's key, any), and keeps the rows with {@code AUTH.RESOURCE_ID_ is not null}. PostgreSQL can only run that
 * join as a nested loop, each row compared with each grant; a department holds a grant on each of its open tasks, so
 * its queue cost its tasks times its grants (at a city's 100,000 open cases, 2,400 × 4,200 comparisons, about 1.5 s a
 * Tasklist call).
 * <p>
 * The same check is asked here as questions about the set of the caller's grants, read once: is the row's first
 * resource among the grants' resources, is its second, ..., is there a grant on {@code '*'}. PostgreSQL hashes the set
 * and answers each row in constant time. A row that passes is joined to one row whose {@code RESOURCE_ID_} is not null,
 * so Camunda's own conditions on {@code AUTH} keep the same rows; each appears once instead of once per matching grant,
 * which Camunda's {@code distinct} removed anyway. Only the form the engine writes when it checks grants without
 * revokes is rewritten.
 * <p>
 * The variables Tasklist shows with a page of tasks are a few dozen rows, where hashing every grant of the caller cost
 * more than the rows (a department's 4,200 grants, four hashes, 13 ms for 45 variables). A statement over the
 * variables asks instead, row by row, whether one of the caller's grants names one of the row's resources: {@code
 * exists (select 1 from (the caller's grants) G where G.RESOURCE_ID_ in (RES.PROC_INST_ID_, ..., '*'))}, which
 * PostgreSQL answers with a probe of Camunda's index on the resource per row (3 ms; docs/benchmarks.md fix 27).
 */
final class GrantSetRewrite {

  /**
   * Camunda's grant join: group 1 is the join's type (left when CMMN is on), group 2 the caller's grants, a select of
   * its own (user, groups, resource types and permissions as parameters), group 3 the resources a grant may name.
   */
  private static final Pattern GRANT_JOIN = Pattern.compile(
      "(inner|left)\\s+join\\s*\\(\\s*(SELECT\\s+A\\.\\*\\s+FROM\\s+[\\w.]*ACT_RU_AUTHORIZATION\\s+A\\s.*?)\\)"
          + "\\s*AUTH\\s+ON\\s*\\(\\s*AUTH\\.RESOURCE_ID_\\s+IN\\s*\\(([\\w.,'*\\s]+)\\)\\s*\\)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  /**
   * The caller's grants as Camunda selects them on PostgreSQL: the user (and {@code '*'}), then its groups if it has
   * any, then the resource types and permissions ({@code rest}).
   */
  private static final Pattern CALLERS_GRANTS = Pattern.compile(
      "SELECT\\s+A\\.\\*\\s+FROM\\s+(?<table>[\\w.]*ACT_RU_AUTHORIZATION)\\s+A\\s+WHERE\\s+A\\.TYPE_\\s*<\\s*2"
          + "\\s+AND\\s*\\(\\s*(?<user>A\\.USER_ID_\\s+in\\s*\\(\\s*\\?\\s*,\\s*'\\*'\\s*\\))"
          + "(?:\\s*OR\\s+(?<groups>A\\.GROUP_ID_\\s+IN\\s*\\(\\s*\\?(?:\\s*,\\s*\\?)*\\s*\\)))?\\s*\\)"
          + "(?<rest>(?:\\s+AND\\s*\\(.*\\))?)\\s*",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern COLUMN = Pattern.compile("[A-Za-z_]\\w*\\.[A-Za-z_]\\w*");
  /** A statement over the variables: few rows, each checked by probes ({@link #probeCheck}). */
  private static final Pattern VARIABLES = Pattern.compile("\\sfrom\\s+[\\w.]*ACT_RU_VARIABLE\\s+RES\\s",
      Pattern.CASE_INSENSITIVE);
  private static final String ANY = "'*'";

  static final String GRANTS = "STEWARD_GRANTS";

  private GrantSetRewrite() {
  }

  /**
   * The statement with the grants read once ({@code with STEWARD_GRANTS as (...)}) and the join turned into set
   * checks, its parameters reordered to match; empty when the statement has no such join (no grants checked, a revoke
   * check, another form) or its parameters cannot be matched to it.
   */
  static Optional<BoundSql> rewrite(Configuration configuration, BoundSql bound) {
    String sql = bound.getSql();
    if (!sql.contains("ACT_RU_AUTHORIZATION")) {
      return Optional.empty();
    }
    Matcher join = GRANT_JOIN.matcher(sql);
    if (!join.find()) {
      return Optional.empty();
    }
    String joinType = join.group(1);
    String grants = join.group(2).strip();
    boolean probed = VARIABLES.matcher(sql).find();
    Optional<String> check = probed ? probeCheck(grants, join.group(3)) : setCheck(join.group(3));
    String head = sql.substring(0, join.start());
    String tail = sql.substring(join.end());
    int before = TasklistQueryPlugin.placeholders(head);
    int within = TasklistQueryPlugin.placeholders(grants);
    List<ParameterMapping> mappings = bound.getParameterMappings();
    if (check.isEmpty() || join.find() || TasklistQueryPlugin.placeholders(sql) != mappings.size()) {
      return Optional.empty();
    }
    if (probed) {
      // the grants stay where they were, and so do their parameters
      return Optional.of(TasklistQueryPlugin.replaced(configuration, bound,
          head + joinType + " join (select '*' as RESOURCE_ID_) AUTH on " + check.get() + tail, mappings));
    }
    List<ParameterMapping> reordered = new ArrayList<>();
    String read = readApart(grants, mappings.subList(before, before + within), reordered);
    reordered.addAll(mappings.subList(0, before));
    reordered.addAll(mappings.subList(before + within, mappings.size()));
    String rewritten = "with " + GRANTS + " as (" + read + ") " + head + joinType
        + " join (select '*' as RESOURCE_ID_) AUTH on (" + check.get() + ")" + tail;
    return Optional.of(TasklistQueryPlugin.replaced(configuration, bound, rewritten, reordered));
  }

  /**
   * The caller's grants read as the resources they name, the user's and the groups' apart ({@code select
   * A.RESOURCE_ID_ ... A.USER_ID_ in (me, '*') ... union all select A.RESOURCE_ID_ ... A.GROUP_ID_ in (my groups)
   * ...}), their parameters added to {@code parameters} in that order; Camunda's own select and parameters when it has
   * another form. Each half is then read from an index alone (docs/benchmarks.md fix 29): Camunda's {@code or} of the
   * user and the groups can only be answered by reading the table's rows.
   */
  private static String readApart(String grants, List<ParameterMapping> mappings, List<ParameterMapping> parameters) {
    Matcher form = CALLERS_GRANTS.matcher(grants);
    if (!form.matches()) {
      parameters.addAll(mappings);
      return grants;
    }
    String rest = form.group("rest");
    int groups = TasklistQueryPlugin.placeholders(Objects.requireNonNullElse(form.group("groups"), ""));
    List<ParameterMapping> restParameters = mappings.subList(1 + groups, mappings.size());
    String select = "SELECT A.RESOURCE_ID_ FROM " + form.group("table") + " A WHERE A.TYPE_ < 2 AND ";
    parameters.add(mappings.get(0));
    parameters.addAll(restParameters);
    if (groups == 0) {
      return select + form.group("user") + rest;
    }
    parameters.addAll(mappings.subList(1, 1 + groups));
    parameters.addAll(restParameters);
    return select + form.group("user") + rest + " union all " + select + form.group("groups") + rest;
  }

  /** {@code exists (a grant on c1, c2 or '*')} for the resources {@code c1, c2, '*'}, the grants read in place. */
  private static Optional<String> probeCheck(String grants, String resources) {
    List<String> names = new ArrayList<>();
    for (String resource : resources.split(",")) {
      String name = resource.strip();
      if (!name.equals(ANY) && !COLUMN.matcher(name).matches()) {
        return Optional.empty();
      }
      names.add(name);
    }
    return Optional.of("exists (select 1 from (" + grants + ") G where G.RESOURCE_ID_ in (" + String.join(", ", names)
        + "))");
  }

  /** {@code c1 in (grants) or c2 in (grants) or exists (a grant on '*')} for the resources {@code c1, c2, '*'}. */
  private static Optional<String> setCheck(String resources) {
    List<String> checks = new ArrayList<>();
    for (String resource : resources.split(",")) {
      String name = resource.strip();
      if (name.equals(ANY)) {
        checks.add("exists (select 1 from " + GRANTS + " where RESOURCE_ID_ = " + ANY + ")");
      } else if (COLUMN.matcher(name).matches()) {
        checks.add(name + " in (select RESOURCE_ID_ from " + GRANTS + ")");
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(String.join(" or ", checks));
  }
}
