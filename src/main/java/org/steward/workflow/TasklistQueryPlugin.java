package org.steward.workflow;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Tasklist's queries in a form PostgreSQL answers from indexes and hashes, with the same rows (docs/benchmarks.md fixes
 * 20, 23 and 31, ADRs 0022 and 0023, issue 18): the caller's grants checked as a set ({@link GrantSetRewrite}), and a
 * filter of the caller's own tasks or of a group's tasks reading their ids first ({@link OwnTasksRewrite}, {@link
 * CandidateTasksRewrite}). Only the statements Tasklist's filters run are looked at (the tasks, and the variables
 * shown with them); a statement in any other form runs as Camunda wrote it. H2 is left alone.
 */
@Component
class TasklistQueryPlugin extends AbstractProcessEnginePlugin {

  private static final String ENTITIES = "org.camunda.bpm.engine.impl.persistence.entity.";
  /** Tasklist's filters: the tasks (list and count) and the variables of a page of tasks. */
  static final Set<String> STATEMENTS = Set.of(
      ENTITIES + "TaskEntity.selectTaskByQueryCriteria",
      ENTITIES + "TaskEntity.selectTaskCountByQueryCriteria",
      ENTITIES + "VariableInstanceEntity.selectVariableInstanceByQueryCriteria",
      ENTITIES + "VariableInstanceEntity.selectVariableInstanceCountByQueryCriteria");

  /** Each applied in turn to what the one before made of the statement. */
  private static final List<BiFunction<Configuration, BoundSql, Optional<BoundSql>>> REWRITES =
      List.of(GrantSetRewrite::rewrite, OwnTasksRewrite::rewrite, CandidateTasksRewrite::rewrite);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if ("postgres".equals(configuration.getDatabaseType())) {
      configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Rewriter());
    }
  }

  /** The statement with every rewrite that applies to it applied. */
  static BoundSql rewritten(Configuration configuration, BoundSql written) {
    BoundSql bound = written;
    for (BiFunction<Configuration, BoundSql, Optional<BoundSql>> rewrite : REWRITES) {
      bound = rewrite.apply(configuration, bound).orElse(bound);
    }
    return bound;
  }

  /** Runs the statements rewritten; the statement is written once either way (as the executor itself does). */
  @Intercepts(@Signature(type = Executor.class, method = "query",
      args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
  static class Rewriter implements Interceptor {

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      Object[] args = invocation.getArgs();
      MappedStatement statement = (MappedStatement) args[0];
      if (!STATEMENTS.contains(statement.getId())) {
        return invocation.proceed();
      }
      Object parameter = args[1];
      BoundSql bound = rewritten(statement.getConfiguration(), statement.getBoundSql(parameter));
      Executor executor = (Executor) invocation.getTarget();
      RowBounds rowBounds = (RowBounds) args[2];
      CacheKey key = executor.createCacheKey(statement, parameter, rowBounds, bound);
      return executor.query(statement, parameter, rowBounds, (ResultHandler<?>) args[3], key, bound);
    }
  }

  /** A statement's text and parameters replaced; the parameters bound by the statement's loops go along. */
  static BoundSql replaced(Configuration configuration, BoundSql bound, String sql,
      List<ParameterMapping> mappings) {
    BoundSql result = new BoundSql(configuration, sql, mappings, bound.getParameterObject());
    bound.getAdditionalParameters().forEach(result::setAdditionalParameter);
    return result;
  }

  /** The JDBC placeholders outside quoted text. */
  static int placeholders(String sql) {
    int count = 0;
    boolean quoted = false;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (c == '?' && !quoted) {
        count++;
      }
    }
    return count;
  }
}
