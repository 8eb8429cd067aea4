package org.steward.directory;

/** Whether an officer looks after enterprises (企业管家) or industrial projects (项目管家). */
public enum OfficerKind {
  ENTERPRISE,
  PROJECT
}
