package org.steward.security.process;

import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.steward.security.PasswordPolicy;

/**
 * Creates the first administrator (member of {@code camunda-admin}) from {@code steward.admin.*} when that user does
 * not exist, and refuses to start when a strong password is required but missing or weak.
 */
@Component
@Order(10)
@RequiredArgsConstructor
class AdministratorBootstrap implements ApplicationRunner {

  static final String ADMIN_GROUP_NAME = "系统管理员";

  private static final Logger LOG = LoggerFactory.getLogger(AdministratorBootstrap.class);

  private final AdminProperties admin;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final MessageSource messages;

  @Override
  public void run(ApplicationArguments args) {
    // checked even when the user exists: a production start with a weak or missing secret is a configuration error
    if (admin.requireStrongPassword()) {
      PasswordPolicy.weakness(admin.id(), admin.password()).ifPresent(this::refuse);
    }
    // an existing administrator is left alone: its password, groups and name belong to Camunda Admin from then on
    if (identityService.createUserQuery().userId(admin.id()).count() > 0) {
      return;
    }
    if (admin.password() == null || admin.password().isBlank()) {
      refuse("security.password.missing");
    }
    User user = identityService.newUser(admin.id());
    user.setFirstName(ADMIN_GROUP_NAME);
    user.setLastName(admin.id());
    user.setPassword(admin.password());
    identityService.saveUser(user);
    ensureAdminGroup();
    ensureAdminGroupMayDoEverything();
    identityService.createMembership(admin.id(), Groups.CAMUNDA_ADMIN);
    LOG.info("Created the first administrator '{}' in group {}", admin.id(), Groups.CAMUNDA_ADMIN);
    if (!admin.requireStrongPassword()) {
      LOG.warn("Administrator '{}' has the embedded default's known password: never use it in production", admin.id());
    }
  }

  private void ensureAdminGroup() {
    if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group group = identityService.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName(ADMIN_GROUP_NAME);
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(group);
    }
  }

  /**
   * Global grants of every permission on every resource, as Camunda's own first-run setup gives {@code camunda-admin}:
   * the engine lets admin-group members through its checks, but the webapps ask for explicit application grants.
   */
  private void ensureAdminGroupMayDoEverything() {
    for (Resources resource : Resources.values()) {
      boolean granted = authorizationService.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN)
          .resourceType(resource).resourceId(Authorization.ANY).count() > 0;
      if (!granted) {
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(Groups.CAMUNDA_ADMIN);
        grant.setResource(resource);
        grant.setResourceId(Authorization.ANY);
        grant.addPermission(Permissions.ALL);
        authorizationService.saveAuthorization(grant);
      }
    }
  }

  private void refuse(String reasonCode) {
    String english = messages.getMessage("security.admin-password-refused",
        new Object[] {admin.id(), messages.getMessage(reasonCode, null, Locale.ENGLISH)}, Locale.ENGLISH);
    String chinese = messages.getMessage("security.admin-password-refused",
        new Object[] {admin.id(), messages.getMessage(reasonCode, null, Locale.SIMPLIFIED_CHINESE)},
        Locale.SIMPLIFIED_CHINESE);
    throw new WeakAdministratorPassword(chinese + " / " + english);
  }

  /** Start-up stops: the configured first administrator's password is missing or weak. */
  static final class WeakAdministratorPassword extends IllegalStateException {
    WeakAdministratorPassword(String message) {
      super(message);
    }
  }
}
