package org.steward.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.directory.DirectoryFixtures.department;
import static org.steward.directory.DirectoryFixtures.enterprise;
import static org.steward.directory.DirectoryFixtures.freshCreditCode;
import static org.steward.directory.DirectoryFixtures.freshId;
import static org.steward.directory.DirectoryFixtures.officer;
import static org.steward.directory.DirectoryFixtures.supervisor;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.shared.InvalidInput;
import org.steward.shared.InvalidInput.FieldViolation;
import org.steward.shared.NotFound;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DirectoryManagementTests {

  @Autowired
  DirectoryManagement directory;
  @Autowired
  Assignments assignments;
  @Autowired
  Departments departments;
  @Autowired
  Enterprises enterprises;
  @Autowired
  Officers officers;

  @Autowired
  IdentityService identity;

  @Autowired
  AuthorizationService authorizations;

  @Autowired
  PlatformTransactionManager transactions;

  @Test
  void cachedDepartments_showANewDepartmentAtOnce_andForgetOneWhoseRegistrationRolledBack() {
    int before = directory.departments().size();
    String kept = "kept" + System.nanoTime() % 1_000_000;
    String undone = "undone" + System.nanoTime() % 1_000_000;

    departments.createDepartment(kept, "保留局" + kept);
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      departments.createDepartment(undone, "撤销局" + undone);
      assertThat(directory.department(undone)).isPresent();
      status.setRollbackOnly();
    });

    assertThat(directory.departments()).hasSize(before + 1);
    assertThat(directory.department(kept)).isPresent();
    assertThat(directory.department(undone)).isEmpty();
  }

  @Test
  void userName_isTheOfficersName_elseTheIdentityName_elseTheId() {
    Officer officer = officer(officers, department(departments), null);
    String leader = freshId("leader");
    User user = identity.newUser(leader);
    user.setFirstName("何军");
    user.setLastName("");
    identity.saveUser(user);

    assertThat(directory.userName(officer.id())).isEqualTo(officer.name());
    assertThat(directory.userName(leader)).isEqualTo("何军");
    assertThat(directory.userName("nobody-here")).isEqualTo("nobody-here");
    identity.deleteUser(leader);
  }

  @Test
  void assign_closesTheOpenAssignment_andKeepsTheHistory() {
    // given
    Department department = department(departments);
    Officer first = officer(officers, department, null);
    Officer second = officer(officers, department, null);
    Enterprise enterprise = enterprise(enterprises, first);

    // when
    Assignment assignment = assignments.assign(enterprise.id(), second.id(), "企业搬迁至新园区", "admin");

    // then
    assertThat(assignment.officer()).isEqualTo(second.summary());
    assertThat(assignment.to()).isNull();
    assertThat(directory.officerOf(enterprise.id())).contains(second);
    assertThat(directory.enterprise(enterprise.id()).orElseThrow().officer()).isEqualTo(second.summary());
    List<Assignment> history = directory.assignments(enterprise.id());
    assertThat(history).hasSize(2);
    assertThat(history.get(0).officer().id()).isEqualTo(first.id());
    assertThat(history.get(0).reason()).isEqualTo(DirectoryManagement.FIRST_ASSIGNMENT_REASON);
    assertThat(history.get(0).to()).isEqualTo(history.get(1).from());
    assertThat(history.get(1).reason()).isEqualTo("企业搬迁至新园区");
    assertThat(history.get(1).assignedBy()).isEqualTo("admin");
  }

  @Test
  void reassignAll_movesEveryEnterpriseOfTheLeavingOfficer_andKeepsTheHistory() {
    // given
    Department department = department(departments);
    Officer leaving = officer(officers, department, null);
    Officer successor = officer(officers, department, null);
    Officer bystander = officer(officers, department, null);
    Enterprise a = enterprise(enterprises, leaving);
    Enterprise b = enterprise(enterprises, leaving);
    Enterprise other = enterprise(enterprises, bystander);

    // when
    List<Long> moved = assignments.reassignAll(leaving.id(), successor.id(), "调离岗位", "admin");

    // then
    assertThat(moved).containsExactly(a.id(), b.id());
    assertThat(directory.enterprisesOf(leaving.id())).isEmpty();
    assertThat(directory.enterprisesOf(successor.id())).extracting(Enterprise::id).containsExactly(a.id(), b.id());
    assertThat(directory.officerOf(other.id())).contains(bystander);
    assertThat(directory.assignments(a.id())).extracting(x -> x.officer().id(), Assignment::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(leaving.id(), DirectoryManagement.FIRST_ASSIGNMENT_REASON),
            org.assertj.core.groups.Tuple.tuple(successor.id(), "调离岗位"));
  }

  @Test
  void reassignAll_toUnknownOfficer_namesTheField_andChangesNothing() {
    Department department = department(departments);
    Officer leaving = officer(officers, department, null);
    Enterprise enterprise = enterprise(enterprises, leaving);

    assertThatThrownBy(() -> assignments.reassignAll(leaving.id(), "nobodyhere", "调离岗位", "admin"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field).containsExactly("toOfficerId"));

    assertThat(directory.officerOf(enterprise.id())).contains(leaving);
    assertThat(directory.assignments(enterprise.id())).hasSize(1);
  }

  @Test
  void reassignAll_ofUnknownOfficer_answersNotFound() {
    Department department = department(departments);
    Officer successor = officer(officers, department, null);

    assertThatThrownBy(() -> assignments.reassignAll("nobodyhere", successor.id(), "调离岗位", "admin"))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void assign_toTheCurrentOfficerOrWithoutReason_isRefused_andChangesNothing() {
    Department department = department(departments);
    Officer officer = officer(officers, department, null);
    Enterprise enterprise = enterprise(enterprises, officer);

    assertThatThrownBy(() -> assignments.assign(enterprise.id(), officer.id(), " ", "admin"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field).containsExactlyInAnyOrder("officerId", "reason"));
    assertThat(directory.assignments(enterprise.id())).hasSize(1);
  }

  @Test
  void assign_ofUnknownEnterprise_answersNotFound() {
    Officer officer = officer(officers, department(departments), null);

    assertThatThrownBy(() -> assignments.assign(Long.MAX_VALUE, officer.id(), "原因", "admin"))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void createOfficer_underAnOfficerWhoIsNoSupervisor_andInUnknownDepartment_namesBothFields_andCreatesNoUser() {
    Department department = department(departments);
    Officer notASupervisor = officer(officers, department, null);
    String id = freshId("o");

    assertThatThrownBy(() -> officers.createOfficer(new NewOfficer(id, "王五", "nosuchdept", OfficerKind.PROJECT,
        notASupervisor.id(), null), "secret"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field).containsExactlyInAnyOrder("departmentCode", "supervisorId"));

    assertThat(directory.officer(id)).isEmpty();
    assertThat(identity.createUserQuery().userId(id).count()).isZero();
  }

  @Test
  void createOfficer_makesCamundaUserInOfficersAndDepartment_andSupervisorIsFound() {
    Department department = department(departments);
    Officer supervisor = supervisor(officers, department);

    Officer officer = officer(officers, department, supervisor);

    assertThat(officer.supervisorId()).isEqualTo(supervisor.id());
    assertThat(directory.supervisorOf(officer.id())).contains(supervisor);
    assertThat(supervisor.supervisor()).isTrue();
    assertThat(identity.checkPassword(officer.id(), "secret")).isTrue();
    assertThat(groupsOf(officer.id())).containsExactlyInAnyOrder(StewardGroups.OFFICERS, department.groupId());
    assertThat(groupsOf(supervisor.id()))
        .containsExactlyInAnyOrder(StewardGroups.OFFICERS, StewardGroups.SUPERVISORS, department.groupId());
  }

  @Test
  void createOfficer_withTakenUserId_answersUserExists() {
    Department department = department(departments);
    Officer officer = officer(officers, department, null);

    assertThatThrownBy(() -> officers.createOfficer(new NewOfficer(officer.id(), "重名", department.code(),
        OfficerKind.ENTERPRISE, null, null), "secret")).isInstanceOf(UserExists.class);
  }

  @Test
  void appointSupervisor_addsGroupSupervisors() {
    Department department = department(departments);
    Officer officer = officer(officers, department, null);

    Officer appointed = officers.appointSupervisor(officer.id());

    assertThat(appointed.supervisor()).isTrue();
    assertThat(groupsOf(officer.id())).contains(StewardGroups.SUPERVISORS);
    assertThat(officer(officers, department, appointed).supervisorId()).isEqualTo(officer.id());
  }

  @Test
  void createEnterprise_withRegisteredCreditCode_answersConflict_andAddsNothing() {
    Enterprise existing = enterprise(enterprises, null);
    int before = directory.enterprises().size();

    assertThatThrownBy(() -> enterprises.createEnterprise(new NewEnterprise("另一家公司", existing.creditCode(), null,
        null, List.of(), null), "admin")).isInstanceOf(EnterpriseExists.class);

    assertThat(directory.enterprises()).hasSize(before);
  }

  @Test
  void createEnterprise_withBadCreditCodeTagsAndUnknownOfficer_namesEachField() {
    String wrongCheck = freshCreditCode().substring(0, 17) + "-";

    assertThatThrownBy(() -> enterprises.createEnterprise(new NewEnterprise("", wrongCheck, null, null,
        List.of("好标签", " "), "nobodyhere"), "admin"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::field, FieldViolation::code)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("name", "NotBlank"),
                org.assertj.core.groups.Tuple.tuple("creditCode", "directory.creditCode.character"),
                org.assertj.core.groups.Tuple.tuple("tags[1]", "NotBlank"),
                org.assertj.core.groups.Tuple.tuple("officerId", "directory.officer.unknown")));
  }

  @Test
  void createEnterprise_keepsTagsInOrder_withoutDuplicates() {
    Enterprise created = enterprises.createEnterprise(new NewEnterprise(" 广州某某测试有限公司 ", freshCreditCode(),
        "新材料", "南沙区", List.of("专精特新", "重点项目", "专精特新"), null), "admin");

    assertThat(created.name()).isEqualTo("广州某某测试有限公司");
    assertThat(created.tags()).containsExactly("专精特新", "重点项目");
    assertThat(created.officer()).isNull();
    assertThat(directory.officerOf(created.id())).isEmpty();
  }

  @Test
  void enterpriseLogin_isInGroupEnterprises_andLinkedToItsEnterprise() {
    Enterprise enterprise = enterprise(enterprises, null);
    String login = freshId("e");

    enterprises.createEnterpriseLogin(enterprise.id(), login, "secret");

    assertThat(directory.enterpriseOfUser(login)).contains(enterprise);
    assertThat(directory.loginsOf(enterprise.id())).containsExactly(login);
    assertThat(groupsOf(login)).containsExactly(StewardGroups.ENTERPRISES);
    assertThat(directory.enterpriseOfUser("admin")).isEmpty();
  }

  @Test
  void createDepartment_createsItsGroupWithTasklistAccess() {
    Department department = department(departments);

    assertThat(identity.createGroupQuery().groupId("dept-" + department.code()).singleResult().getName())
        .isEqualTo(department.name());
    assertThat(groupAuthorized(department.groupId(), Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
    assertThat(groupAuthorized(department.groupId(), Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
  }

  @Test
  void createDepartment_withTakenCodeOrBadCode_isRefused() {
    Department department = department(departments);

    assertThatThrownBy(() -> departments.createDepartment(department.code(), "别的名字"))
        .isInstanceOf(DepartmentExists.class);
    assertThatThrownBy(() -> departments.createDepartment("Bad-Code", "坏代码局"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(FieldViolation::code).containsExactly("directory.department.code.format"));
  }

  @Test
  void standardGroups_canUseTasklist_onlySupervisorsCockpit_noneStartsProcesses_enterprisesNothing() {
    for (String group : List.of(StewardGroups.OFFICERS, StewardGroups.SUPERVISORS, StewardGroups.JOINT_OFFICE,
        StewardGroups.LEADERS)) {
      assertThat(groupAuthorized(group, Permissions.ACCESS, Resources.APPLICATION, "tasklist")).as(group).isTrue();
      // only Steward starts its processes (docs/security.md)
      assertThat(groupAuthorized(group, ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
          "enterprise-request")).as(group).isFalse();
    }
    assertThat(groupAuthorized(StewardGroups.SUPERVISORS, Permissions.ACCESS, Resources.APPLICATION, "cockpit"))
        .isTrue();
    assertThat(groupAuthorized(StewardGroups.OFFICERS, Permissions.ACCESS, Resources.APPLICATION, "cockpit"))
        .isFalse();
    assertThat(groupAuthorized(StewardGroups.ENTERPRISES, Permissions.ACCESS, Resources.APPLICATION, "tasklist"))
        .isFalse();
    assertThat(groupAuthorized(StewardGroups.ENTERPRISES, ProcessDefinitionPermissions.READ,
        Resources.PROCESS_DEFINITION, "enterprise-request")).isFalse();
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
  }

  private boolean groupAuthorized(String group, org.camunda.bpm.engine.authorization.Permission permission,
      Resources resource, String resourceId) {
    return authorizations.isUserAuthorized("nobody", List.of(group), permission, resource, resourceId);
  }
}
