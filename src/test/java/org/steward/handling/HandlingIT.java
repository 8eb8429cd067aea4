package org.steward.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.handling.process.DepartmentHandlingProcess.*;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.deadline.Light;
import org.steward.notification.Notification;
import org.steward.notification.Notifications;
import org.steward.shared.NotFound;
import org.steward.shared.NotWaitingForInstance;
import org.steward.shared.StewardClock;
import org.steward.supervision.SupervisionItem;
import org.steward.supervision.SupervisionManagement;

/**
 * {@code department-handling} with the real delegates on PostgreSQL, tasks completed by the demo users under Camunda
 * authorization, timers fired by executing their jobs at a moved engine clock. Handed over on Monday 2026-03-02 10:00
 * with 3 working days: due Thursday 03-05.
 */
@SpringBootTest(properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class HandlingIT {

  @Autowired
  HandlingManagement handling;
  @Autowired
  Handovers handovers;
  @Autowired
  UnitReports reports;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  HistoryService history;
  @Autowired
  IdentityService identity;
  @Autowired
  SupervisionManagement supervision;
  @Autowired
  Notifications notifications;
  @Autowired
  UnitInstances units;
  @Autowired
  JdbcClient jdbc;

  @BeforeEach
  void mondayMorning() {
    at(2026, 3, 2, 10);
  }

  @AfterEach
  void reset() {
    identity.clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void approvedExtension_movesTheDue_recreatesTheTimers_andFeedbackInTheNewTimeIsDone() {
    String caseNumber = "QY20260302-8001";
    long unitId = handovers.handOver(caseNumber, "housing", List.of(), 3, "zhangwei").get(0);
    String instance = start(caseNumber, unitId);
    assertThat(job(instance, DEADLINE_MISSED).getDuedate()).isEqualTo(at(2026, 3, 6, 0, false));

    claim(instance, "housing01", "dept-housing");
    complete(instance, HANDLE_MATTER, "housing01", "dept-housing",
        Map.of(ACTION, "EXTENSION", REQUESTED_DUE_DATE, "2026-03-12", REASON, "需等待规划许可"));
    assertThat(handling.unit(unitId).state()).isEqualTo(UnitState.EXTENSION_REQUESTED);
    complete(instance, APPROVE_EXTENSION, "chenjianguo", "supervisors", Map.of(EXTENSION_DECISION, APPROVED));

    HandlingUnit unit = handling.unit(unitId);
    assertThat(unit.dueDate()).isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(unit.extensions()).singleElement()
        .satisfies(e -> assertThat(e.previousDueDate()).isEqualTo(LocalDate.of(2026, 3, 5)));
    assertThat(runtime.getVariable(instance, DUE_DATE)).isEqualTo("2026-03-12");
    assertThat(job(instance, DEADLINE_NEAR).getDuedate()).isEqualTo(at(2026, 3, 12, 0, false));
    assertThat(job(instance, DEADLINE_MISSED).getDuedate()).isEqualTo(at(2026, 3, 13, 0, false));
    assertThat(task(instance, HANDLE_MATTER).getDueDate()).isEqualTo(at(2026, 3, 13, 0, false));

    at(2026, 3, 10, 15);
    complete(instance, HANDLE_MATTER, "housing01", "dept-housing", Map.of(ACTION, "FEEDBACK", FEEDBACK, "已核实规划条件"));

    assertThat(handling.unit(unitId)).extracting(HandlingUnit::state, HandlingUnit::rating)
        .containsExactly(UnitState.FEEDBACK_GIVEN, Rating.DONE);
    assertThat(endActivity(instance)).isEqualTo(FEEDBACK_GIVEN);
  }

  @Test
  void unsignedReminder_incompleteReturnRefused_thenReturnWithReasonTellsTheOfficer() {
    String caseNumber = "QY20260302-8002";
    long unitId = handovers.handOver(caseNumber, "power", List.of(), 3, "zhangwei").get(0);
    String instance = start(caseNumber, unitId);
    at(2026, 3, 3, 10);
    management.executeJob(job(instance, SIGN_FOR_OVERDUE).getId());
    assertThat(notifications.ofCase(caseNumber)).extracting(Notification::kind).contains("SIGN_FOR_REMINDER");

    claim(instance, "power01", "dept-power");
    assertThatThrownBy(() -> complete(instance, HANDLE_MATTER, "power01", "dept-power", Map.of(ACTION, "RETURN")))
        .hasMessageContaining("任务未完成：理由：不能为空");
    assertThat(handling.unit(unitId).state()).isEqualTo(UnitState.SIGNED);

    complete(instance, HANDLE_MATTER, "power01", "dept-power", Map.of(ACTION, "RETURN", REASON, "不属于供电局职责"));

    assertThat(handling.unit(unitId)).extracting(HandlingUnit::state, HandlingUnit::returnReason)
        .containsExactly(UnitState.RETURNED, "不属于供电局职责");
    assertThat(handling.anyReturned(caseNumber, 1)).isTrue();
    assertThat(notifications.ofCase(caseNumber)).filteredOn(n -> n.kind().equals("MATTER_RETURNED"))
        .extracting(Notification::recipient).containsExactly("zhangwei");
    assertThat(endActivity(instance)).isEqualTo(MATTER_RETURNED);
  }

  @Test
  void overdueUnit_turnsYellowThenRed_getsASupervisionTask_andLateFeedbackIsSlow() {
    String caseNumber = "QY20260302-8003";
    long unitId = handovers.handOver(caseNumber, "water", List.of(), 3, "zhangwei").get(0);
    String instance = start(caseNumber, unitId);
    claim(instance, "water01", "dept-water");

    at(2026, 3, 5, 0);
    management.executeJob(job(instance, DEADLINE_NEAR).getId());
    assertThat(runtime.getVariable(instance, LIGHT)).isEqualTo("YELLOW");
    assertThat(handling.unit(unitId).light()).isEqualTo(Light.YELLOW);
    at(2026, 3, 6, 0);
    management.executeJob(job(instance, DEADLINE_MISSED).getId());

    assertThat(runtime.getVariable(instance, LIGHT)).isEqualTo("RED");
    SupervisionItem item = supervision.ofCase(caseNumber).get(0);
    assertThat(item.isOpen()).isTrue();
    assertThat(item.unitId()).isEqualTo(unitId);
    assertThat(notifications.ofCase(caseNumber)).filteredOn(n -> n.kind().equals("UNIT_RED"))
        .extracting(Notification::recipient).containsExactlyInAnyOrder("dept-water", "supervisors");
    assertThat(task(instance, SUPERVISE_UNIT).getName()).isEqualTo("督办逾期事项｜" + caseNumber + "｜广州某某精密制造有限公司");

    complete(instance, SUPERVISE_UNIT, "chenjianguo", "supervisors", Map.of(SUPERVISION_NOTE, "已电话督促，承诺周一办结"));
    assertThat(supervision.item(item.id())).extracting(SupervisionItem::closedBy, SupervisionItem::note)
        .containsExactly("chenjianguo", "已电话督促，承诺周一办结");

    at(2026, 3, 9, 11);
    complete(instance, HANDLE_MATTER, "water01", "dept-water", Map.of(ACTION, "FEEDBACK", FEEDBACK, "已办结"));

    assertThat(handling.unit(unitId)).extracting(HandlingUnit::rating, HandlingUnit::light)
        .containsExactly(Rating.SLOW, Light.RED);
    assertThat(endActivity(instance)).isEqualTo(FEEDBACK_GIVEN);
  }

  @Test
  void unitIsClaimedOnceByItsInstance_andAFinishedUnitByNone() {
    String caseNumber = "QY20260302-8004";
    List<Long> handedOver = handovers.handOver(caseNumber, "water", List.of("power"), 5, "zhangwei");
    long open = handedOver.get(0);
    long finished = handedOver.get(1);
    reports.giveFeedback(finished, "已办结", "power01");

    assertThat(units.claim(open, "instance-1")).isEqualTo(open);

    assertThatThrownBy(() -> units.claim(open, "instance-2")).isInstanceOf(NotWaitingForInstance.class);
    assertThatThrownBy(() -> units.claim(finished, "instance-3")).isInstanceOf(NotWaitingForInstance.class);
    assertThatThrownBy(() -> units.claim(-1L, "instance-4")).isInstanceOf(NotWaitingForInstance.class);
    assertThat(units.of("instance-1")).isEqualTo(open);
    assertThat(units.linked("instance-2")).isEmpty();
    assertThat(units.instanceOf(open)).contains("instance-1");
    assertThat(units.instanceOf(finished)).isEmpty();
    assertThatThrownBy(() -> units.of("instance-3")).isInstanceOf(NotFound.class);
  }

  @Test
  void unitIdOverwrittenInTheInstance_reachesOnlyTheInstancesOwnUnit() {
    String caseNumber = "QY20260302-8005";
    List<Long> handedOver = handovers.handOver(caseNumber, "water", List.of("power"), 5, "zhangwei");
    String water = start(caseNumber, handedOver.get(0));
    start(caseNumber, handedOver.get(1));
    claim(water, "water01", "dept-water");
    // no task holder can write it (the completion guard refuses it, task holders lack UPDATE on instances); should
    // anything else ever overwrite it, the steps still act on the unit their instance claimed
    runtime.setVariable(water, UNIT_ID, handedOver.get(1));

    complete(water, HANDLE_MATTER, "water01", "dept-water", Map.of(ACTION, "FEEDBACK", FEEDBACK, "已办结"));

    assertThat(handling.unit(handedOver.get(0)).state()).isEqualTo(UnitState.FEEDBACK_GIVEN);
    assertThat(handling.unit(handedOver.get(1))).extracting(HandlingUnit::state, HandlingUnit::feedback)
        .containsExactly(UnitState.ASSIGNED, null);
  }

  @Test
  void unitOfAnInstanceStartedBeforeTheLinks_isLinkedAtStartUp_andItsStepsGoOn() {
    String caseNumber = "QY20260302-8006";
    long unitId = handovers.handOver(caseNumber, "water", List.of(), 5, "zhangwei").get(0);
    String instance = start(caseNumber, unitId);
    // as a unit handed over before Flyway V16, whose instance never claimed it
    jdbc.sql("update handling_unit set process_instance_id = null where id = ?").param(unitId).update();

    assertThat(units.linkEarlierInstances()).isOne();
    assertThat(units.linkEarlierInstances()).isZero();

    assertThat(units.linked(instance)).contains(unitId);
    claim(instance, "water01", "dept-water");
    assertThat(handling.unit(unitId).state()).isEqualTo(UnitState.SIGNED);
  }

  private String start(String caseNumber, long unitId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CASE_NUMBER, caseNumber);
    variables.put(UNIT_ID, unitId);
    variables.put(ENTERPRISE_NAME, "广州某某精密制造有限公司");
    variables.put(TITLE, "新厂房报建");
    variables.put(CATEGORY, "permits");
    variables.put(OFFICER, "zhangwei");
    return runtime.startProcessInstanceByKey(ID, caseNumber, variables).getId();
  }

  /** Completes the task as a user of the group, so that Camunda's authorization decides whether they may. */
  private void complete(String instance, String taskKey, String userId, String groupId, Map<String, Object> variables) {
    identity.setAuthentication(userId, List.of(groupId));
    try {
      Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
      assertThat(task).as("%s sees %s", userId, taskKey).isNotNull();
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The department's user claims its matter, which signs for it (签收). */
  private void claim(String instance, String userId, String groupId) {
    identity.setAuthentication(userId, List.of(groupId));
    try {
      tasks.claim(task(instance, HANDLE_MATTER).getId(), userId);
    } finally {
      identity.clearAuthentication();
    }
  }

  private Task task(String instance, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
  }

  private Job job(String instance, String activityId) {
    return management.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
  }

  private String endActivity(String instance) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().singleResult()
        .getEndActivityId();
  }

  private static Date at(int year, int month, int day, int hour, boolean setClock) {
    Date date = Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, StewardClock.ZONE).toInstant());
    if (setClock) {
      ClockUtil.setCurrentTime(date);
    }
    return date;
  }

  private static void at(int year, int month, int day, int hour) {
    at(year, month, day, hour, true);
  }
}
