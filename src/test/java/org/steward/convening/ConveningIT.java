package org.steward.convening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.ApiCalls;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.convening.process.ConveningProcess;
import org.steward.directory.DirectoryManagement;
import org.steward.notification.Notification;
import org.steward.notification.Notifications;
import org.steward.request.RequestFixtures;
import org.steward.request.process.EnterpriseRequestProcess;
import org.steward.shared.StewardClock;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Convenings end to end on PostgreSQL, nothing mocked: the enterprise submits a real request through
 * {@code /api/requests}; its officer convenes through {@code /api/cases/{caseNumber}/convenings}; the convened officers
 * and the convener find and complete their tasks through {@code /engine-rest} as themselves. Each test starts on its
 * own day, so its case numbers do not mix with other tests'.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class ConveningIT {

  private static final String PASSWORD = "demo";
  private static final String QUESTION = "新厂房用地能否先行办理临时用地？";

  @Autowired
  TestRestTemplate http;
  ApiCalls api;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  WorkingDayCalendar calendar;
  @Autowired
  Convenings convenings;
  @Autowired
  Notifications notifications;
  @Autowired
  JdbcClient jdbc;

  long ent01;

  @BeforeEach
  void setUp() {
    api = new ApiCalls(http, PASSWORD);
    ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void officerConvenes_officersGiveOpinions_convenerAddsOne_andConcludes_onTheCasesTimeline() {
    at(2026, 7, 6, 10);
    String caseNumber = submit("扩建厂房临时用地");

    JsonNode convened = api.call("zhangwei", HttpMethod.POST, path(caseNumber),
        "{\"question\": \"" + QUESTION + "\", \"officers\": [\"liuyang\", \"wangjing\"], \"timeLimit\": 3}",
        HttpStatus.CREATED);
    long id = convened.path("id").asLong();
    assertThat(convened.path("dueDate").asText())
        .isEqualTo(calendar.addWorkingDays(LocalDate.of(2026, 7, 6), 3).toString());
    assertThat(convened.path("convener").asText()).isEqualTo("zhangwei");
    assertThat(officers(convened)).containsExactly("liuyang", "wangjing");
    assertThat(tasks("lina", caseNumber, ConveningProcess.GIVE_OPINION)).isEmpty();

    complete("liuyang", caseNumber, ConveningProcess.GIVE_OPINION, "opinion", "建议先办理临时用地");
    ResponseEntity<String> early = tryComplete("zhangwei", caseNumber, ConveningProcess.CONCLUDE_CONVENING,
        "conclusion", "先行结论");
    assertThat(ApiCalls.problem(early, HttpStatus.BAD_REQUEST, "尚有 1 份意见在时限内未提出").path("errors"))
        .isNotEmpty();

    api.call("liuyang", HttpMethod.POST, path(caseNumber) + "/" + id + "/officers", "{\"officer\": \"lina\"}",
        HttpStatus.FORBIDDEN);
    JsonNode added = api.call("zhangwei", HttpMethod.POST, path(caseNumber) + "/" + id + "/officers",
        "{\"officer\": \"lina\"}", HttpStatus.OK);
    assertThat(officers(added)).containsExactly("liuyang", "wangjing", "lina");
    complete("wangjing", caseNumber, ConveningProcess.GIVE_OPINION, "opinion", "同意，建议联合踏勘");
    complete("lina", caseNumber, ConveningProcess.GIVE_OPINION, "opinion", "人社方面无障碍");
    assertThat(variable("zhangwei", task("zhangwei", caseNumber, ConveningProcess.CONCLUDE_CONVENING),
        "opinionSummary").path("value").asText()).contains("刘洋：建议先办理临时用地", "王静：同意，建议联合踏勘", "李娜：人社方面无障碍");
    complete("zhangwei", caseNumber, ConveningProcess.CONCLUDE_CONVENING, "conclusion", "先办临时用地，再联合踏勘");

    JsonNode list = api.call("zhangwei", HttpMethod.GET, path(caseNumber), null, HttpStatus.OK);
    assertThat(list).hasSize(1);
    JsonNode concluded = list.get(0);
    assertThat(concluded.path("state").asText()).isEqualTo("CONCLUDED");
    assertThat(concluded.path("conclusion").asText()).isEqualTo("先办临时用地，再联合踏勘");
    assertThat(concluded.path("concludedBy").asText()).isEqualTo("zhangwei");
    assertThat(concluded.path("opinions")).allSatisfy(o -> assertThat(o.path("state").asText()).isEqualTo("GIVEN"));
    assertThat(concluded.path("lateOfficers")).isEmpty();
    assertThat(convenings.ofCase(caseNumber)).singleElement().extracting(Convening::state)
        .isEqualTo(ConveningState.CONCLUDED);
    JsonNode view = api.call("zhangwei", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK);
    List<String> actions = new ArrayList<>();
    view.path("timeline").forEach(step -> actions.add(step.path("action").asText()));
    assertThat(actions).containsSubsequence("SUBMITTED", "CONVENED", "OPINION_GIVEN", "OFFICER_ADDED",
        "OPINION_GIVEN", "OPINION_GIVEN", "CONVENING_CONCLUDED");
    assertThat(notifications.ofCase(caseNumber)).filteredOn(n -> n.kind().equals("CONVENED"))
        .extracting(Notification::recipient).containsExactly("liuyang", "wangjing", "lina");
    assertThat(openTasks("admin", caseNumber, ConveningProcess.ID)).isZero();
  }

  @Test
  void officerConvenesFromTheDecision_theRequestWaits_andDecidesAgainWithTheConclusion() {
    at(2026, 7, 9, 10);
    String caseNumber = submit("新厂房消防验收");
    complete("zhangwei", caseNumber, EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");

    ResponseEntity<String> refused = tryComplete("zhangwei", caseNumber, EnterpriseRequestProcess.DECIDE_HANDLING,
        "decision", "CONVENE", "conveningQuestion", "消防验收能否与竣工验收并联？", "conveningOfficers", "liuyang",
        "conveningTimeLimit", "3");
    assertThat(ApiCalls.problem(refused, HttpStatus.BAD_REQUEST, "被召集的首席服务官").path("errors")).isNotEmpty();
    assertThat(convenings.ofCase(caseNumber)).isEmpty();
    complete("zhangwei", caseNumber, EnterpriseRequestProcess.DECIDE_HANDLING, "decision", "CONVENE",
        "conveningQuestion", "消防验收能否与竣工验收并联？", "conveningOfficers", "liuyang、wangjing",
        "conveningTimeLimit", "3");

    assertThat(api.call("ent01", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK).path("state")
        .asText()).isEqualTo("CONVENING");
    complete("liuyang", caseNumber, ConveningProcess.GIVE_OPINION, "opinion", "可以并联，住建局已有先例");
    complete("wangjing", caseNumber, ConveningProcess.GIVE_OPINION, "opinion", "同意");
    complete("zhangwei", caseNumber, ConveningProcess.CONCLUDE_CONVENING, "conclusion", "并联办理，由住建局牵头");

    assertThat(api.call("ent01", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK).path("state")
        .asText()).isEqualTo("ACKNOWLEDGED");
    JsonNode decide = task("zhangwei", caseNumber, EnterpriseRequestProcess.DECIDE_HANDLING);
    assertThat(variable("zhangwei", decide, "conveningConclusion").path("value").asText())
        .isEqualTo("并联办理，由住建局牵头");
  }

  @Test
  void tooFewTooManyOrUnknownOfficers_unknownOrClosedCase_andEnterprises_areRefused_andNothingIsStored() {
    at(2026, 7, 13, 10);
    String open = submit("厂区道路命名");
    String closed = closedCase("员工子女入学咨询");
    long before = stored();
    String many = IntStream.range(0, 21).mapToObj(i -> "\"officer" + i + "\"").collect(Collectors.joining(", "));

    JsonNode tooFew = api.call("zhangwei", HttpMethod.POST, path(open),
        "{\"question\": \"q\", \"officers\": [\"liuyang\"], \"timeLimit\": 3}", HttpStatus.BAD_REQUEST);
    JsonNode tooMany = api.call("zhangwei", HttpMethod.POST, path(open),
        "{\"question\": \"q\", \"officers\": [" + many + "], \"timeLimit\": 3}", HttpStatus.BAD_REQUEST);
    JsonNode unknown = api.call("zhangwei", HttpMethod.POST, path(open),
        "{\"question\": \"q\", \"officers\": [\"liuyang\", \"nobody\"], \"timeLimit\": 31}", HttpStatus.BAD_REQUEST);
    JsonNode closedCase = api.call("zhangwei", HttpMethod.POST, path(closed),
        "{\"question\": \"q\", \"officers\": [\"liuyang\", \"wangjing\"], \"timeLimit\": 3}", HttpStatus.CONFLICT);
    JsonNode noCase = api.call("zhangwei", HttpMethod.POST, path("QY19990101-0001"),
        "{\"question\": \"q\", \"officers\": [\"liuyang\", \"wangjing\"], \"timeLimit\": 3}", HttpStatus.NOT_FOUND);
    api.call("ent01", HttpMethod.POST, path(open),
        "{\"question\": \"q\", \"officers\": [\"liuyang\", \"wangjing\"], \"timeLimit\": 3}", HttpStatus.FORBIDDEN);
    api.call("lina", HttpMethod.POST, path(open),
        "{\"question\": \"q\", \"officers\": [\"liuyang\", \"wangjing\"], \"timeLimit\": 3}", HttpStatus.FORBIDDEN);

    assertThat(error(tooFew, "officers").path("messageZh").asText()).isEqualTo("须召集 2 至 20 名不重复的首席服务官（当前 1 名）");
    assertThat(error(tooFew, "officers").path("message").asText())
        .isEqualTo("must name between 2 and 20 distinct officers (found 1)");
    assertThat(error(tooMany, "officers").path("messageZh").asText()).contains("当前 21 名");
    assertThat(error(unknown, "officers[1]").path("messageZh").asText()).isEqualTo("首席服务官“nobody”不存在");
    assertThat(error(unknown, "timeLimit").path("messageZh").asText()).isEqualTo("须在 1 至 30 个工作日之间");
    assertThat(closedCase.path("titleZh").asText()).isEqualTo("案件已办结");
    assertThat(closedCase.path("detail").asText()).contains(closed);
    assertThat(noCase.path("detailZh").asText()).contains("案件");
    assertThat(stored()).isEqualTo(before);
    assertThat(openTasks("admin", open, ConveningProcess.ID)).isZero();
    assertThat(openTasks("admin", closed, ConveningProcess.ID)).isZero();
  }

  // --- cases --------------------------------------------------------------------------------------------------------

  private String submit(String title) {
    JsonNode submitted = api.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, title),
        HttpStatus.CREATED);
    assertThat(submitted.path("officer").asText()).isEqualTo("zhangwei");
    return submitted.path("caseNumber").asText();
  }

  /** A request resolved on the spot and rated satisfied by the enterprise: closed out (销号). */
  private String closedCase(String title) {
    String caseNumber = submit(title);
    complete("zhangwei", caseNumber, EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    complete("zhangwei", caseNumber, EnterpriseRequestProcess.DECIDE_HANDLING, "decision", "RESOLVE_DIRECTLY",
        "answer", "可就近入学，已联系教育局。");
    JsonNode rated = api.call("ent01", HttpMethod.POST, "/api/requests/" + caseNumber + "/satisfaction",
        "{\"satisfaction\": \"SATISFIED\", \"comment\": \"感谢\"}", HttpStatus.OK);
    assertThat(rated.path("state").asText()).isEqualTo("CLOSED");
    return caseNumber;
  }

  private long stored() {
    return jdbc.sql("select count(*) from convening").query(Long.class).single()
        + jdbc.sql("select count(*) from convening_opinion").query(Long.class).single();
  }

  private static String path(String caseNumber) {
    return "/api/cases/" + caseNumber + "/convenings";
  }

  private static List<String> officers(JsonNode convening) {
    List<String> officers = new ArrayList<>();
    convening.path("opinions").forEach(o -> officers.add(o.path("officer").asText()));
    return officers;
  }

  private static JsonNode error(JsonNode problem, String field) {
    for (JsonNode error : problem.path("errors")) {
      if (error.path("field").asText().equals(field)) {
        return error;
      }
    }
    throw new AssertionError("no error on " + field + ": " + problem);
  }

  // --- staff in Tasklist's way: engine-rest as themselves ----------------------------------------------------------

  private void complete(String user, String caseNumber, String taskKey, Object... namesAndValues) {
    ResponseEntity<String> response = tryComplete(user, caseNumber, taskKey, namesAndValues);
    assertThat(response.getStatusCode()).as("%s completes %s: %s", user, taskKey, response.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<String> tryComplete(String user, String caseNumber, String taskKey, Object... namesAndValues) {
    JsonNode task = task(user, caseNumber, taskKey);
    String body = ApiCalls.completion(namesAndValues);
    return api.send(user, HttpMethod.POST, "/engine-rest/task/" + task.path("id").asText() + "/complete",
        body);
  }

  private JsonNode task(String user, String caseNumber, String taskKey) {
    List<JsonNode> tasks = tasks(user, caseNumber, taskKey);
    assertThat(tasks).as("%s sees one %s in %s", user, taskKey, caseNumber).hasSize(1);
    return tasks.get(0);
  }

  private List<JsonNode> tasks(String user, String caseNumber, String taskKey) {
    List<JsonNode> tasks = new ArrayList<>();
    api.call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber + "&taskDefinitionKey="
        + taskKey, null, HttpStatus.OK).forEach(tasks::add);
    return tasks;
  }

  private long openTasks(String user, String caseNumber, String processKey) {
    return api.call(user, HttpMethod.GET, "/engine-rest/task/count?processInstanceBusinessKey=" + caseNumber
        + "&processDefinitionKey=" + processKey, null, HttpStatus.OK).path("count").asLong();
  }

  private JsonNode variable(String user, JsonNode task, String name) {
    return api.call(user, HttpMethod.GET, "/engine-rest/task/" + task.path("id").asText() + "/variables/" + name, null,
        HttpStatus.OK);
  }

  // --- HTTP and clock ----------------------------------------------------------------------------------------------

  private static void at(int year, int month, int day, int hour) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(LocalDate.of(year, month, day).atTime(hour, 0),
        StewardClock.ZONE).toInstant()));
  }
}
