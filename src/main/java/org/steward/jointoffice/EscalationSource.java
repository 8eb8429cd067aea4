package org.steward.jointoffice;

/**
 * How a matter reached the office: the officer's decision, a unit's 退单 sent on, a unit red too long, a supervisor's
 * manual escalation, or a new common issue (which runs its own joint-meeting instance).
 */
public enum EscalationSource {
  DECISION("首席服务官提交"), RETURN("退单后提交仲裁"), RED("红灯超期提交"), SUPERVISOR("督办负责人提交"), COMMON_ISSUE("共性问题");

  private final String label;

  EscalationSource(String label) {
    this.label = label;
  }

  /** The Chinese word shown to people. */
  public String label() {
    return label;
  }
}
