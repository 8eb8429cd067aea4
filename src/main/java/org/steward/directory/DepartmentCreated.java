package org.steward.directory;

/** Published in the transaction that registered a department (and created its group {@code dept-<code>}). */
public record DepartmentCreated(Department department) {
}
