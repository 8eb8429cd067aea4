package org.steward.project;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Officer;
import org.steward.directory.StewardGroups;
import org.steward.shared.Violations;
import org.steward.workflow.Memberships;
import org.steward.workflow.SystemContext;

/**
 * Who follows a project, as the directory knows them: the officer and leader a registration or reassignment names,
 * their names, and who approves re-plans and chases red milestones.
 */
@Component
@RequiredArgsConstructor
class ProjectPeople {

  private final DirectoryManagement directory;
  private final Memberships memberships;
  private final SystemContext system;

  /** The officer's id, stripped; null with a violation of {@code field} when blank or no officer. */
  String knownOfficer(Violations violations, String field, String officer) {
    if (blank(officer)) {
      violations.add(field, "NotBlank");
      return null;
    }
    String id = officer.strip();
    if (directory.officer(id).isEmpty()) {
      violations.add(field, "project.officer.unknown", id);
      return null;
    }
    return id;
  }

  /** The leader's id, stripped; null with a violation of {@code field} when blank or not in group leaders. */
  String knownLeader(Violations violations, String field, String leader) {
    if (blank(leader)) {
      violations.add(field, "NotBlank");
      return null;
    }
    String id = leader.strip();
    if (!memberships.isMember(id, StewardGroups.LEADERS)) {
      violations.add(field, "project.leader.unknown", id);
      return null;
    }
    return id;
  }

  /** Whether the officer has a supervisor, who approves re-plans of projects without a leader. */
  boolean hasSupervisor(String officer) {
    return directory.supervisorOf(officer).isPresent();
  }

  /**
   * Who approves re-plans and chases red milestones: the leader, or for a project without one the officer's
   * supervisor.
   */
  String approver(ProjectRow row) {
    if (row.leader() != null) {
      return row.leader();
    }
    return directory.supervisorOf(row.officer()).map(Officer::id).orElse(row.officer());
  }

  /** The officer's name, or the id when the directory has none. */
  String officerName(String officerId) {
    return officerId == null ? null : directory.officer(officerId).map(Officer::name).orElse(officerId);
  }

  /** A user's name; null for no user. */
  String userName(String userId) {
    if (userId == null) {
      return null;
    }
    return system.call(() -> directory.userName(userId));
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
