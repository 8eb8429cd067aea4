package org.steward.request;

/** The enterprise's verdict at the return visit; {@link #UNSATISFIED} reopens the case. */
public enum Satisfaction {
  SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), UNSATISFIED("不满意");

  private final String label;

  Satisfaction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
