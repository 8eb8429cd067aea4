package org.steward.request;

/**
 * Another capability's say on whether a user may raise a request for an enterprise, beyond the request capability's
 * own rule (the enterprise's users, its officer, administrators): a running project's officer raises its project's
 * problems for the project's enterprise. The request capability asks every such right; nobody impersonates anybody.
 */
public interface RaiseRight {

  /** Whether {@code userId} may raise a request for {@code enterpriseId}. */
  boolean mayRaise(String userId, long enterpriseId);
}
