package org.steward.directory;

/**
 * A chief service officer (首席服务官); {@code id} is the Camunda user id. A supervisor (项目部长/站长) is an officer with
 * {@code supervisor} true, also a member of group {@code supervisors}.
 */
public record Officer(String id, String name, String departmentCode, OfficerKind kind, String supervisorId,
    String phone, boolean supervisor) {

  public OfficerSummary summary() {
    return new OfficerSummary(id, name);
  }
}
