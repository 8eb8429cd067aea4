package org.steward.project;

/** The three key milestones of an industrial project (动竣投), in the order they happen. */
public enum Milestone {
  CONSTRUCTION_START("动工"),
  COMPLETION("竣工"),
  PRODUCTION_START("投产");

  private final String label;

  Milestone(String label) {
    this.label = label;
  }

  /** The Chinese name officers read. */
  public String label() {
    return label;
  }

  /** The milestone after this one, or null after 投产. */
  public Milestone next() {
    return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
  }
}
