package org.steward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.steward.ApiCalls;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.directory.DirectoryManagement;
import org.steward.request.RequestFixtures;
import org.steward.shared.StewardClock;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The case scope on PostgreSQL through Steward's API and the engine's history, as the demo users: {@code ent01}'s case
 * is served by officer {@code zhangwei}; {@code liuyang} is another officer, {@code water01} and {@code power01}
 * department staff, {@code hejun} a project leader. Outsiders are told the case does not exist; history follows the
 * same scope; staff reads of the contact are in the access log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class CaseScopeIT {

  private static final String DAY = "2026-08-17";

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  HistoryService historyService;

  ApiCalls api;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void anotherOfficerADepartmentWithoutAUnitAndALeader_getNotFound_andReadNoHistory_ofTheCase() {
    String caseNumber = submit("跨部门用地协调");

    for (String outsider : List.of("liuyang", "water01", "hejun")) {
      JsonNode problem = api().call(outsider, HttpMethod.GET, "/api/requests/" + caseNumber, null,
          HttpStatus.NOT_FOUND);
      assertThat(problem.path("detailZh").asText()).as(outsider).isNotBlank();
      assertThat(history(outsider, "variable-instance", caseNumber)).as(outsider).isEmpty();
      assertThat(history(outsider, "process-instance", caseNumber)).as(outsider).isEmpty();
    }
    assertThat(api().call("zhangwei", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK)
        .path("contactPhone").asText()).isEqualTo("020-12345678");
    assertThat(history("zhangwei", "variable-instance", caseNumber)).extracting(v -> v.path("name").asText())
        .contains("caseNumber", "contactPhone");
    assertThat(history("zhangwei", "process-instance", caseNumber)).hasSize(1);
    api().exchange("chenjianguo", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK);
  }

  @Test
  void theEnterprise_readsItsCaseThroughTheApi_butNoneOfItsEngineHistory() {
    String caseNumber = submit("厂区道路开口");
    complete("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");

    api().exchange("ent01", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK);
    assertThat(history("ent01", "variable-instance", caseNumber)).isEmpty();
    assertThat(history("ent01", "process-instance", caseNumber)).isEmpty();
    assertThat(history("zhangwei", "variable-instance", caseNumber)).isNotEmpty();
  }

  @Test
  void aDepartmentHandedAUnit_readsTheCaseAndItsHistory_fromThen() {
    String caseNumber = submit("供电线路迁改");
    assertThat(history("power01", "variable-instance", caseNumber)).isEmpty();
    api().exchange("power01", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.NOT_FOUND);

    complete("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    complete("zhangwei", caseNumber, DECIDE_HANDLING, "decision", "HAND_OVER", "leadDepartment", "power",
        "cooperatingDepartments", "", "timeLimit", 5);

    api().exchange("power01", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK);
    assertThat(history("power01", "process-instance", caseNumber)).as("the request and its handling").hasSize(2);
    assertThat(history("power01", "variable-instance", caseNumber)).extracting(v -> v.path("name").asText())
        .contains("caseNumber", "unitId");
    api().exchange("water01", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.NOT_FOUND);
    assertThat(history("water01", "variable-instance", caseNumber)).isEmpty();
    // the operation log keeps the officer's completions, not the grants that follow from them as its own operations
    String request = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("enterprise-request").singleResult().getId();
    assertThat(historyService.createUserOperationLogQuery().userId("zhangwei").entityType(EntityTypes.TASK)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).processInstanceId(request).count())
        .isEqualTo(2);
    assertThat(historyService.createUserOperationLogQuery().userId("zhangwei").entityType(EntityTypes.AUTHORIZATION)
        .count()).isZero();
  }

  @Test
  void theLedgerOfAnOfficer_listsOnlyItsCases() {
    String caseNumber = submit("台账范围");
    String ofTheDay = "/api/ledger?submittedFrom=" + DAY + "&submittedTo=" + DAY + "&size=200";

    assertThat(caseNumbers(api().call("zhangwei", HttpMethod.GET, ofTheDay, null, HttpStatus.OK)))
        .contains(caseNumber);
    JsonNode liuyang = api().call("liuyang", HttpMethod.GET, ofTheDay, null, HttpStatus.OK);
    assertThat(caseNumbers(liuyang)).doesNotContain(caseNumber);
    liuyang.path("items").forEach(row -> assertThat(row.path("officer").path("id").asText()).isEqualTo("liuyang"));
  }

  @Test
  void staffReadsOfTheContact_areInTheAccessLog_whichOnlyAdministratorsList() {
    String caseNumber = submit("查阅留痕");
    api().exchange("ent01", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK);
    api().exchange("zhangwei", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK);

    JsonNode log = api().call("admin", HttpMethod.GET, "/api/access-log?user=zhangwei&size=200", null, HttpStatus.OK);
    List<JsonNode> reads = new ArrayList<>();
    log.path("items").forEach(entry -> {
      if (caseNumber.equals(entry.path("caseNumber").asText())) {
        reads.add(entry);
      }
    });
    assertThat(reads).singleElement().satisfies(entry -> {
      assertThat(entry.path("user").asText()).isEqualTo("zhangwei");
      assertThat(entry.path("action").asText()).isEqualTo("READ_CONTACT");
    });
    JsonNode all = api().call("admin", HttpMethod.GET, "/api/access-log?size=200", null, HttpStatus.OK);
    all.path("items").forEach(entry -> assertThat(entry.path("user").asText()).isNotEqualTo("ent01"));
    api().exchange("zhangwei", HttpMethod.GET, "/api/access-log", null, HttpStatus.FORBIDDEN);
  }

  // --- helpers -------------------------------------------------------------------------------------------------------

  private ApiCalls api() {
    if (api == null) {
      api = new ApiCalls(http, "demo");
    }
    return api;
  }

  private String submit(String title) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(LocalDate.parse(DAY).atTime(10, 0),
        StewardClock.ZONE).toInstant()));
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    JsonNode submitted = api().call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, title),
        HttpStatus.CREATED);
    assertThat(submitted.path("officer").asText()).isEqualTo("zhangwei");
    return submitted.path("caseNumber").asText();
  }

  /** The rows of {@code /engine-rest/history/<resource>} of every process instance of the case, as {@code user}. */
  private List<JsonNode> history(String user, String resource, String caseNumber) {
    List<JsonNode> rows = new ArrayList<>();
    for (JsonNode instance : api().call("admin", HttpMethod.GET,
        "/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseNumber, null, HttpStatus.OK)) {
      String id = instance.path("id").asText();
      api().call(user, HttpMethod.GET, "/engine-rest/history/" + resource + "?processInstanceId=" + id, null,
          HttpStatus.OK).forEach(rows::add);
    }
    return rows;
  }

  /** The user finds its one task of that kind in the case, claims it if nobody has, and completes it. */
  private void complete(String user, String caseNumber, String taskKey, Object... namesAndValues) {
    JsonNode tasks = api().call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=" + taskKey, null, HttpStatus.OK);
    assertThat(tasks).hasSize(1);
    String id = tasks.get(0).path("id").asText();
    if (tasks.get(0).path("assignee").isNull()) {
      api().exchange(user, HttpMethod.POST, "/engine-rest/task/" + id + "/claim", "{\"userId\": \"" + user + "\"}",
          HttpStatus.NO_CONTENT);
    }
    api().exchange(user, HttpMethod.POST, "/engine-rest/task/" + id + "/complete",
        ApiCalls.completion(namesAndValues), HttpStatus.NO_CONTENT);
  }

  private static List<String> caseNumbers(JsonNode ledger) {
    List<String> numbers = new ArrayList<>();
    ledger.path("items").forEach(row -> numbers.add(row.path("caseNumber").asText()));
    return numbers;
  }
}
