package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.request.process.EnterpriseRequestProcess;

/**
 * The engine of the started application runs with the settings docs/operations.md names ("Engine settings Steward
 * chooses"). The Spring Boot starter applies its own properties after the generic ones, so a setting given in the
 * wrong place is overwritten without a word: {@code authorization-check-revokes} was, from the day it was set until
 * 2026-12-05.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class EngineSettingsIT {

  private static final String USER = "engine-settings-probe";
  private static final String GROUP = "engine-settings-probe-group";

  @Autowired
  ProcessEngineConfigurationImpl configuration;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  IdentityService identityService;
  @Autowired
  RepositoryService repositoryService;

  @Test
  void revokesAreNotChecked_soARevokeAnOperatorAddsChangesNothing() {
    assertThat(configuration.getAuthorizationCheckRevokes()).isEqualTo("never");
    // a user whose group may read the request's definition, and a revoke of that for the user alone
    Authorization grant = authorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(GROUP);
    grant.addPermission(Permissions.READ);
    Authorization revoke = authorization(Authorization.AUTH_TYPE_REVOKE);
    revoke.setUserId(USER);
    revoke.removePermission(Permissions.READ);
    authorizationService.saveAuthorization(grant);
    authorizationService.saveAuthorization(revoke);
    try {
      identityService.setAuthentication(USER, List.of(GROUP));
      // with revokes checked ("auto" finds one), the user's revoke would win over the group's grant: 0
      assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(EnterpriseRequestProcess.ID)
          .latestVersion().count()).isOne();
    } finally {
      identityService.clearAuthentication();
      authorizationService.deleteAuthorization(grant.getId());
      authorizationService.deleteAuthorization(revoke.getId());
    }
  }

  @Test
  void theGenericSettingsHold() {
    assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
    assertThat(configuration.isEnableExpressionsInStoredQueries()).isTrue();
    assertThat(configuration.getDefaultUserPermissionNameForTask()).isEqualTo("TASK_WORK");
    assertThat(configuration.isEnableHistoricInstancePermissions()).isTrue();
    assertThat(configuration.getLoginDelayBase()).isZero();
    assertThat(configuration.getLoginMaxAttempts()).isEqualTo(1_000_000);
  }

  private Authorization authorization(int type) {
    Authorization authorization = authorizationService.createNewAuthorization(type);
    authorization.setResource(Resources.PROCESS_DEFINITION);
    authorization.setResourceId(EnterpriseRequestProcess.ID);
    return authorization;
  }
}
