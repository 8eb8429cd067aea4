package org.steward.request;

/** How urgent the enterprise says its request is; an urgent one gets a shorter time limit in routing. */
public enum Urgency {
  NORMAL, URGENT
}
