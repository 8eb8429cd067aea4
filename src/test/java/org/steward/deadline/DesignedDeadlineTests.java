package org.steward.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.steward.notification.Notification;
import org.steward.notification.Notifications;
import org.steward.shared.StewardClock;
import org.steward.timeline.Timeline;
import org.steward.timeline.TimelineEntry;

/**
 * The worked example of {@code docs/designing.md}, built as a designer builds it in Modeler from the element templates
 * (no Java): 现场踏勘, three working days, yellow from the second; the yellow timer lights the task and reminds the
 * officer, the red one lights it red, tells the supervisors and writes the timeline; a late yellow changes nothing and,
 * through the gateway on {@code lightChanged}, reminds nobody.
 */
@SpringBootTest
@ActiveProfiles("test")
class DesignedDeadlineTests {

  private static final String PROCESS = "designed-site-visit";
  private static final String CASE = "QY20261207-0001";

  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  Notifications notifications;
  @Autowired
  Timeline timeline;

  @BeforeEach
  void mondayMorning() {
    ClockUtil.setCurrentTime(Date.from(LocalDate.of(2026, 12, 7).atTime(9, 0).atZone(StewardClock.ZONE).toInstant()));
    if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      repository.createDeployment().addModelInstance(PROCESS + ".bpmn", example()).deploy();
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void yellowRemindsTheOfficer_redTellsTheSupervisorsAndTheTimeline() {
    String instance = runtime.startProcessInstanceByKey(PROCESS, CASE,
        Map.of("officer", "zhangwei", "caseNumber", CASE)).getId();
    Task visit = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    Job near = timer(instance, "BoundaryEvent_VisitSiteNear");
    Job overdue = timer(instance, "BoundaryEvent_VisitSiteOverdue");
    assertThat(near.getDuedate()).isEqualTo(visit.getFollowUpDate());
    assertThat(overdue.getDuedate()).isEqualTo(visit.getDueDate());

    fire(near);
    assertThat(tasks.getVariableLocal(visit.getId(), Lights.VARIABLE)).isEqualTo("YELLOW");
    assertThat(notifications.ofCase(CASE)).extracting(Notification::kind, Notification::recipient)
        .contains(org.assertj.core.groups.Tuple.tuple("SITE_VISIT_DUE", "zhangwei"));

    fire(overdue);
    assertThat(tasks.getVariableLocal(visit.getId(), Lights.VARIABLE)).isEqualTo("RED");
    assertThat(notifications.ofCase(CASE)).extracting(Notification::kind, Notification::recipient)
        .contains(org.assertj.core.groups.Tuple.tuple("SITE_VISIT_OVERDUE", "supervisors"));
    assertThat(timeline.of(CASE)).extracting(TimelineEntry::action).containsOnlyOnce("SITE_VISIT_OVERDUE");
    assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId()).isEqualTo(visit.getId());
  }

  @Test
  void aYellowTimerRunningAfterRed_changesAndAnnouncesNothing() {
    String instance = runtime.startProcessInstanceByKey(PROCESS, CASE + "-3",
        Map.of("officer", "zhangwei", "caseNumber", CASE + "-3")).getId();
    Task visit = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    Job near = timer(instance, "BoundaryEvent_VisitSiteNear");

    fire(timer(instance, "BoundaryEvent_VisitSiteOverdue"));
    management.executeJob(near.getId());

    assertThat(tasks.getVariableLocal(visit.getId(), Lights.VARIABLE)).isEqualTo("RED");
    assertThat(notifications.ofCase(CASE + "-3")).extracting(Notification::kind).doesNotContain("SITE_VISIT_DUE");
  }

  @Test
  void aTaskDoneBeforeItsWarning_hasNoTimersLeft() {
    String instance = runtime.startProcessInstanceByKey(PROCESS, CASE + "-2",
        Map.of("officer", "zhangwei", "caseNumber", CASE + "-2")).getId();

    tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());

    assertThat(management.createJobQuery().processInstanceId(instance).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
  }

  /** The model a designer makes with the templates 指定首席服务官（限时）, 亮黄灯, 亮红灯, 发送通知 and 记入时间线. */
  private static BpmnModelInstance example() {
    return Bpmn.createExecutableProcess(PROCESS).name("现场踏勘示例").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_VisitRequested").name("需现场踏勘")
        .userTask("UserTask_VisitSite").name("现场踏勘").camundaAssignee("${officer}").camundaDueDate("P3WD")
        .camundaFollowUpDate("P2WD")
        .endEvent("EndEvent_SiteVisited").name("已踏勘")
        .moveToActivity("UserTask_VisitSite")
        .boundaryEvent("BoundaryEvent_VisitSiteNear").name("踏勘时限将至").cancelActivity(false).timerWithDuration("P2WD")
        .serviceTask("ServiceTask_MarkVisitNear").name("黄灯提醒").camundaDelegateExpression("${deadlineNearDelegate}")
        .camundaInputParameter("subject", "task")
        .exclusiveGateway("Gateway_NearChanged").name("灯色有变化?")
        .condition("有变化", "${lightChanged}")
        .serviceTask("ServiceTask_RemindVisit").name("提醒踏勘").camundaDelegateExpression("${notifyDelegate}")
        .camundaInputParameter("user", "${officer}").camundaInputParameter("group", "")
        .camundaInputParameter("kind", "SITE_VISIT_DUE")
        .camundaInputParameter("text", "诉求 ${caseNumber} 的现场踏勘明日到期")
        .endEvent("EndEvent_NearSignalled").name("已黄灯提醒")
        .moveToNode("Gateway_NearChanged").condition("无变化", "${!lightChanged}")
        .endEvent("EndEvent_NearUnchanged").name("无需提醒")
        .moveToActivity("UserTask_VisitSite")
        .boundaryEvent("BoundaryEvent_VisitSiteOverdue").name("踏勘已超时").cancelActivity(false)
        .timerWithDuration("P3WD")
        .serviceTask("ServiceTask_MarkVisitOverdue").name("红灯督办")
        .camundaDelegateExpression("${deadlineOverdueDelegate}")
        .camundaInputParameter("subject", "task")
        .serviceTask("ServiceTask_TellSupervisors").name("通知督办负责人").camundaDelegateExpression("${notifyDelegate}")
        .camundaInputParameter("user", "").camundaInputParameter("group", "supervisors")
        .camundaInputParameter("kind", "SITE_VISIT_OVERDUE")
        .camundaInputParameter("text", "诉求 ${caseNumber} 的现场踏勘已超过三个工作日")
        .serviceTask("ServiceTask_RecordOverdue").name("记入时间线").camundaDelegateExpression("${recordTimelineDelegate}")
        .camundaInputParameter("action", "SITE_VISIT_OVERDUE").camundaInputParameter("description", "现场踏勘超过三个工作日")
        .endEvent("EndEvent_OverdueSignalled").name("已红灯督办")
        .done();
  }

  private Job timer(String instance, String activityId) {
    return management.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
  }

  /** Moves the clock to the timer's due date and runs it, as the job executor would. */
  private void fire(Job timer) {
    ClockUtil.setCurrentTime(timer.getDuedate());
    management.executeJob(timer.getId());
  }
}
