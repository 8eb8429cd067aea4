package org.steward.security.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Installs {@link QueryExpressionGuard} in the engine and, whatever the configuration says, forces expressions off for
 * ad-hoc queries and on for stored ones, where the guard lets only {@code ${currentUser()}} and
 * {@code ${currentUserGroups()}} through (CVE-2026-109432).
 */
@Component
class QueryExpressionGuardPlugin extends AbstractProcessEnginePlugin {

  private final String refusal;

  @Autowired
  QueryExpressionGuardPlugin(MessageSource messages) {
    this(messages.getMessage("security.query-expression-refused", null, Locale.SIMPLIFIED_CHINESE) + " / "
        + messages.getMessage("security.query-expression-refused", null, Locale.ENGLISH));
  }

  QueryExpressionGuardPlugin(String refusal) {
    this.refusal = refusal;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // both executors: a query or a filter may also run in a command that requires a new transaction
    configuration.setCustomPostCommandInterceptorsTxRequired(
        withGuard(configuration.getCustomPostCommandInterceptorsTxRequired()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        withGuard(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // after the generic properties have been applied, so that a stray yaml line cannot change them
    configuration.setEnableExpressionsInAdhocQueries(false);
    configuration.setEnableExpressionsInStoredQueries(true);
  }

  private List<CommandInterceptor> withGuard(List<CommandInterceptor> interceptors) {
    List<CommandInterceptor> result = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
    result.add(new QueryExpressionGuard(refusal));
    return result;
  }
}
