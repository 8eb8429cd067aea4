package org.steward.access.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Authorization checks use the caller's groups as they are. Camunda first narrows them to the groups that hold any
 * authorization, reading {@code select distinct GROUP_ID_ from ACT_RU_AUTHORIZATION} once in every authorized command;
 * with the per-case history grants ({@link HistoricInstanceGrants}) that table holds about ten rows per case, and at a
 * city's million closed cases the read took most of each Tasklist call (docs/benchmarks.md, issue 18; Camunda issue
 * 5485). A group without any authorization matches no authorization row, so leaving it in changes no answer; only a
 * caller with more than {@value #NARROWED_FROM} groups is still narrowed, to keep the checks' lists short.
 */
@Component
class AuthenticatedGroupsPlugin extends AbstractProcessEnginePlugin {

  static final int NARROWED_FROM = 50;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new GroupsAsAuthenticated();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** Camunda's authorization manager without the narrowing of small group lists. */
  static class GroupsAsAuthenticated extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.size() > NARROWED_FROM) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      return new ArrayList<>(authenticatedGroupIds);
    }
  }
}
