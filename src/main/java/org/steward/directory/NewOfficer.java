package org.steward.directory;

/** What it takes to register an officer; {@code supervisorId} and {@code phone} may be null. */
public record NewOfficer(String id, String name, String departmentCode, OfficerKind kind, String supervisorId,
    String phone) {
}
