package org.steward.directory;

/** An enterprise was registered, or what targets it changed (its key-enterprise flag): who matches what may differ. */
public record EnterpriseChanged(long enterpriseId) {
}
