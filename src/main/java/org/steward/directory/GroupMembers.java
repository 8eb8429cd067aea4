package org.steward.directory;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.Violations;

/**
 * Creates the users who act by their group alone: members of the joint-meeting office, project leaders, process
 * designers, policy editors and metrics readers. A call with bad input changes nothing.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class GroupMembers {

  private final UserAccounts accounts;

  /** Creates a member of the joint-meeting office (联席会议办公室), group {@code joint-office}. */
  public void createJointOfficeMember(String userId, String name, String initialPassword) {
    createMember(userId, name, initialPassword, StewardGroups.JOINT_OFFICE);
  }

  /** Creates a project leader (挂点领导), group {@code leaders}: approves re-plans and chases overdue milestones. */
  public void createLeader(String userId, String name, String initialPassword) {
    createMember(userId, name, initialPassword, StewardGroups.LEADERS);
  }

  /**
   * Creates a process designer (流程设计人员), group {@code designers}: deploys models over engine-rest (Camunda
   * Modeler's 部署), reads no case.
   */
  public void createDesigner(String userId, String name, String initialPassword) {
    createMember(userId, name, initialPassword, StewardGroups.DESIGNERS);
  }

  /** Creates a policy editor (政策编辑人员), group {@code policy-editors}: drafts and publishes policies. */
  public void createPolicyEditor(String userId, String name, String initialPassword) {
    createMember(userId, name, initialPassword, StewardGroups.POLICY_EDITORS);
  }

  /**
   * Creates the account of a metrics reader (运行监控, e.g. the Prometheus scraper), group {@code monitoring}: reads
   * {@code /actuator/prometheus}, nothing else.
   */
  public void createMonitoringAccount(String userId, String name, String initialPassword) {
    createMember(userId, name, initialPassword, StewardGroups.MONITORING);
  }

  private void createMember(String userId, String name, String initialPassword, String group) {
    Violations violations = new Violations();
    accounts.checkNew(violations, "id", userId, initialPassword);
    String cleanName = violations.line("name", name, DirectoryInput.MAX_NAME);
    violations.throwIfAny();
    accounts.ensureNone(userId);
    accounts.create(userId, cleanName, initialPassword, group);
  }
}
