package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * The designer's way of {@code docs/designing.md}, on PostgreSQL: a member of {@code designers} deploys a changed
 * {@code enterprise-request} over engine-rest (as Camunda Modeler's 部署 does) but reads no case; a running request stays
 * on version 1 until an administrator migrates it to version 2 with Camunda's migration API, and it then goes on there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"steward.demo.enabled=true", "steward.test.context=designer"})
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class DesignerDeploymentIT {

  private static final String ENGINE = "/engine-rest";
  private static final String DESIGNER = "sheji01";
  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;

  @Test
  void aDesignerDeploysVersion2_readsNoCase_andAnAdministratorMigratesARunningRequestToIt() throws IOException {
    ApiCalls calls = new ApiCalls(http, "demo");
    long enterprise = directory.enterpriseOfUser("ent01").orElseThrow().id();
    String caseNumber = calls.call("ent01", HttpMethod.POST, "/api/requests",
        RequestFixtures.body(enterprise, "迁移：待签收"), HttpStatus.CREATED).path("caseNumber").asText();
    JsonNode instance = calls.call("admin", HttpMethod.GET, ENGINE + "/process-instance?businessKey=" + caseNumber,
        null, HttpStatus.OK).get(0);
    String version1 = instance.path("definitionId").asText();

    // the designer renames 签收诉求 and deploys version 2
    String changed = Files.readString(Path.of("processes/enterprise-request.bpmn"))
        .replace("name=\"签收诉求\"", "name=\"签收诉求并首次答复\"");
    ResponseEntity<String> deployed = calls.deploy(DESIGNER, "enterprise-request.bpmn", changed);
    assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode latest = calls.call(DESIGNER, HttpMethod.GET,
        ENGINE + "/process-definition/key/enterprise-request", null, HttpStatus.OK);
    assertThat(latest.path("version").asInt()).isEqualTo(2);
    String version2 = latest.path("id").asText();

    // … and reads no case, task or history, nor may it migrate
    assertThat(calls.call(DESIGNER, HttpMethod.GET, ENGINE + "/process-instance?businessKey=" + caseNumber, null,
        HttpStatus.OK)).isEmpty();
    assertThat(calls.call(DESIGNER, HttpMethod.GET, ENGINE + "/task?processInstanceBusinessKey=" + caseNumber, null,
        HttpStatus.OK)).isEmpty();
    assertThat(calls.call(DESIGNER, HttpMethod.GET, ENGINE + "/history/process-instance?processInstanceBusinessKey="
        + caseNumber, null, HttpStatus.OK)).isEmpty();
    assertThat(calls.send(DESIGNER, HttpMethod.GET, "/api/ledger", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    String generate = "{\"sourceProcessDefinitionId\": \"" + version1 + "\", \"targetProcessDefinitionId\": \""
        + version2 + "\", \"updateEventTriggers\": true}";
    JsonNode plan = calls.call("admin", HttpMethod.POST, ENGINE + "/migration/generate", generate, HttpStatus.OK);
    String execute = "{\"migrationPlan\": " + plan + ", \"processInstanceIds\": [\"" + instance.path("id").asText()
        + "\"]}";
    assertThat(calls.send(DESIGNER, HttpMethod.POST, ENGINE + "/migration/execute", execute).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // the running request stayed on version 1 until the administrator migrates it
    assertThat(definitionOf(calls, caseNumber)).isEqualTo(version1);
    calls.exchange("admin", HttpMethod.POST, ENGINE + "/migration/execute", execute, HttpStatus.NO_CONTENT);
    assertThat(definitionOf(calls, caseNumber)).isEqualTo(version2);

    // and goes on there: the officer signs for it, and the next task is version 2's
    JsonNode task = calls.call("zhangwei", HttpMethod.GET, ENGINE + "/task?processInstanceBusinessKey=" + caseNumber,
        null, HttpStatus.OK).get(0);
    assertThat(task.path("taskDefinitionKey").asText()).isEqualTo(EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST);
    assertThat(task.path("processDefinitionId").asText()).isEqualTo(version2);
    calls.exchange("zhangwei", HttpMethod.POST, ENGINE + "/task/" + task.path("id").asText() + "/complete",
        ApiCalls.completion("firstAnswer", "已收到。"), HttpStatus.NO_CONTENT);
    JsonNode next = calls.call("zhangwei", HttpMethod.GET, ENGINE + "/task?processInstanceBusinessKey=" + caseNumber,
        null, HttpStatus.OK).get(0);
    assertThat(next.path("taskDefinitionKey").asText()).isEqualTo(EnterpriseRequestProcess.DECIDE_HANDLING);
    assertThat(next.path("processDefinitionId").asText()).isEqualTo(version2);
  }

  private static String definitionOf(ApiCalls calls, String caseNumber) {
    return calls.call("admin", HttpMethod.GET, ENGINE + "/process-instance?businessKey=" + caseNumber, null,
        HttpStatus.OK).get(0).path("definitionId").asText();
  }
}
