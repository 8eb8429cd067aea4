package org.steward.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.directory.demo.DemoOrganisation;

/** The directory on PostgreSQL: Flyway schema, the demo organisation, and reassignment with history. */
@SpringBootTest(properties = "steward.demo.enabled=true")
@Import(EmbeddedPostgresConfiguration.class)
@ActiveProfiles("test")
class DirectoryIT {

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
  DemoOrganisation demo;

  @Autowired
  IdentityService identity;

  @Test
  void demoOrganisation_hasDepartmentsOfficersWithSupervisorsAndEnterprisesWithLogins() {
    // other tests of this class add directory data too, so the demo is checked through its own logins
    long staffedDepartments = directory.departments().stream()
        .filter(d -> identity.createUserQuery().memberOfGroup(d.groupId()).count() > 0).count();
    assertThat(staffedDepartments).isGreaterThanOrEqualTo(6);

    List<Officer> supervised = directory.officers().stream().filter(o -> o.supervisorId() != null).toList();
    assertThat(supervised).hasSizeGreaterThanOrEqualTo(6);
    assertThat(supervised).extracting(Officer::kind).contains(OfficerKind.ENTERPRISE, OfficerKind.PROJECT);
    for (Officer officer : supervised) {
      Officer supervisor = directory.supervisorOf(officer.id()).orElseThrow();
      assertThat(identity.createUserQuery().userId(supervisor.id()).memberOfGroup(StewardGroups.SUPERVISORS).count())
          .as(supervisor.id()).isEqualTo(1);
    }
    assertThat(directory.officers()).filteredOn(Officer::supervisor).hasSizeGreaterThanOrEqualTo(2);

    List<String> enterpriseLogins = demo.logins().stream().filter(l -> l.role().equals("企业"))
        .map(DemoLogin::userId).toList();
    assertThat(enterpriseLogins).hasSizeGreaterThanOrEqualTo(8);
    for (String login : enterpriseLogins) {
      Enterprise enterprise = directory.enterpriseOfUser(login).orElseThrow();
      assertThat(CreditCode.isValid(enterprise.creditCode())).as(enterprise.name()).isTrue();
      assertThat(enterprise.officer()).as(enterprise.name()).isNotNull();
      assertThat(identity.createUserQuery().userId(login).memberOfGroup(StewardGroups.ENTERPRISES).count())
          .as(login).isEqualTo(1);
    }
    assertThat(enterpriseLogins.stream().map(l -> directory.enterpriseOfUser(l).orElseThrow().id()).distinct())
        .hasSizeGreaterThanOrEqualTo(8);

    assertThat(identity.createUserQuery().memberOfGroup(StewardGroups.JOINT_OFFICE).count()).isPositive();
  }

  @Test
  void everyDemoLogin_hasPasswordDemo() {
    assertThat(demo.logins()).hasSizeGreaterThanOrEqualTo(1 + 6 + 6 + 8);
    for (DemoLogin login : demo.logins()) {
      assertThat(identity.checkPassword(login.userId(), DemoLogins.PASSWORD)).as(login.userId()).isTrue();
    }
  }

  @Test
  void seedingAgain_createsNothingNew() {
    int departments = directory.departments().size();
    int officers = directory.officers().size();
    int enterprises = directory.enterprises().size();
    long users = identity.createUserQuery().count();

    boolean seeded = demo.seed();

    assertThat(seeded).isFalse();
    assertThat(directory.departments()).hasSize(departments);
    assertThat(directory.officers()).hasSize(officers);
    assertThat(directory.enterprises()).hasSize(enterprises);
    assertThat(identity.createUserQuery().count()).isEqualTo(users);
  }

  @Test
  void handover_onPostgres_movesEnterprisesAndKeepsHistory() {
    Department department = DirectoryFixtures.department(departments);
    Officer leaving = DirectoryFixtures.officer(officers, department, null);
    Officer successor = DirectoryFixtures.officer(officers, department, null);
    Enterprise enterprise = DirectoryFixtures.enterprise(enterprises, leaving);

    List<Long> moved = assignments.reassignAll(leaving.id(), successor.id(), "调离岗位", "admin");

    assertThat(moved).containsExactly(enterprise.id());
    List<Assignment> history = directory.assignments(enterprise.id());
    assertThat(history).extracting(a -> a.officer().id()).containsExactly(leaving.id(), successor.id());
    assertThat(history.get(0).to()).isEqualTo(history.get(1).from());
    assertThat(history.get(1).current()).isTrue();
  }
}
