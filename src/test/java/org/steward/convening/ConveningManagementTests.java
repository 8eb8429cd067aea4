package org.steward.convening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.steward.deadline.Lights;
import org.steward.deadline.Light;
import org.steward.convening.process.ConveningProcess;
import org.steward.notification.Notification;
import org.steward.notification.Notifications;
import org.steward.shared.CaseLookup;
import org.steward.shared.CaseSummary;
import org.steward.shared.InvalidInput;
import org.steward.shared.InvalidInput.FieldViolation;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.timeline.Timeline;
import org.steward.timeline.TimelineEntry;

/**
 * The convening API's rules on the test application (H2, demo officers, the real engine), over a test case lookup whose
 * cases "OPEN-…" are open and followed by zhangwei and "CLOSED-…" are closed. Convened on Monday 2026-03-02 10:00 with
 * 3 working days: due Thursday 03-05.
 */
@SpringBootTest
@ActiveProfiles("test")
@RecordApplicationEvents
@Import(ConveningManagementTests.TestCases.class)
class ConveningManagementTests {

  private static final AtomicInteger CASES = new AtomicInteger();
  private static final String QUESTION = "新厂房用地能否先行办理临时用地？";

  @Autowired
  ConveningManagement convenings;
  @Autowired
  Convenings reading;
  @Autowired
  ConveningConclusion concluding;
  @Autowired
  ConveningOpinions opinions;
  @Autowired
  Lights lights;
  @Autowired
  Timeline timeline;
  @Autowired
  Notifications notifications;
  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  IdentityService identity;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ApplicationEvents events;

  private String caseNumber;

  @BeforeEach
  void mondayMorning() {
    at(2026, 3, 2, 10);
    caseNumber = "OPEN-" + CASES.incrementAndGet();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void convene_storesEveryOfficerDueInWorkingDays_tellsThem_andStartsTheProcess() {
    Convening convening = convenings.convene(caseNumber, " " + QUESTION + " ", List.of("liuyang", "wangjing"), 3,
        "zhangwei");

    assertThat(convening.caseNumber()).isEqualTo(caseNumber);
    assertThat(convening.question()).isEqualTo(QUESTION);
    assertThat(convening.convener()).isEqualTo("zhangwei");
    assertThat(convening.convenerName()).isEqualTo("张伟");
    assertThat(convening.dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(convening.state()).isEqualTo(ConveningState.OPEN);
    assertThat(convening.opinions()).extracting(Opinion::officer).containsExactly("liuyang", "wangjing");
    assertThat(convening.opinions()).extracting(Opinion::officerName).containsExactly("刘洋", "王静");
    assertThat(convening.opinions()).allSatisfy(o -> {
      assertThat(o.state()).isEqualTo(OpinionState.OPEN);
      assertThat(o.light()).isEqualTo(Light.GREEN);
      assertThat(o.late()).isFalse();
      assertThat(o.addedBy()).isNull();
    });
    assertThat(actions()).containsExactly("CONVENED");
    assertThat(notifications.ofCase(caseNumber)).filteredOn(n -> n.kind().equals("CONVENED"))
        .extracting(Notification::recipient).containsExactly("liuyang", "wangjing");
    assertThat(opinionTasks()).extracting(Task::getAssignee).containsExactlyInAnyOrder("liuyang", "wangjing");
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(ConveningProcess.CONCLUDE_CONVENING).singleResult().getAssignee()).isEqualTo("zhangwei");
    assertThat(reading.ofCase(caseNumber)).extracting(Convening::id).containsExactly(convening.id());
  }

  @Test
  void badInput_isRefusedFieldByField_andNothingIsStored() {
    long before = count();

    assertThatThrownBy(() -> convenings.convene(caseNumber, " ", List.of("liuyang"), 0, "zhangwei"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(fields(e))
            .containsExactlyInAnyOrder("question", "officers", "timeLimit"));
    List<String> many = new ArrayList<>(IntStream.range(0, 21).mapToObj(i -> "officer" + i).toList());
    assertThatThrownBy(() -> convenings.convene(caseNumber, QUESTION, many, 31, "zhangwei"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> {
          assertThat(fields(e)).contains("officers", "officers[0]", "officers[20]", "timeLimit");
          assertThat(e.violations()).filteredOn(v -> v.field().equals("officers")).singleElement()
              .extracting(FieldViolation::code).isEqualTo("convening.officers.count");
        });
    assertThatThrownBy(() -> convenings.convene(caseNumber, QUESTION,
        java.util.Arrays.asList("zhangwei", "liuyang", "liuyang", "nobody", null), 3, "zhangwei"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations())
            .extracting(v -> v.field() + " " + v.code()).containsExactlyInAnyOrder(
                "officers[0] convening.officer.convener", "officers[2] convening.officer.duplicate",
                "officers[3] convening.officer.unknown", "officers[4] NotBlank"));
    assertThatThrownBy(() -> convenings.convene(caseNumber, "长".repeat(2001), List.of("liuyang", "wangjing"), 3,
        "zhangwei"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(fields(e)).containsExactly("question"));

    assertThat(count()).isEqualTo(before);
    assertThat(timeline.of(caseNumber)).isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
  }

  @Test
  void checkConvene_appliesTheSameRules_andStoresNothing() {
    long before = count();

    convenings.checkConvene(caseNumber, QUESTION, ConveningManagement.officerIds("liuyang，wangjing、 lina"), 3,
        "zhangwei");
    assertThatThrownBy(() -> convenings.checkConvene(caseNumber, QUESTION, ConveningManagement.officerIds("liuyang"),
        3, "zhangwei")).isInstanceOfSatisfying(InvalidInput.class,
            e -> assertThat(fields(e)).containsExactly("officers"));
    assertThatThrownBy(() -> convenings.checkConvene("CLOSED-2", QUESTION, List.of("liuyang", "wangjing"), 3,
        "zhangwei")).isInstanceOf(CaseClosed.class);

    assertThat(ConveningManagement.officerIds(" liuyang, wangjing;lina  xuming ")).containsExactly("liuyang",
        "wangjing", "lina", "xuming");
    assertThat(ConveningManagement.officerIds(null)).isEmpty();
    assertThat(count()).isEqualTo(before);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
  }

  @Test
  void unknownCase_closedCase_andOtherOfficers_areRefused_supervisorsAndAdminsMayConvene() {
    List<String> officers = List.of("liuyang", "wangjing");

    assertThatThrownBy(() -> convenings.convene("QY19990101-0001", QUESTION, officers, 3, "zhangwei"))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> convenings.convene("CLOSED-1", QUESTION, officers, 3, "zhangwei"))
        .isInstanceOf(CaseClosed.class);
    assertThatThrownBy(() -> convenings.convene(caseNumber, QUESTION, officers, 3, "lina"))
        .isInstanceOf(ConveningForbidden.class);
    assertThatThrownBy(() -> convenings.convene(caseNumber, QUESTION, officers, 3, "ent01"))
        .isInstanceOf(ConveningForbidden.class);
    assertThat(reading.ofCase(caseNumber)).isEmpty();

    assertThat(convenings.convene(caseNumber, QUESTION, officers, 3, "chenjianguo").convener())
        .isEqualTo("chenjianguo");
    assertThat(convenings.convene(caseNumber, QUESTION, officers, 3, "admin").convener()).isEqualTo("admin");
  }

  @Test
  void addOfficer_byTheConvener_getsTheConveningsDueDate_orTheNextWorkingDayOnceItPassed() {
    Convening convening = convenings.convene(caseNumber, QUESTION, List.of("liuyang", "wangjing"), 3, "zhangwei");

    Convening added = convenings.addOfficer(convening.id(), "lina", "zhangwei");
    at(2026, 3, 6, 10);
    Convening late = convenings.addOfficer(convening.id(), "xuming", "admin");

    assertThat(added.opinions()).extracting(Opinion::officer).containsExactly("liuyang", "wangjing", "lina");
    assertThat(late.opinions()).extracting(Opinion::officer).containsExactly("liuyang", "wangjing", "lina", "xuming");
    assertThat(late.opinions().get(2).dueDate()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(late.opinions().get(2).addedBy()).isEqualTo("zhangwei");
    assertThat(late.opinions().get(3).dueDate()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(late.opinions().get(3).light()).isEqualTo(Light.GREEN);
    assertThat(late.lateOfficers()).containsExactly("liuyang", "wangjing", "lina");
    assertThat(opinionTasks()).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("liuyang", "wangjing", "lina", "xuming");
    assertThat(actions()).containsExactly("CONVENED", "OFFICER_ADDED", "OFFICER_ADDED");
  }

  @Test
  void addOfficer_onTheDueDate_givesTheOpinionTaskItsYellowLight_soTheDueSoonFilterShowsIt() {
    Convening convening = convenings.convene(caseNumber, QUESTION, List.of("liuyang", "wangjing"), 3, "zhangwei");
    at(2026, 3, 5, 10);

    Convening added = convenings.addOfficer(convening.id(), "lina", "zhangwei");

    Task task = opinionTasks().stream().filter(t -> "lina".equals(t.getAssignee())).findFirst().orElseThrow();
    assertThat(tasks.getVariable(task.getId(), Lights.VARIABLE)).isEqualTo(Light.YELLOW.name());
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .or().processVariableValueEquals(Lights.VARIABLE, Light.YELLOW.name())
        .taskVariableValueEquals(Lights.VARIABLE, Light.YELLOW.name()).endOr().list())
        .as("即将到期 shows lina's task only").extracting(Task::getAssignee).containsExactly("lina");
    assertThat(added.opinions().get(2).light()).isEqualTo(Light.YELLOW);
  }

  @Test
  void addOfficer_refusesOthersThanTheConvener_knownOrRepeatedOfficers_andConcludedConvenings() {
    Convening convening = convenings.convene(caseNumber, QUESTION, List.of("liuyang", "wangjing"), 3, "zhangwei");
    long id = convening.id();

    assertThatThrownBy(() -> convenings.addOfficer(id, "lina", "liuyang")).isInstanceOf(ConveningForbidden.class);
    assertThat(codeOf(() -> convenings.addOfficer(id, "wangjing", "zhangwei"))).isEqualTo("convening.officer.already");
    assertThat(codeOf(() -> convenings.addOfficer(id, "zhangwei", "zhangwei")))
        .isEqualTo("convening.officer.convener");
    assertThat(codeOf(() -> convenings.addOfficer(id, "nobody", "zhangwei"))).isEqualTo("convening.officer.unknown");
    assertThat(codeOf(() -> convenings.addOfficer(id, " ", "zhangwei"))).isEqualTo("NotBlank");
    assertThatThrownBy(() -> convenings.addOfficer(999_999L, "lina", "zhangwei")).isInstanceOf(NotFound.class);
    assertThat(reading.convening(id).opinions()).hasSize(2);

    at(2026, 3, 6, 9);
    concludeInTasklist("按期未收齐，先行结论");
    assertThatThrownBy(() -> convenings.addOfficer(id, "lina", "zhangwei")).isInstanceOf(ConveningClosed.class);
  }

  @Test
  void conclusion_isRefusedWhileOpinionsAreAwaitedInTime_allowedOnceAllAreIn() {
    Convening convening = convenings.convene(caseNumber, QUESTION, List.of("liuyang", "wangjing"), 3, "zhangwei");

    giveInTasklist("liuyang", "建议先办理临时用地");
    assertThatThrownBy(() -> concluding.checkConclusion(convening.id(), "结论"))
        .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.violations()).singleElement()
            .satisfies(v -> {
              assertThat(v.field()).isEqualTo("opinions");
              assertThat(v.code()).isEqualTo("convening.opinions.outstanding");
            }));
    giveInTasklist("wangjing", "同意");
    assertThat(notifications.ofCase(caseNumber)).filteredOn(n -> n.kind().equals("OPINIONS_COMPLETE"))
        .extracting(Notification::recipient).containsExactly("zhangwei");
    assertThat(opinions.opinionSummary(convening.id())).isEqualTo("刘洋：建议先办理临时用地\n王静：同意");

    concludeInTasklist("先办临时用地");

    Convening concluded = reading.convening(convening.id());
    assertThat(concluded.state()).isEqualTo(ConveningState.CONCLUDED);
    assertThat(concluded.conclusion()).isEqualTo("先办临时用地");
    assertThat(concluded.concludedBy()).isEqualTo("zhangwei");
    assertThat(concluded.lateOfficers()).isEmpty();
    assertThat(events.stream(ConveningConcluded.class))
        .containsExactly(new ConveningConcluded(convening.id(), caseNumber, "先办临时用地"));
    assertThat(actions()).containsExactly("CONVENED", "OPINION_GIVEN", "OPINION_GIVEN", "CONVENING_CONCLUDED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
  }

  @Test
  void deadlinePassed_flagsTheOfficerLate_tellsOfficerAndConvener_andTheConclusionRecordsTheMissingOpinion() {
    Convening convening = convenings.convene(caseNumber, QUESTION, List.of("liuyang", "wangjing"), 3, "zhangwei");
    giveInTasklist("liuyang", "建议先办理临时用地");

    at(2026, 3, 5, 0);
    fireTimers(ConveningProcess.OPINION_DUE_NEAR);
    at(2026, 3, 6, 0);
    fireTimers(ConveningProcess.OPINION_OVERDUE);

    Opinion wangjing = reading.convening(convening.id()).opinions().get(1);
    assertThat(wangjing.late()).isTrue();
    assertThat(wangjing.light()).isEqualTo(Light.RED);
    assertThat(notifications.ofCase(caseNumber)).filteredOn(n -> n.kind().equals("OPINION_OVERDUE"))
        .extracting(Notification::recipient).containsExactlyInAnyOrder("wangjing", "zhangwei");
    // a yellow timer running late, after red: nothing changes, nothing is announced (the timeline below has one)
    assertThat(lights.signal("opinion", Long.toString(wangjing.id()), Light.YELLOW)).isEmpty();
    concluding.checkConclusion(convening.id(), "按刘洋意见办理");

    concludeInTasklist("按刘洋意见办理");

    Convening concluded = reading.convening(convening.id());
    assertThat(concluded.opinions()).extracting(Opinion::state)
        .containsExactly(OpinionState.GIVEN, OpinionState.MISSED);
    assertThat(concluded.lateOfficers()).containsExactly("wangjing");
    assertThat(actions()).containsExactly("CONVENED", "OPINION_GIVEN", "OPINION_YELLOW", "OPINION_OVERDUE",
        "OPINION_MISSED", "CONVENING_CONCLUDED");
    assertThat(opinionTasks()).isEmpty();
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  private void giveInTasklist(String officer, String opinion) {
    Task task = opinionTasks().stream().filter(t -> officer.equals(t.getAssignee())).findFirst().orElseThrow();
    // as Tasklist does: the officer is logged in, and the opinion recorded is the completing officer's own
    identity.setAuthenticatedUserId(officer);
    try {
      tasks.complete(task.getId(), Map.of(ConveningProcess.OPINION, opinion));
    } finally {
      identity.clearAuthentication();
    }
  }

  private void concludeInTasklist(String conclusion) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(ConveningProcess.CONCLUDE_CONVENING).singleResult();
    tasks.complete(task.getId(), Map.of(ConveningProcess.CONCLUSION, conclusion));
  }

  private void fireTimers(String activityId) {
    runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().forEach(instance ->
        management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).list()
            .forEach(job -> management.executeJob(job.getId())));
  }

  private List<Task> opinionTasks() {
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(ConveningProcess.GIVE_OPINION).list();
  }

  private List<String> actions() {
    return timeline.of(caseNumber).stream().map(TimelineEntry::action).toList();
  }

  private long count() {
    return jdbc.sql("select count(*) from convening").query(Long.class).single()
        + jdbc.sql("select count(*) from convening_opinion").query(Long.class).single();
  }

  private static List<String> fields(InvalidInput e) {
    return e.violations().stream().map(FieldViolation::field).toList();
  }

  private static String codeOf(Runnable call) {
    try {
      call.run();
    } catch (InvalidInput e) {
      assertThat(e.violations()).singleElement().extracting(FieldViolation::field).isEqualTo("officer");
      return e.violations().get(0).code();
    }
    throw new AssertionError("not refused");
  }

  private static void at(int year, int month, int day, int hour) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, hour, 0, 0, 0, StewardClock.ZONE)
        .toInstant()));
  }

  /** Cases of these tests: OPEN-… open and followed by zhangwei, CLOSED-… closed. */
  @TestConfiguration(proxyBeanMethods = false)
  static class TestCases {

    @Bean
    CaseLookup testCases() {
      return caseNumber -> {
        if (caseNumber.startsWith("OPEN-") || caseNumber.startsWith("CLOSED-")) {
          return Optional.of(new CaseSummary(caseNumber, "TEST", "测试案件", "测试企业", "zhangwei",
              caseNumber.startsWith("OPEN-")));
        }
        return Optional.empty();
      };
    }
  }
}
