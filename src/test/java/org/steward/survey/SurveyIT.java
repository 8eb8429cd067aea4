package org.steward.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.ApiCalls;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprise;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.request.RequestManagement;
import org.steward.shared.InvalidInput;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.survey.process.SurveyCampaignProcess;

/**
 * A survey campaign end to end on PostgreSQL, nothing mocked: the policy editor creates it over {@code /api/surveys};
 * it opens for three enterprises of 黄埔区 (ent01 and ent02 of zhangwei, ent07 of zhouxin); ent01 answers (a bad answer
 * first, then a change); the reminder goes out and the officers with non-responders chase them in Tasklist's way; staff
 * read the results, zhangwei raises a request from ent01's answer; at the close the open chase ends and answers are
 * refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class SurveyIT {

  private static final String EDITOR = "zhengce01";

  @Autowired
  TestRestTemplate http;
  ApiCalls api;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  SurveyAnswers answers;
  @Autowired
  Notifications notifications;
  @Autowired
  RequestManagement requests;
  @Autowired
  JdbcClient jdbc;

  long ent01;
  long ent02;
  long ent05;

  @BeforeEach
  void setUp() {
    api = new ApiCalls(http, "demo");
    ent01 = enterprise("ent01").id();
    ent02 = enterprise("ent02").id();
    ent05 = enterprise("ent05").id();
    at(LocalDate.of(2026, 3, 2), 10);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void openAnswerRemindChaseResultsRaise_andClose() throws Exception {
    // the demo enterprises of 黄埔区, named: other tests of this context register enterprises there too
    String rule = "{\"enterpriseIds\":[" + ent01 + "," + ent02 + "," + enterprise("ent07").id() + "]}";
    JsonNode created = api.call(EDITOR, HttpMethod.POST, "/api/surveys", campaign("business-conditions", rule,
        "2026-03-02", "2026-03-13"), HttpStatus.CREATED);
    long id = created.path("id").asLong();
    assertThat(created.path("state").asText()).isEqualTo("SCHEDULED");
    api.executeJobs("SURVEY-" + id, SurveyCampaignProcess.UNTIL_OPEN);
    JsonNode open = api.call(EDITOR, HttpMethod.GET, "/api/surveys/" + id, null, HttpStatus.OK);
    assertThat(open.path("state").asText()).isEqualTo("OPEN");
    assertThat(open.path("targeted").asInt()).isEqualTo(3);
    assertThat(notifications.forUser("ent01", Set.of(StewardGroups.ENTERPRISES), false, 1000))
        .anyMatch(n -> n.text().contains("新问卷：一季度经营现状调查"));

    // a bad answer is refused question by question and stores nothing; a good one is stored, then changed
    Map<String, List<String>> bad = answer("-5");
    bad.put("revenueChange", List.of("SOARING"));
    assertThatThrownBy(() -> answers.answer(id, ent01, "ent01", bad)).isInstanceOfSatisfying(InvalidInput.class,
        e -> assertThat(e.violations()).extracting(InvalidInput.FieldViolation::field)
            .containsExactlyInAnyOrder("revenueChange", "employeeCount"));
    assertThat(answered(id)).isZero();
    answers.answer(id, ent01, "ent01", answer("120"));
    answers.answer(id, ent01, "ent01", answer("130"));
    assertThat(answered(id)).isEqualTo(1);
    SurveyPage page = answers.page(id, ent01);
    assertThat(page.answers()).containsEntry("coordinationNeeded", "NEEDED");
    assertThat(page.answers().get("employeeCount").toString()).isEqualTo("130");
    assertThat(page.open()).isTrue();
    // another enterprise sees only its own (empty) answer; one not asked sees no survey at all
    assertThat(answers.page(id, ent02).answers()).isEmpty();
    assertThatThrownBy(() -> answers.page(id, ent05)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> answers.answer(id, ent05, "ent05", answer("1"))).isInstanceOf(NotFound.class);

    // the reminder: ent02 and ent07 have not answered; their officers chase them
    at(LocalDate.of(2026, 3, 11), 9);
    api.executeJobs("SURVEY-" + id, SurveyCampaignProcess.UNTIL_REMINDER);
    assertThat(notifications.forUser("ent02", Set.of(StewardGroups.ENTERPRISES), false, 1000))
        .anyMatch(n -> n.text().contains("问卷即将截止"));
    assertThat(notifications.forUser("ent01", Set.of(StewardGroups.ENTERPRISES), false, 1000))
        .noneMatch(n -> n.text().contains("问卷即将截止"));
    List<JsonNode> zhangwei = chaseTasks("zhangwei", id);
    assertThat(zhangwei).hasSize(1);
    assertThat(chaseTasks("zhouxin", id)).hasSize(1);
    String task = zhangwei.get(0).path("id").asText();
    JsonNode listed = api.call("zhangwei", HttpMethod.GET, "/engine-rest/task/" + task + "/variables/"
        + SurveyCampaignProcess.NON_RESPONDERS, null, HttpStatus.OK);
    assertThat(listed.path("value").asText()).isEqualTo(enterprise("ent02").name());
    ResponseEntity<String> refused = api.send("zhangwei", HttpMethod.POST, "/engine-rest/task/" + task + "/complete",
        ApiCalls.completion("note", " "));
    assertThat(ApiCalls.fields(ApiCalls.problem(refused, HttpStatus.BAD_REQUEST, "催答情况"))).containsExactly("note");
    api.call("zhangwei", HttpMethod.POST, "/engine-rest/task/" + task + "/complete",
        ApiCalls.completion("note", "已电话提醒，企业承诺周五前填写"), HttpStatus.NO_CONTENT);
    assertThat(chaseTasks("zhangwei", id)).isEmpty();

    // the results, for staff who read them
    JsonNode results = api.call(EDITOR, HttpMethod.GET, "/api/surveys/" + id + "/results", null, HttpStatus.OK);
    assertThat(results.path("overall").path("targeted").asInt()).isEqualTo(3);
    assertThat(results.path("overall").path("answered").asInt()).isEqualTo(1);
    assertThat(rates(results.path("byOfficer"))).containsEntry("张伟", "2/1").containsEntry("周欣", "1/0");
    assertThat(rates(results.path("byArea"))).containsExactly(Map.entry("黄埔区", "3/1"));
    JsonNode difficulties = question(results, "mainDifficulties");
    assertThat(difficulties.path("answered").asInt()).isEqualTo(1);
    assertThat(counts(difficulties)).containsEntry("FINANCING", 1).containsEntry("POWER", 1).containsEntry("LAND", 0);
    assertThat(question(results, "employeeCount").path("options")).isEmpty();
    assertThat(results.path("answers").get(0).path("display").path("coordinationNeeded").asText())
        .isEqualTo("需要协调");
    ResponseEntity<String> chart = api.send("chenjianguo", HttpMethod.GET, "/api/surveys/" + id
        + "/results/charts/mainDifficulties.svg", null);
    assertThat(chart.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(chart.getHeaders().getContentType().toString()).startsWith("image/svg+xml");
    assertThat(chart.getBody()).contains("<svg").contains("融资");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx(EDITOR, id)))) {
      assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(3);
      assertThat(workbook.getSheet("原始答卷").getPhysicalNumberOfRows()).isEqualTo(2);
    }
    assertThat(api.send("zhangwei", HttpMethod.GET, "/api/surveys/" + id + "/results", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.send("ent01", HttpMethod.GET, "/api/surveys/" + id + "/results", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // ent01's officer reads its answer and raises a request from it; another officer may not
    JsonNode ent01Answer = api.call("zhangwei", HttpMethod.GET, "/api/surveys/" + id + "/answers/" + ent01, null,
        HttpStatus.OK);
    assertThat(ent01Answer.path("display").path("coordinationMatters").asText()).isEqualTo("用电增容审批较慢");
    assertThat(api.send("zhouxin", HttpMethod.GET, "/api/surveys/" + id + "/answers/" + ent01, null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode raised = api.call("zhangwei", HttpMethod.POST, "/api/surveys/" + id + "/answers/" + ent01
        + "/requests", """
        {"category":"power","title":"用电增容审批","description":"问卷反映：用电增容审批较慢，需要协调",
         "contactName":"王经理","contactPhone":"020-12345678"}""", HttpStatus.CREATED);
    String caseNumber = raised.path("caseNumber").asText();
    assertThat(requests.view(caseNumber).enterpriseId()).isEqualTo(ent01);
    assertThat(jdbc.sql("select count(*) from survey_request where campaign_id = :id and case_number = :case")
        .param("id", id).param("case", caseNumber).query(Long.class).single()).isEqualTo(1);
    assertThat(api.send("zhangwei", HttpMethod.POST, "/api/surveys/" + id + "/answers/" + ent02 + "/requests",
        "{}").getStatusCode()).as("ent02 has not answered").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.send("ent01", HttpMethod.POST, "/api/surveys/" + id + "/answers/" + ent01 + "/requests",
        "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // the close: zhouxin's chase ends undone; answers are refused from the close on
    at(LocalDate.of(2026, 3, 14), 0);
    assertThatThrownBy(() -> answers.answer(id, ent02, "ent02", answer("8"))).isInstanceOf(SurveyClosed.class);
    api.executeJobs("SURVEY-" + id, SurveyCampaignProcess.SURVEY_CLOSES);
    assertThat(api.call(EDITOR, HttpMethod.GET, "/api/surveys/" + id, null, HttpStatus.OK).path("state").asText())
        .isEqualTo("CLOSED");
    assertThat(chaseTasks("zhouxin", id)).isEmpty();
    assertThat(jdbc.sql("select state from survey_chase where campaign_id = :id order by state").param("id", id)
        .query(String.class).list()).containsExactly("DONE", "ENDED");
    assertThat(answers.page(id, ent01).open()).isFalse();
  }

  @Test
  void onlyPolicyEditorsAndAdministrators_create_andABadCampaignIsRefusedByName() {
    long stored = jdbc.sql("select count(*) from survey_campaign").query(Long.class).single();
    String good = campaign("business-conditions", "{\"areas\":[\"黄埔区\"]}", "2026-03-02", "2026-03-13");
    for (String user : List.of("ent01", "zhangwei", "chenjianguo")) {
      assertThat(api.send(user, HttpMethod.POST, "/api/surveys", good).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    JsonNode problem = ApiCalls.apiProblem(api.send(EDITOR, HttpMethod.POST, "/api/surveys",
        campaign("no-such-form", "{}", "2026-03-01", "2026-02-30")), HttpStatus.BAD_REQUEST, "没有该问卷表单");
    assertThat(ApiCalls.fields(problem)).containsExactlyInAnyOrder("formId", "opensOn", "closesOn", "target");
    assertThat(ApiCalls.fields(ApiCalls.apiProblem(api.send(EDITOR, HttpMethod.POST, "/api/surveys",
        campaign("off-peak-power", "{\"tags\":[\"专精特新\"]}", "2026-03-10", "2026-03-09")),
        HttpStatus.BAD_REQUEST, "不能早于开放日期"))).containsExactly("closesOn");
    assertThat(jdbc.sql("select count(*) from survey_campaign").query(Long.class).single())
        .as("nothing refused is stored").isEqualTo(stored);
    assertThat(api.call(EDITOR, HttpMethod.GET, "/api/surveys/forms", null, HttpStatus.OK))
        .extracting(f -> f.path("id").asText()).contains("business-conditions", "off-peak-power");
  }

  private static String campaign(String form, String rule, String opens, String closes) {
    return """
        {"formId":"%s","title":"一季度经营现状调查","target":%s,"opensOn":"%s","closesOn":"%s"}"""
        .formatted(form, rule, opens, closes);
  }

  /** A good answer of business-conditions with {@code employees}, as the portal posts it. */
  private static Map<String, List<String>> answer(String employees) {
    Map<String, List<String>> raw = new LinkedHashMap<>();
    raw.put("revenueChange", List.of("DOWN_WITHIN_10"));
    raw.put("mainDifficulties", List.of("FINANCING", "POWER"));
    raw.put("employeeCount", List.of(employees));
    raw.put("overallSatisfaction", List.of("4"));
    raw.put("coordinationNeeded", List.of("NEEDED"));
    raw.put("coordinationMatters", List.of("用电增容审批较慢"));
    return raw;
  }

  private long answered(long id) {
    return jdbc.sql("select count(*) from survey_answer where campaign_id = :id").param("id", id).query(Long.class)
        .single();
  }

  private List<JsonNode> chaseTasks(String officer, long id) {
    List<JsonNode> tasks = new ArrayList<>();
    api.call(officer, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=SURVEY-" + id
        + "&taskDefinitionKey=" + SurveyCampaignProcess.CHASE_NON_RESPONDERS, null, HttpStatus.OK).forEach(tasks::add);
    return tasks;
  }

  private byte[] xlsx(String user, long id) {
    ResponseEntity<byte[]> response = http.withBasicAuth(user, "demo").exchange("/api/surveys/" + id
        + "/results.xlsx", HttpMethod.GET, new HttpEntity<>(new HttpHeaders()), byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static Map<String, String> rates(JsonNode rates) {
    Map<String, String> byName = new LinkedHashMap<>();
    rates.forEach(r -> byName.put(r.path("name").asText(), r.path("targeted").asInt() + "/"
        + r.path("answered").asInt()));
    return byName;
  }

  private static JsonNode question(JsonNode results, String key) {
    for (JsonNode question : results.path("questions")) {
      if (question.path("key").asText().equals(key)) {
        return question;
      }
    }
    throw new AssertionError("no question " + key);
  }

  private static Map<String, Integer> counts(JsonNode question) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    question.path("options").forEach(o -> counts.put(o.path("value").asText(), o.path("count").asInt()));
    return counts;
  }

  private Enterprise enterprise(String login) {
    return directory.enterpriseOfUser(login).orElseThrow();
  }

  private static void at(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day.atTime(hour, 0), StewardClock.ZONE).toInstant()));
  }
}
