package org.steward.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.session.Configuration;

/**
 * A filter of the caller's own tasks reads their ids first, on PostgreSQL (docs/benchmarks.md fixes 23 and 25, ADR
 * 0023, issue 18; run by {@link TasklistQueryPlugin}). 我的待办, 即将到期 and 已超期 ask for the tasks assigned to the
 * caller or, unclaimed, offered to the caller or one of its groups ({@link TasklistFilters}). Camunda writes that as
 * one {@code or} over the task and its candidate links, {@code RES.ASSIGNEE_ = me or (RES.ASSIGNEE_ is null and
 * I.TYPE_ = 'candidate' and (I.USER_ID_ = me or I.GROUP_ID_ in (my groups)))}, which no index answers: PostgreSQL read
 * every task of the city with every link (60–100 ms a statement at 100,000 open cases, whoever asked).
 * <p>
 * Every task the {@code or} keeps is assigned to the caller or has a candidate link to the caller or its groups, so the
 * statement is given that as a further condition, {@code RES.ID_ = any(array(the tasks assigned to me union the tasks
 * with a candidate link to me or my groups))}: two index reads, and the tasks are then fetched by their ids. The
 * condition follows from the {@code or}, so the rows are the same. Only an {@code or} of exactly that form is given it
 * (Camunda writes the criteria of an {@code or} query in one parenthesis, and'ed to the rest); any other form runs as
 * written.
 * <p>
 * Where the statement joins the candidate links for that {@code or} alone, the {@code or} itself is then what the ids
 * already say, checked on the task: the ids are exactly the tasks assigned to the caller or linked to it, and of those
 * the {@code or} keeps the ones assigned to the caller or unclaimed ({@code RES.ASSIGNEE_ = me or RES.ASSIGNEE_ is
 * null}), or all of them when it includes assigned tasks. The join is dropped: it read a link per task and made each
 * task a row per link. Where the task then meets no other table but its definition and the grants checked as a set
 * (one row each), Camunda's {@code distinct} has nothing left to remove, and it is dropped too: it sorted every row of
 * the caller's tasks by every column before a page could be taken (docs/benchmarks.md fix 28).
 */
final class OwnTasksRewrite {

  static final String USER = "I\\.USER_ID_\\s*=\\s*\\?";
  static final String GROUPS = "I\\.GROUP_ID_\\s+IN\\s*\\(\\s*\\?(?:\\s*,\\s*\\?)*\\s*\\)";
  /**
   * Camunda's {@code or} of the caller's own tasks: assigned to the caller, or (unclaimed, unless assigned tasks are
   * included) a candidate link to the caller, its groups or both ({@code candidates}).
   */
  private static final Pattern OWN_TASKS = Pattern.compile(
      "and\\s*\\(\\s*1\\s*=\\s*1\\s+and\\s+RES\\.ASSIGNEE_\\s*=\\s*\\?\\s+or\\s*\\(\\s*"
          + "(?<unclaimed>RES\\.ASSIGNEE_\\s+is\\s+null\\s+and\\s+)?I\\.TYPE_\\s*=\\s*'candidate'\\s+and\\s*\\(\\s*"
          + "(?<candidates>" + USER + "(?:\\s+or\\s+" + GROUPS + ")?|" + GROUPS + ")"
          + "\\s*\\)\\s*\\)\\s*\\)",
      Pattern.CASE_INSENSITIVE);
  /** The join of the candidate links that Camunda adds for them. */
  static final Pattern LINKS = Pattern.compile(
      "\\s+left\\s+join\\s+[\\w.]*ACT_RU_IDENTITYLINK\\s+I\\s+on\\s+I\\.TASK_ID_\\s*=\\s*RES\\.ID_(?=\\s)",
      Pattern.CASE_INSENSITIVE);
  /** A column of the candidate links, {@code I.}. */
  private static final Pattern LINK_COLUMN = Pattern.compile("(?<![\\w.])I\\.", Pattern.CASE_INSENSITIVE);
  /** A grant check as {@link GrantSetRewrite} writes it, one of the resources a grant may name. */
  private static final String SET_CHECK = "(?:[\\w.]+ in \\(select RESOURCE_ID_ from " + GrantSetRewrite.GRANTS + "\\)"
      + "|exists \\(select 1 from " + GrantSetRewrite.GRANTS + " where RESOURCE_ID_ = '\\*'\\))";
  /** The joins a task meets once at most: its definition, and its grants checked as a set. */
  private static final Pattern TO_ONE_JOINS = Pattern.compile(
      "\\s*(?:left\\s+join\\s+[\\w.]*ACT_RE_PROCDEF\\s+D\\s+on\\s+RES\\.PROC_DEF_ID_\\s*=\\s*D\\.ID_"
          + "|(?:inner|left) join \\(select '\\*' as RESOURCE_ID_\\) AUTH on \\(" + SET_CHECK + "(?: or " + SET_CHECK
          + ")*\\))\\s*",
      Pattern.CASE_INSENSITIVE);
  /** Camunda's {@code distinct} of the statement's select (the last before its task table). */
  private static final Pattern DISTINCT = Pattern.compile("select\\s+distinct\\s", Pattern.CASE_INSENSITIVE);
  /** The task table of the query, with the engine's table prefix. */
  static final Pattern TASKS = Pattern.compile("from\\s+([\\w.]*)ACT_RU_TASK\\s+RES\\s",
      Pattern.CASE_INSENSITIVE);

  private OwnTasksRewrite() {
  }

  /**
   * The statement with {@code and RES.ID_ = any(...)} after each {@code or} of the caller's own tasks, its
   * parameters (the caller and its groups) repeated for it, and each {@code or} checked on the task alone where the
   * candidate links are joined for nothing else; empty when there is no such {@code or} or the parameters cannot be
   * matched to the text.
   */
  static Optional<BoundSql> rewrite(Configuration configuration, BoundSql bound) {
    String sql = bound.getSql();
    List<ParameterMapping> mappings = bound.getParameterMappings();
    Matcher tasks = TASKS.matcher(sql);
    Matcher own = OWN_TASKS.matcher(sql);
    if (!tasks.find() || !own.find() || TasklistQueryPlugin.placeholders(sql) != mappings.size()) {
      return Optional.empty();
    }
    boolean linksForOrsAlone = linksJoinedForNothingElse(OWN_TASKS.matcher(sql).replaceAll(""));
    StringBuilder text = new StringBuilder();
    List<ParameterMapping> parameters = new ArrayList<>();
    int copied = 0;
    int copiedParameters = 0;
    do {
      int before = TasklistQueryPlugin.placeholders(sql.substring(0, own.start()));
      int end = before + TasklistQueryPlugin.placeholders(own.group());
      List<ParameterMapping> ors = mappings.subList(before, end);
      text.append(sql, copied, own.start());
      parameters.addAll(mappings.subList(copiedParameters, before));
      if (!linksForOrsAlone) {
        text.append(own.group());
        parameters.addAll(ors);
      } else if (own.group("unclaimed") != null) {
        text.append("and (RES.ASSIGNEE_ = ? or RES.ASSIGNEE_ is null)");
        parameters.add(ors.get(0));
      } else {
        text.append("and 1 = 1");
      }
      text.append(ownTaskIds(tasks.group(1), own.group("candidates")));
      parameters.addAll(ors);
      copied = own.end();
      copiedParameters = end;
    } while (own.find());
    text.append(sql, copied, sql.length());
    parameters.addAll(mappings.subList(copiedParameters, mappings.size()));
    String rewritten = linksForOrsAlone ? withoutDistinct(LINKS.matcher(text).replaceFirst("")) : text.toString();
    return Optional.of(TasklistQueryPlugin.replaced(configuration, bound, rewritten, parameters));
  }

  /**
   * Whether {@code sql}, a statement without the criteria the candidate links are joined for, joins them once and
   * reads nothing else of them: the join can then go with the criteria.
   */
  static boolean linksJoinedForNothingElse(String sql) {
    Matcher links = LINKS.matcher(sql);
    return links.find() && !links.find() && !LINK_COLUMN.matcher(LINKS.matcher(sql).replaceFirst("")).find();
  }

  /**
   * The statement without the {@code distinct} of its select when its task table is joined to nothing that can repeat
   * a task: the tables named before Camunda's {@code WHERE} are the task and its to-one joins alone.
   */
  static String withoutDistinct(String sql) {
    Matcher tasks = TASKS.matcher(sql);
    if (!tasks.find()) {
      return sql;
    }
    int where = sql.indexOf("WHERE", tasks.end());
    if (where < 0 || !TO_ONE_JOINS.matcher(sql.substring(tasks.end(), where)).replaceAll("").isBlank()) {
      return sql;
    }
    Matcher distinct = DISTINCT.matcher(sql).region(0, tasks.start());
    int start = -1;
    int end = -1;
    while (distinct.find()) {
      start = distinct.start();
      end = distinct.end();
    }
    return start < 0 ? sql : sql.substring(0, start) + "select " + sql.substring(end);
  }

  /**
   * The ids of the tasks assigned to the caller and of those with a candidate link to it or to its groups, as an
   * array: PostgreSQL then fetches the tasks by their key instead of hashing every task its assignee index offers. The
   * links to the caller and to its groups are read apart, so that each is read from an index alone (docs/benchmarks.md
   * fix 30); the parameters keep their order.
   */
  private static String ownTaskIds(String prefix, String candidates) {
    return " and RES.ID_ = any(array(select T.ID_ from " + prefix + "ACT_RU_TASK T where T.ASSIGNEE_ = ? union "
        + linkedTaskIds(prefix, candidates) + "))";
  }

  /**
   * The ids of the tasks with a candidate link to the user or the groups of Camunda's candidate criteria ({@code
   * I.USER_ID_ = ? or I.GROUP_ID_ IN (?, ...)}), each read apart (fix 30), their parameters in the same order.
   */
  static String linkedTaskIds(String prefix, String candidates) {
    List<String> reads = new ArrayList<>();
    for (String linked : candidates.split("(?i)\\s+or\\s+")) {
      reads.add("select L.TASK_ID_ from " + prefix + "ACT_RU_IDENTITYLINK L where L.TYPE_ = 'candidate' and "
          + linked.replaceAll("\\s+", " ").replaceAll("(?i)I\\.(USER_ID_|GROUP_ID_)", "L.$1"));
    }
    return String.join(" union ", reads);
  }
}
