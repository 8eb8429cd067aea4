package org.steward.directory;

/**
 * An enterprise has a new officer (挂点): {@code fromOfficer} served it until now (null when it had none). Published in
 * the reassignment's transaction, so that what follows the enterprise's officer (its open cases) moves with it or not
 * at all.
 */
public record EnterpriseReassigned(long enterpriseId, String fromOfficer, String toOfficer, String byUser) {
}
