package org.steward.visit;

/** How the officer visited: on site (实地), by phone (电话) or by video (视频). */
public enum VisitMode {
  ON_SITE("实地"), PHONE("电话"), VIDEO("视频");

  private final String label;

  VisitMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
