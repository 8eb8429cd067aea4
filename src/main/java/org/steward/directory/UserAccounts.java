package org.steward.directory;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.steward.shared.Violations;

/**
 * The Camunda users behind the directory's people: checks a new user's id and password, refuses an id already taken,
 * and creates the user in its groups, in the caller's transaction.
 */
@Component
@RequiredArgsConstructor
class UserAccounts {

  private final JdbcClient jdbc;
  private final IdentityService identity;

  /** Checks id and password of a user to be created. */
  void checkNew(Violations violations, String idField, String userId, String password) {
    if (!DirectoryInput.isUserId(userId)) {
      violations.add(idField, "directory.userId.format");
    }
    if (password == null || password.isBlank()) {
      violations.add("password", "NotBlank");
    } else {
      PasswordPolicy policy = identity.getPasswordPolicy();
      // The policy's user-data rule compares the password with the user's id, hence an unsaved user.
      if (policy != null
          && !identity.checkPasswordAgainstPolicy(policy, password, identity.newUser(userId)).isValid()) {
        violations.add("password", "directory.password.weak");
      }
    }
  }

  /** {@link UserExists} when a Camunda user or an officer has that id. */
  void ensureNone(String userId) {
    boolean exists = identity.createUserQuery().userId(userId).count() > 0
        || jdbc.sql("select count(*) from directory_officer where id = :id").param("id", userId)
            .query(Long.class).single() > 0;
    if (exists) {
      throw new UserExists(userId);
    }
  }

  /** Creates the Camunda user with the name split as people write it, member of the given groups. */
  void create(String userId, String name, String password, String... memberOf) {
    User user = identity.newUser(userId);
    PersonName parts = PersonName.of(name);
    user.setFirstName(parts.first());
    user.setLastName(parts.last());
    user.setPassword(password);
    identity.saveUser(user);
    for (String group : memberOf) {
      identity.createMembership(userId, group);
    }
  }
}
