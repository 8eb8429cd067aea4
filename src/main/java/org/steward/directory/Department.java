package org.steward.directory;

/** A government department (牵头/配合部门); its staff form the Camunda group {@code dept-<code>}. */
public record Department(String code, String name) {

  /** The Camunda group of this department's staff. */
  public String groupId() {
    return StewardGroups.department(code);
  }
}
