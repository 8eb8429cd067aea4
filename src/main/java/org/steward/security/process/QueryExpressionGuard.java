package org.steward.security.process;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses every command that would evaluate an expression of a query: any expression in an ad-hoc query (an extending
 * query included), and in a filter being saved or a stored filter being executed any expression but the parameterless
 * {@code ${currentUser()}} and {@code ${currentUserGroups()}} (the caller's id and groups, which 我的待办 needs). Mitigates
 * CVE-2026-109432: Camunda 7.24 validates the expressions of a task query's own criteria but evaluates those of its
 * {@code orQueries} unchecked.
 *
 * <p>It sits after the engine's CommandContextInterceptor, so that a stored filter can be read in the command's own
 * context before the command runs.
 */
@RequiredArgsConstructor
final class QueryExpressionGuard extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(QueryExpressionGuard.class);

  /** The only expressions a stored filter may hold, written exactly so. */
  static final Set<String> STORED_FILTER_EXPRESSIONS = Set.of("${currentUser()}", "${currentUserGroups()}");

  private final String refusal;

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof AbstractQuery<?, ?> query) {
      refuseExpressions(query, Set.of(), "ad-hoc query");
    } else if (command instanceof SaveFilterCmd save) {
      Filter filter = (Filter) field(save, SaveFilterCmd.class, "filter");
      if (filter != null) {
        refuseExpressions(filter.getQuery(), STORED_FILTER_EXPRESSIONS,
            "filter '" + filter.getName() + "' being saved");
      }
    } else if (command instanceof AbstractExecuteFilterCmd execution) {
      inspectFilterExecution(execution);
    }
    return next.execute(command);
  }

  private void inspectFilterExecution(AbstractExecuteFilterCmd execution) {
    String filterId = (String) field(execution, AbstractExecuteFilterCmd.class, "filterId");
    Query<?, ?> extendingQuery = (Query<?, ?>) field(execution, AbstractExecuteFilterCmd.class, "extendingQuery");
    refuseExpressions(extendingQuery, Set.of(), "query extending filter " + filterId);
    if (filterId == null) {
      return; // the command itself refuses a missing id
    }
    // the same lookup (and authorization check) as the command's own; the entity cache serves the command afterwards
    FilterEntity stored = Context.getCommandContext().getFilterManager().findFilterById(filterId);
    if (stored == null) {
      return; // the command itself answers "not found"
    }
    refuseExpressions(stored.getQuery(), STORED_FILTER_EXPRESSIONS, "stored filter " + filterId);
  }

  private void refuseExpressions(Query<?, ?> query, Set<String> allowed, String where) {
    if (hasExpressionOtherThan(query, allowed)) {
      LOG.warn("Refused a query expression in the {} (CVE-2026-109432 mitigation)", where);
      throw new BadUserRequestException(refusal);
    }
  }

  /** Whether the query, or any of its {@code orQueries}, carries an expression that is not one of {@code allowed}. */
  static boolean hasExpressionOtherThan(Query<?, ?> query, Set<String> allowed) {
    if (!(query instanceof AbstractQuery<?, ?> abstractQuery)) {
      return false;
    }
    if (refused(abstractQuery.getExpressions(), allowed)) {
      return true;
    }
    if (query instanceof TaskQueryImpl taskQuery && taskQuery.getQueries() != null) {
      for (TaskQueryImpl orQuery : taskQuery.getQueries()) {
        if (refused(orQuery.getExpressions(), allowed)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean refused(Map<String, String> expressions, Set<String> allowed) {
    return expressions != null && !allowed.containsAll(expressions.values());
  }

  // The commands keep their input in protected fields without getters; reading them is the only way to see the
  // query before the command evaluates it.
  private static Object field(Object target, Class<?> declaringClass, String name) {
    try {
      Field field = declaringClass.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(target);
    } catch (ReflectiveOperationException e) {
      // fail closed: an engine upgrade that renames the field must not silently disable the guard
      throw new IllegalStateException("Cannot read " + declaringClass.getName() + "." + name, e);
    }
  }
}
