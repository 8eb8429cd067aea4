package org.steward.access;

/**
 * Gives a case's readers, as {@link CaseAccess} names them now, READ on every historic process instance of the case
 * (those with the case number as business key). The engine does so by itself when a case's process starts or one of
 * its tasks is created; a capability that changes the readers otherwise (a transfer) calls this in the engine command
 * of that change.
 */
public interface CaseHistoryGrants {

  /** Grants the case's current staff readers the case's history; must run inside an engine command. */
  void grantReaders(String caseNumber);
}
