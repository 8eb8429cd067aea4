package org.steward.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.directory.DirectoryFixtures;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprises;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.request.process.EnterpriseRequestProcess;
import org.steward.shared.InvalidInput;
import org.steward.shared.InvalidInput.FieldViolation;
import org.steward.shared.NotFound;
import org.steward.timeline.Timeline;

/**
 * 转办 on H2: who may transfer, what is checked, and what follows the case (row, variables, task and its grant,
 * timeline, notification); a refused transfer changes nothing.
 */
@SpringBootTest(properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
class RequestTransfersTests {

  private static final Caller ZHANGWEI = new Caller("zhangwei", Set.of(StewardGroups.OFFICERS));

  @Autowired
  RequestTransfers transfers;
  @Autowired
  RequestIntake intake;
  @Autowired
  Withdrawal withdrawal;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  Enterprises enterprises;
  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;
  @Autowired
  AuthorizationService authorizations;
  @Autowired
  Timeline timeline;
  @Autowired
  Notifications notifications;
  @Autowired
  JdbcClient jdbc;

  @Test
  void theOfficerTransfers_theRowVariablesTaskGrantTimelineAndNotificationFollow() {
    String caseNumber = submit("转办规则");

    RequestView view = transfers.transfer(caseNumber, "xuming", "工作调整，由徐明跟进", ZHANGWEI);

    assertThat(view.officer()).isEqualTo("xuming");
    assertThat(jdbc.sql("select supervisor_id from request where case_number = :c").param("c", caseNumber)
        .query(String.class).single()).isEqualTo("linhui");
    String instance = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber, EnterpriseRequestProcess.ID).singleResult().getId();
    assertThat(runtime.getVariable(instance, EnterpriseRequestProcess.OFFICER)).isEqualTo("xuming");
    assertThat(runtime.getVariable(instance, EnterpriseRequestProcess.SUPERVISOR)).isEqualTo("linhui");
    Task sign = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(sign.getAssignee()).isEqualTo("xuming");
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(sign.getId())
        .userIdIn("zhangwei").count()).isZero();
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(sign.getId())
        .userIdIn("xuming").count()).isOne();
    assertThat(timeline.of(caseNumber)).anySatisfy(entry -> {
      assertThat(entry.action()).isEqualTo("TRANSFERRED");
      assertThat(entry.actor()).isEqualTo("zhangwei");
      assertThat(entry.description()).isEqualTo("转办：张伟 → 徐明");
      assertThat(entry.detail()).isEqualTo("原因：工作调整，由徐明跟进");
    });
    assertThat(notifications.ofCase(caseNumber)).anySatisfy(n -> {
      assertThat(n.recipient()).isEqualTo("xuming");
      assertThat(n.kind()).isEqualTo("REQUEST_TRANSFERRED");
    });
  }

  @Test
  void badInput_namesTheFields_andChangesNothing() {
    String caseNumber = submit("转办输入");

    assertThatThrownBy(() -> transfers.transfer(caseNumber, "nobody", " ", ZHANGWEI))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(FieldViolation::field)
            .containsExactly("toOfficer", "reason"));
    assertThatThrownBy(() -> transfers.transfer(caseNumber, "zhangwei", "原因", ZHANGWEI))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(FieldViolation::code)
            .containsExactly("request.transfer.sameOfficer"));
    // a department's user is no officer
    assertThatThrownBy(() -> transfers.transfer(caseNumber, "economy01", "原因", ZHANGWEI))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).extracting(FieldViolation::code)
            .containsExactly("request.transfer.unknownOfficer"));
    assertUnchanged(caseNumber);
  }

  @Test
  void onlyTheOfficerSupervisorsAndAdministrators_mayTransfer_andAnEndedCaseIsRefused() {
    String caseNumber = submit("转办权限");

    assertThatThrownBy(() -> transfers.transfer(caseNumber, "xuming", "原因",
        new Caller("ent01", Set.of(StewardGroups.ENTERPRISES)))).isInstanceOf(TransferForbidden.class);
    // an officer outside the case does not read it
    assertThatThrownBy(() -> transfers.transfer(caseNumber, "xuming", "原因",
        new Caller("liuyang", Set.of(StewardGroups.OFFICERS)))).isInstanceOf(NotFound.class);
    assertUnchanged(caseNumber);
    withdrawal.withdraw(caseNumber, "不再需要", new Caller("ent01", Set.of(StewardGroups.ENTERPRISES)));

    assertThatThrownBy(() -> transfers.transfer(caseNumber, "xuming", "原因",
        new Caller("chenjianguo", Set.of(StewardGroups.OFFICERS, StewardGroups.SUPERVISORS))))
        .isInstanceOfSatisfying(RequestNotTransferable.class, e -> {
          assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
          assertThat(e.code()).isEqualTo("request-not-transferable");
        });
    assertThat(jdbc.sql("select officer_id from request where case_number = :c").param("c", caseNumber)
        .query(String.class).single()).isEqualTo("zhangwei");
  }

  @Test
  void aCaseInTheOfficersQueue_isTakenOffTheQueue_byASupervisorsTransfer() {
    long enterprise = DirectoryFixtures.enterprise(enterprises, null).id();
    String caseNumber = intake.submit(RequestFixtures.request(enterprise, "队列中的诉求"), "admin", null).request()
        .caseNumber();
    Task queued = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(queued.getAssignee()).isNull();

    transfers.transfer(caseNumber, "lina", "由李娜签收",
        new Caller("chenjianguo", Set.of(StewardGroups.OFFICERS, StewardGroups.SUPERVISORS)));

    Task sign = tasks.createTaskQuery().taskId(queued.getId()).singleResult();
    assertThat(sign.getAssignee()).isEqualTo("lina");
    assertThat(tasks.getIdentityLinksForTask(sign.getId())).noneMatch(link ->
        EnterpriseRequestProcess.OFFICERS.equals(link.getGroupId()));
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(sign.getId())
        .groupIdIn(EnterpriseRequestProcess.OFFICERS).count()).isZero();
    assertThat(timeline.of(caseNumber)).anySatisfy(entry ->
        assertThat(entry.description()).isEqualTo("转办：（待签收队列） → 李娜"));
  }

  private String submit(String title) {
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    return intake.submit(RequestFixtures.request(ent01, title), "ent01", null).request().caseNumber();
  }

  private void assertUnchanged(String caseNumber) {
    assertThat(jdbc.sql("select officer_id from request where case_number = :c").param("c", caseNumber)
        .query(String.class).single()).isEqualTo("zhangwei");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult().getAssignee())
        .isEqualTo("zhangwei");
    assertThat(timeline.of(caseNumber)).noneMatch(entry -> entry.action().equals("TRANSFERRED"));
  }
}
