package org.steward.workflow;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.session.Configuration;

/**
 * A filter of a group's tasks reads their ids first, on PostgreSQL (docs/benchmarks.md fix 31, issue 18; run by
 * {@link TasklistQueryPlugin} after {@link OwnTasksRewrite}). 本部门待办, 督办事项 and the joint office's queue ask for
 * the tasks offered to a group ({@link TasklistFilters}); Camunda joins the candidate links to every task and keeps
 * {@code I.TYPE_ = 'candidate' and (I.USER_ID_ = ? or I.GROUP_ID_ in (...))}. A task offered to two of the groups is
 * then two rows, so Camunda's {@code distinct} sorted every task of the queue by every column before a page could be
 * taken (a department's 2,400 open tasks, 30 ms of every list).
 * <p>
 * Where the links are joined for that criterion alone, it becomes {@code RES.ID_ = any(array(the tasks with such a
 * link))}, read from the links' index alone ({@link EngineQueryIndexes}): each task once, so the join and, when the
 * task meets no other table that can repeat it, the {@code distinct} go. The parameters keep their places. Any other
 * form (an or-query's criterion, a group pattern, links read for something else too) runs as written.
 */
final class CandidateTasksRewrite {

  /** Camunda's candidate criterion of a task query ({@code candidates}), for unclaimed tasks only or not. */
  private static final Pattern CANDIDATE_TASKS = Pattern.compile(
      "and\\s*\\(\\s*(?<unclaimed>RES\\.ASSIGNEE_\\s+is\\s+null\\s+and\\s+)?I\\.TYPE_\\s*=\\s*'candidate'\\s+and\\s*"
          + "\\(\\s*(?<candidates>" + OwnTasksRewrite.USER + "(?:\\s+or\\s+" + OwnTasksRewrite.GROUPS + ")?|"
          + OwnTasksRewrite.GROUPS + ")\\s*\\)\\s*\\)",
      Pattern.CASE_INSENSITIVE);

  private CandidateTasksRewrite() {
  }

  /**
   * The statement with its candidate criterion read as the ids of the linked tasks, without the links' join and,
   * where nothing else can repeat a task, without {@code distinct}; empty when the statement has no such criterion,
   * has two, or reads the links for something else.
   */
  static Optional<BoundSql> rewrite(Configuration configuration, BoundSql bound) {
    String sql = bound.getSql();
    Matcher tasks = OwnTasksRewrite.TASKS.matcher(sql);
    Matcher candidates = CANDIDATE_TASKS.matcher(sql);
    if (!tasks.find() || !candidates.find()) {
      return Optional.empty();
    }
    String unclaimed = candidates.group("unclaimed") == null ? "" : "RES.ASSIGNEE_ is null and ";
    String linked = OwnTasksRewrite.linkedTaskIds(tasks.group(1), candidates.group("candidates"));
    String head = sql.substring(0, candidates.start());
    String tail = sql.substring(candidates.end());
    if (candidates.find() || !OwnTasksRewrite.linksJoinedForNothingElse(head + tail)
        || TasklistQueryPlugin.placeholders(sql) != bound.getParameterMappings().size()) {
      return Optional.empty();
    }
    String rewritten = head + "and (" + unclaimed + "RES.ID_ = any(array(" + linked + ")))" + tail;
    return Optional.of(TasklistQueryPlugin.replaced(configuration, bound,
        OwnTasksRewrite.withoutDistinct(OwnTasksRewrite.LINKS.matcher(rewritten).replaceFirst("")),
        bound.getParameterMappings()));
  }
}
