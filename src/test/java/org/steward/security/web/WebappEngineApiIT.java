package org.steward.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.steward.ApiCalls;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.directory.DirectoryManagement;
import org.steward.request.RequestFixtures;
import org.steward.request.process.EnterpriseRequestProcess;
import org.steward.shared.StewardClock;

/**
 * Tasklist submits forms through the webapps' engine API ({@code /camunda/api/engine}), not {@code /engine-rest}: a
 * refusal there answers the same 400 problem+json, whose Chinese {@code message} Tasklist shows; its calls are timed
 * by route, as engine-rest's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class WebappEngineApiIT {

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  TaskService tasks;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void tasklistSubmittingAVariableNotOnTheForm_gets400ProblemJson_withTheChineseMessage() {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(LocalDate.of(2032, 5, 12).atTime(10, 0), StewardClock.ZONE)
        .toInstant()));
    ApiCalls api = new ApiCalls(http, "demo");
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    String caseNumber = api.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, "签收伪造"),
        HttpStatus.CREATED).path("caseNumber").asText();
    String task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey(EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST).singleResult().getId();
    BrowserSession tasklist = BrowserSession.loggedIn(http, "zhangwei", "demo");

    ResponseEntity<String> refused = tasklist.send(HttpMethod.POST,
        "/camunda/api/engine/engine/default/task/" + task + "/submit-form", tasklist.csrfHeaders(),
        "{\"variables\": {\"firstAnswer\": {\"value\": \"已收到。\"}, \"light\": {\"value\": \"PURPLE\"}}}");

    assertThat(ApiCalls.fields(ApiCalls.problem(refused, HttpStatus.BAD_REQUEST, "light：不是本任务表单的字段")))
        .containsExactly("light");
    assertThat(tasks.createTaskQuery().taskId(task).count()).isOne();
  }

  @Test
  void tasklistsCalls_areCountedByRoute_neverByTaskId() {
    BrowserSession tasklist = BrowserSession.loggedIn(http, "zhangwei", "demo");
    // any task id: the route is the same whether or not the task is there
    String task = "4f1c2a9e-0000-4000-8000-000000000001";

    assertThat(tasklist.open("/camunda/api/engine/engine/default/task/count").getStatusCode()).isEqualTo(HttpStatus.OK);
    tasklist.open("/camunda/api/engine/engine/default/task/" + task);

    String metrics = new ApiCalls(http, "demo").exchange("admin", HttpMethod.GET, "/actuator/prometheus", null,
        HttpStatus.OK).getBody();
    assertThat(metrics.lines().filter(line -> line.startsWith("http_server_requests_seconds_count")))
        .anyMatch(line -> line.contains("uri=\"/camunda/api/engine/engine/{name}/task/count\""))
        .anyMatch(line -> line.contains("uri=\"/camunda/api/engine/engine/{name}/task/{id}\""))
        .noneMatch(line -> line.contains(task));
  }
}
