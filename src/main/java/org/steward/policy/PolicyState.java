package org.steward.policy;

/** A policy's life: drafted, published (delivered, confirmations running), expired after its last valid day. */
public enum PolicyState {
  DRAFT, PUBLISHED, EXPIRED
}
