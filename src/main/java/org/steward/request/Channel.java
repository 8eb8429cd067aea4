package org.steward.request;

/** How the request came in: the enterprise portal, an officer's visit, the hotline, or logged by the officer. */
public enum Channel {
  PORTAL, VISIT, HOTLINE, OFFICER
}
