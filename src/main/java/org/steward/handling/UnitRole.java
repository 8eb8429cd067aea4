package org.steward.handling;

/** A unit's role in a handover: the lead department (牵头) or a cooperating one (配合). */
public enum UnitRole {
  LEAD, COOPERATING;

  /** The Chinese word shown to people. */
  public String label() {
    return this == LEAD ? "牵头" : "配合";
  }
}
