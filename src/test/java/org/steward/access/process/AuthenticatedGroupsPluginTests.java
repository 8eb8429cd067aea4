package org.steward.access.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;

class AuthenticatedGroupsPluginTests {

  @Test
  void theEngineOpensStewardsAuthorizationManager() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    new AuthenticatedGroupsPlugin().preInit(configuration);

    assertThat(configuration.getCustomSessionFactories()).singleElement().satisfies(factory -> {
      assertThat(factory.getSessionType()).isEqualTo(AuthorizationManager.class);
      assertThat(((SessionFactory) factory).openSession())
          .isInstanceOf(AuthenticatedGroupsPlugin.GroupsAsAuthenticated.class);
    });
  }

  @Test
  void aCallersFewGroupsAreCheckedAsTheyAre_withoutReadingWhichGroupsHoldGrants() {
    // no command context and no database: the narrowing query would fail here
    List<String> groups = new AuthenticatedGroupsPlugin.GroupsAsAuthenticated()
        .filterAuthenticatedGroupIds(List.of("officers", "dept-power"));

    assertThat(groups).containsExactly("officers", "dept-power");
  }

  @Test
  void noGroupsAreNoGroups() {
    assertThat(new AuthenticatedGroupsPlugin.GroupsAsAuthenticated().filterAuthenticatedGroupIds(List.of()))
        .isEmpty();
  }
}
