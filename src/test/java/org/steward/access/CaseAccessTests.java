package org.steward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.shared.NotFound;

/**
 * The case scope over hand-made rows (H2 with Steward's migrations): the matrix of the rule, per role, for the per-case
 * check, the list condition and the readers the engine's history grants follow, which must all agree.
 */
@JdbcTest
@Import(CaseAccess.class)
class CaseAccessTests {

  // REQ_A: ent01's request, officer zhangwei (supervisor chenjianguo), a housing unit, liuyang convened on it.
  // REQ_B: ent02's request, officer wangjing, no unit. PROJECT: ent01's project, officer zhangwei, leader hejun.
  // PROBLEM: the project's problem, a request of ent01 with officer wangjing.
  static final String REQ_A = "QY20260302-0001";
  static final String REQ_B = "QY20260302-0002";
  static final String PROJECT = "XM2026-001";
  static final String PROBLEM = "QY20260302-0003";
  static final List<String> ALL = List.of(REQ_A, REQ_B, PROJECT, PROBLEM);

  @Autowired
  CaseAccess access;
  @Autowired
  JdbcClient jdbc;

  @BeforeEach
  void cases() {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql("insert into directory_department (code, name, created_at) values ('housing', '住建局', :now), "
        + "('water', '水务局', :now)").param("now", now).update();
    jdbc.sql("""
            insert into directory_officer (id, name, department_code, kind, supervisor_id, is_supervisor, created_at)
            values ('chenjianguo', '陈建国', 'housing', 'ENTERPRISE', null, true, :now),
                   ('linhui', '林慧', 'housing', 'ENTERPRISE', null, true, :now),
                   ('zhangwei', '张伟', 'housing', 'ENTERPRISE', 'chenjianguo', false, :now),
                   ('wangjing', '王静', 'housing', 'ENTERPRISE', 'linhui', false, :now),
                   ('liuyang', '刘洋', 'housing', 'ENTERPRISE', 'linhui', false, :now)""")
        .param("now", now).update();
    long ent01 = enterprise("91440101MA59ABCD01", "ent01");
    long ent02 = enterprise("91440101MA59ABCD02", "ent02");
    request(REQ_A, ent01, "zhangwei");
    request(REQ_B, ent02, "wangjing");
    request(PROBLEM, ent01, "wangjing");
    jdbc.sql("""
            insert into handling_unit (case_number, round, position, department_code, role, time_limit, handed_over_at,
              handed_over_by, due_date, state, light)
            values (:case, 1, 0, 'housing', 'LEAD', 3, :now, 'zhangwei', current_date, 'ASSIGNED', 'GREEN')""")
        .param("case", REQ_A).param("now", now).update();
    jdbc.sql("""
            insert into convening (case_number, question, convener, time_limit, convened_at, due_date, state)
            values (:case, '能否提前？', 'zhangwei', 3, :now, current_date, 'OPEN')""")
        .param("case", REQ_A).param("now", now).update();
    jdbc.sql("""
            insert into convening_opinion (convening_id, position, officer_id, due_date, added_at, state, light, late)
            select id, 0, 'liuyang', current_date, :now, 'OPEN', 'GREEN', false from convening""")
        .param("now", now).update();
    jdbc.sql("""
            insert into project (code, name, enterprise_id, enterprise_name, investment, site, area, key_project,
              officer_id, leader_id, registered_by, registered_at)
            values (:code, '新厂房', :ent, '企业一', 1000, '黄埔', '黄埔区', true, 'zhangwei', 'hejun', 'admin', :now)""")
        .param("code", PROJECT).param("ent", ent01).param("now", now).update();
    jdbc.sql("""
            insert into project_problem (project_code, milestone, category, description, case_number, reported_by,
              reported_at)
            values (:code, 'CONSTRUCTION_START', 'power', '用电', :case, 'zhangwei', :now)""")
        .param("code", PROJECT).param("case", PROBLEM).param("now", now).update();
  }

  @Test
  void enterprise_readsItsOwnCasesAndProject_notAnotherEnterprises() {
    assertThat(readable("ent01", "enterprises")).containsExactlyInAnyOrder(REQ_A, PROJECT, PROBLEM);
    assertThat(readable("ent02", "enterprises")).containsExactly(REQ_B);
  }

  @Test
  void officer_readsTheCasesItServes_andThoseItIsConvenedOn_notOthers() {
    assertThat(readable("zhangwei", "officers")).containsExactlyInAnyOrder(REQ_A, PROJECT);
    assertThat(readable("liuyang", "officers")).as("convened on A").containsExactly(REQ_A);
    assertThat(readable("wangjing", "officers")).containsExactlyInAnyOrder(REQ_B, PROBLEM);
    assertThat(readable("huangqiang", "officers")).isEmpty();
  }

  @Test
  void department_readsTheCasesOfItsUnits_anotherDepartmentNothing() {
    assertThat(readable("housing01", "dept-housing")).containsExactly(REQ_A);
    assertThat(readable("water01", "dept-water")).isEmpty();
  }

  @Test
  void supervisor_readsItsOfficersCases_throughTheDirectory() {
    // as a plain user: the supervisors group would read everything anyway
    assertThat(readable("chenjianguo")).containsExactlyInAnyOrder(REQ_A, PROJECT);
    assertThat(readable("linhui")).containsExactlyInAnyOrder(REQ_B, PROBLEM);
  }

  @Test
  void leader_readsItsProject_andTheRequestsOfItsProblems() {
    assertThat(readable("hejun", "leaders")).containsExactlyInAnyOrder(PROJECT, PROBLEM);
    assertThat(readable("songli", "leaders")).isEmpty();
  }

  @Test
  void administratorsSupervisorsAndTheOffice_readEveryCase() {
    for (String group : List.of("camunda-admin", "supervisors", "joint-office")) {
      CaseReader reader = new CaseReader("someone", Set.of(group));
      assertThat(ALL).allMatch(c -> access.mayRead(c, reader));
      assertThat(access.scope(reader).all()).isTrue();
    }
  }

  @Test
  void outsideTheScope_isNotFound_likeAnUnknownCase() {
    CaseReader water = new CaseReader("water01", Set.of("dept-water"));

    assertThatThrownBy(() -> access.checkRead(REQ_A, water)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> access.checkRead("QY20990101-0001", water)).isInstanceOf(NotFound.class);
  }

  @Test
  void staffReadersOfACase_areThoseTheCheckLetsThrough_withoutTheEnterprise() {
    CaseReaders readers = access.staffReadersOf(REQ_A);

    assertThat(readers.users()).containsExactlyInAnyOrder("zhangwei", "chenjianguo", "liuyang");
    assertThat(readers.groups()).containsExactly("dept-housing");
    assertThat(access.staffReadersOf(PROBLEM).users()).containsExactlyInAnyOrder("wangjing", "linhui", "hejun");
    assertThat(access.mayRead(REQ_A, new CaseReader("ent01", Set.of()))).isTrue();
    readers.users().forEach(user -> assertThat(access.mayRead(REQ_A, new CaseReader(user, Set.of()))).isTrue());
  }

  @Test
  void theUserACaseWasCopiedTo_andADeputyWhoHeldOneOfItsTasks_readIt() {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql("insert into case_copy (case_number, user_id, copied_by, copied_at) values (:case, 'songli', 'zhangwei', "
        + ":now)").param("case", REQ_B).param("now", now).update();
    jdbc.sql("""
            insert into deputy_leave (officer_id, deputy_id, starts_on, ends_on, state, created_by, created_at)
            values ('wangjing', 'huangqiang', current_date, current_date, 'ENDED', 'admin', :now)""")
        .param("now", now).update();
    jdbc.sql("""
            insert into deputy_task (task_id, leave_id, case_number, officer_id, deputy_id, moved_at)
            select 't1', id, :case, 'wangjing', 'huangqiang', :now from deputy_leave""")
        .param("case", PROBLEM).param("now", now).update();

    assertThat(readable("songli", "leaders")).containsExactly(REQ_B);
    assertThat(readable("huangqiang", "officers")).containsExactly(PROBLEM);
  }

  /** The cases the reader may read, by the per-case check; the list condition must select the same. */
  private List<String> readable(String user, String... groups) {
    CaseReader reader = new CaseReader(user, Set.of(groups));
    List<String> checked = ALL.stream().filter(c -> access.mayRead(c, reader)).toList();
    CaseScope scope = access.scope(reader);
    List<String> listed = jdbc.sql("select case_number from (select case_number from request union select code from "
            + "project) c where " + scope.sql("c.case_number")).params(scope.params()).query(String.class).list();
    assertThat(listed).as("list condition").containsExactlyInAnyOrderElementsOf(checked);
    return checked;
  }

  private long enterprise(String creditCode, String login) {
    jdbc.sql("insert into directory_enterprise (name, credit_code, created_at) values (:login, :code, :now)")
        .param("login", login).param("code", creditCode).param("now", Timestamp.from(Instant.now())).update();
    long id = jdbc.sql("select id from directory_enterprise where credit_code = :code").param("code", creditCode)
        .query(Long.class).single();
    jdbc.sql("insert into directory_enterprise_login (user_id, enterprise_id, created_at) values (:login, :id, :now)")
        .param("login", login).param("id", id).param("now", Timestamp.from(Instant.now())).update();
    return id;
  }

  private void request(String caseNumber, long enterprise, String officer) {
    Instant now = Instant.now();
    jdbc.sql("""
            insert into request (case_number, enterprise_id, enterprise_name, category, title, description,
              contact_name, contact_phone, urgency, channel, state, officer_id, submitted_by, submitted_at,
              response_due, response_light, reopen_count)
            values (:caseNumber, :enterprise, '企业', 'power', '用电', '说明', '王经理', '13800000000',
              'NORMAL', 'PORTAL', 'SUBMITTED', :officer, 'ent01', :now, :due, 'GREEN', 0)""")
        .param("caseNumber", caseNumber).param("enterprise", enterprise).param("officer", officer)
        .param("now", Timestamp.from(now)).param("due", Timestamp.from(now.plusSeconds(86_400)))
        .update();
  }
}
