package org.steward.directory;

/** A demo user that the start-up banner lists: user id, display name and role (Chinese). */
public record DemoLogin(String userId, String name, String role) {
}
