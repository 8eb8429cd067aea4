package org.steward.request.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;

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
import org.steward.handling.process.DepartmentHandlingProcess;
import org.steward.request.RequestFixtures;

/** Tasklist's 案件信息 tab asks which case a task belongs to: only for a task the caller may read. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class TaskCaseIT {

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;

  @Test
  void theOfficerAndTheDepartment_findTheCaseOfTheirTasks_othersFindNothing() {
    ApiCalls api = new ApiCalls(http, "demo");
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    String caseNumber = api.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, "案件信息"),
        HttpStatus.CREATED).path("caseNumber").asText();
    String acknowledge = taskId(api, "zhangwei", caseNumber, ACKNOWLEDGE_REQUEST);

    assertThat(api.call("zhangwei", HttpMethod.GET, "/api/tasks/" + acknowledge + "/case", null, HttpStatus.OK)
        .path("caseNumber").asText()).isEqualTo(caseNumber);
    api.call("liuyang", HttpMethod.GET, "/api/tasks/" + acknowledge + "/case", null, HttpStatus.NOT_FOUND);
    api.call("ent01", HttpMethod.GET, "/api/tasks/" + acknowledge + "/case", null, HttpStatus.NOT_FOUND);
    api.call("zhangwei", HttpMethod.GET, "/api/tasks/no-such-task/case", null, HttpStatus.NOT_FOUND);

    api.completeTask("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    api.completeTask("zhangwei", caseNumber, DECIDE_HANDLING, "decision", "HAND_OVER", "leadDepartment", "resources",
        "cooperatingDepartments", "", "timeLimit", 5);
    String handle = taskId(api, "resources01", caseNumber, DepartmentHandlingProcess.HANDLE_MATTER);

    assertThat(api.call("resources01", HttpMethod.GET, "/api/tasks/" + handle + "/case", null, HttpStatus.OK)
        .path("caseNumber").asText()).isEqualTo(caseNumber);
    api.call("housing01", HttpMethod.GET, "/api/tasks/" + handle + "/case", null, HttpStatus.NOT_FOUND);
  }

  private static String taskId(ApiCalls api, String user, String caseNumber, String taskKey) {
    return api.call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=" + taskKey, null, HttpStatus.OK).get(0).path("id").asText();
  }
}
