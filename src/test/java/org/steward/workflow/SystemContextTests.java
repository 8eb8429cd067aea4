package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SystemContextTests {

  private static ProcessEngine engine;

  @BeforeAll
  static void startEngine() {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setJdbcUrl("jdbc:h2:mem:system-context;DB_CLOSE_DELAY=-1")
        .setProcessEngineName("system-context")
        .buildProcessEngine();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void workRunsWithoutTheCallersIdentity_whichIsRestoredAfterwards() {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication("ent01", List.of("enterprises"));

    String inside = new SystemContext(identity).call(() -> String.valueOf(identity.getCurrentAuthentication()));

    assertThat(inside).isEqualTo("null");
    assertThat(identity.getCurrentAuthentication().getUserId()).isEqualTo("ent01");
    assertThat(identity.getCurrentAuthentication().getGroupIds()).containsExactly("enterprises");
    identity.clearAuthentication();
  }

  @Test
  void failingWork_stillRestoresTheCaller() {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication("zhangwei", List.of("officers"));

    assertThatThrownBy(() -> new SystemContext(identity).run(() -> {
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(identity.getCurrentAuthentication().getUserId()).isEqualTo("zhangwei");
    identity.clearAuthentication();
  }
}
