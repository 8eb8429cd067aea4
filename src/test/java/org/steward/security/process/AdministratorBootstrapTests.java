package org.steward.security.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.steward.StewardApplication;

class AdministratorBootstrapTests {

  private static ProcessEngine engine;
  private static IdentityService identity;
  private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

  @BeforeAll
  static void startEngine() {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("admin-bootstrap")
        .setJdbcUrl("jdbc:h2:mem:admin-bootstrap;DB_CLOSE_DELAY=-1")
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
        .buildProcessEngine();
    identity = engine.getIdentityService();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @BeforeEach
  void emptyIdentityStore() {
    messages.setBasenames("messages-security");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    identity.createUserQuery().list().forEach(user -> identity.deleteUser(user.getId()));
    identity.createGroupQuery().list().forEach(group -> identity.deleteGroup(group.getId()));
    engine.getAuthorizationService().createAuthorizationQuery().list()
        .forEach(grant -> engine.getAuthorizationService().deleteAuthorization(grant.getId()));
  }

  @Test
  void missingAdministrator_isCreatedInCamundaAdminGroup() {
    run(new AdminProperties("admin", "demo", false));

    assertThat(identity.checkPassword("admin", "demo")).isTrue();
    assertThat(identity.createGroupQuery().groupMember("admin").singleResult().getId()).isEqualTo(Groups.CAMUNDA_ADMIN);
    assertThat(identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).singleResult().getName()).isEqualTo("系统管理员");
    assertThat(engine.getAuthorizationService().isUserAuthorized("admin", List.of(Groups.CAMUNDA_ADMIN),
        Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
  }

  @Test
  void existingAdministrator_keepsPasswordAndGroups() {
    User existing = identity.newUser("admin");
    existing.setPassword("Changed-in-Admin-2025");
    identity.saveUser(existing);

    run(new AdminProperties("admin", "demo", false));

    assertThat(identity.checkPassword("admin", "Changed-in-Admin-2025")).isTrue();
    assertThat(identity.createGroupQuery().groupMember("admin").count()).isZero();
  }

  @Test
  void strongPasswordRequired_weakPassword_refusesWithBothLanguages() {
    assertThatThrownBy(() -> run(new AdminProperties("admin", "admin123", true)))
        .isInstanceOf(AdministratorBootstrap.WeakAdministratorPassword.class)
        .hasMessageContaining("少于 12 个字符")
        .hasMessageContaining("is shorter than 12 characters")
        .hasMessageContaining("STEWARD_ADMIN_PASSWORD");
    assertThat(identity.createUserQuery().count()).isZero();
  }

  @Test
  void strongPasswordRequired_missingPassword_refuses() {
    assertThatThrownBy(() -> run(new AdminProperties("root", "", true)))
        .isInstanceOf(AdministratorBootstrap.WeakAdministratorPassword.class)
        .hasMessageContaining("未设置").hasMessageContaining("is missing");
    assertThat(identity.createUserQuery().count()).isZero();
  }

  @Test
  void strongPasswordRequired_strongPassword_createsAdministrator() {
    run(new AdminProperties("root", "Qiantang-Tide-2025", true));

    assertThat(identity.checkPassword("root", "Qiantang-Tide-2025")).isTrue();
  }

  @Test
  void passwordNeverAppearsInProperties() {
    assertThat(new AdminProperties("root", "Qiantang-Tide-2025", true).toString()).doesNotContain("Qiantang");
  }

  @Test
  void application_withWeakAdministratorPasswordRequiredStrong_refusesToStart() {
    // command-line arguments, so that they win over application.yaml like STEWARD_ADMIN_PASSWORD does in production
    SpringApplicationBuilder application = new SpringApplicationBuilder(StewardApplication.class).profiles("test");
    String[] arguments = {
        "--server.port=0",
        "--spring.datasource.url=jdbc:h2:mem:weak-admin;DB_CLOSE_DELAY=-1",
        "--camunda.bpm.generate-unique-process-engine-name=true",
        "--steward.admin.id=admin",
        "--steward.admin.password=password",
        "--steward.admin.require-strong-password=true"};

    assertThatThrownBy(() -> {
      try (ConfigurableApplicationContext started = application.run(arguments)) {
        // reaching this line means start-up was not refused; the context is closed again
      }
    }).isInstanceOf(AdministratorBootstrap.WeakAdministratorPassword.class)
        .hasMessageContaining("is shorter than 12 characters");
  }

  private void run(AdminProperties properties) {
    new AdministratorBootstrap(properties, identity, engine.getAuthorizationService(), messages)
        .run(new DefaultApplicationArguments());
  }
}
