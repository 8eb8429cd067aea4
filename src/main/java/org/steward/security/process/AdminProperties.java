package org.steward.security.process;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, created at start-up when missing. The embedded default uses admin/demo; the {@code postgres}
 * profile reads {@code STEWARD_ADMIN_USER}/{@code STEWARD_ADMIN_PASSWORD} and demands a strong password.
 *
 * @param id the Camunda user id
 * @param password the initial password (never logged)
 * @param requireStrongPassword whether start-up refuses a missing or weak password (see PasswordPolicy)
 */
@ConfigurationProperties("steward.admin")
record AdminProperties(@DefaultValue("admin") String id, String password,
    @DefaultValue("true") boolean requireStrongPassword) {

  @Override
  public String toString() {
    return "AdminProperties[id=" + id + ", password=****, requireStrongPassword=" + requireStrongPassword + "]";
  }
}
