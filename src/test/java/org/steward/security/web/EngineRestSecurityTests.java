package org.steward.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code /engine-rest/**} needs HTTP basic; the CVE-2026-109432 guard answers 400 on every HTTP path to a task query
 * expression; the CVE-2026-77226 guard closes Camunda Admin's setup once users exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ProbeApi.class)
class EngineRestSecurityTests {

  static final String OR_EXPRESSION_QUERY = "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"}]}";
  /**
   * Not one of the two expressions a stored filter may hold ({@code ${currentUser()}}, {@code ${currentUserGroups()}}).
   */
  static final String OTHER_EXPRESSION = "${currentUser().concat('')}";

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;
  @Autowired
  IdentityService identityService;
  @Autowired
  ObjectMapper json;

  @Test
  void anonymousTaskList_answers401() {
    ResponseEntity<String> response = http.getForEntity("/engine-rest/task", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
  }

  @Test
  void adminTaskList_answers200() {
    ResponseEntity<String> response = http.withBasicAuth("admin", "demo")
        .getForEntity("/engine-rest/task", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void wrongPassword_answers401() {
    ResponseEntity<String> response = http.withBasicAuth("admin", "nope")
        .getForEntity("/engine-rest/task", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void engineList_staysOpen() {
    assertThat(http.getForEntity("/engine-rest/engine", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void adhocExpression_answers400() {
    ResponseEntity<String> response = postTaskQuery("{\"assigneeExpression\":\"${currentUser()}\"}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("表达式").contains("orQueries");
  }

  @Test
  void orQueryExpression_answers400_whereThePlainOrQueryFindsTheTask() {
    String taskId = givenTaskAssignedToAdmin();

    ResponseEntity<String> plain = postTaskQuery("{\"orQueries\":[{\"assignee\":\"admin\"}]}");
    ResponseEntity<String> attack = postTaskQuery(OR_EXPRESSION_QUERY);

    assertThat(plain.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(plain.getBody()).contains(taskId);
    assertThat(attack.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(attack.getBody()).contains("表达式").doesNotContain(taskId);
  }

  @Test
  void aKeyTwiceInOneObject_answers400_onBothEngineApis() {
    String taskId = givenTaskAssignedToAdmin();
    String twice = "{\"assignee\":\"admin\",\"assignee\":\"someoneElse\"}";
    BrowserSession browser = BrowserSession.loggedIn(http, "admin", "demo");

    ResponseEntity<String> rest = postTaskQuery(twice);
    ResponseEntity<String> webapp = browser.send(HttpMethod.POST, "/camunda/api/engine/engine/default/task",
        browser.csrfHeaders(), twice);

    assertThat(postTaskQuery("{\"assignee\":\"admin\"}").getBody()).contains(taskId);
    for (ResponseEntity<String> response : List.of(rest, webapp)) {
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      // Camunda's and Jersey's JSON parse mappers both answer it; which one runs varies, the 400 does not
      assertThat(response.getBody()).doesNotContain(taskId);
    }
  }

  @Test
  void orQueryExpression_throughTheWebappEngineApi_answers400() {
    BrowserSession browser = BrowserSession.loggedIn(http, "admin", "demo");

    ResponseEntity<String> response = browser.send(HttpMethod.POST, "/camunda/api/engine/engine/default/task",
        browser.csrfHeaders(), OR_EXPRESSION_QUERY);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("表达式");
  }

  @Test
  void savingFilterWithOrQueryExpression_answers400_andStoresNothing() {
    String filter = "{\"resourceType\":\"Task\",\"name\":\"evil-or\","
        + "\"query\":{\"orQueries\":[{\"assigneeExpression\":\"" + OTHER_EXPRESSION + "\"}]}}";

    ResponseEntity<String> response = http.withBasicAuth("admin", "demo")
        .exchange("/engine-rest/filter/create", HttpMethod.POST, jsonBody(filter), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(engine.getFilterService().createFilterQuery().filterName("evil-or").count()).isZero();
  }

  @Test
  void storedFilterWithOrQueryExpression_fromBeforeTheGuard_answers400OnExecution() {
    givenTaskAssignedToAdmin();
    String filterId = storeBypassingGuard(
        engine.getTaskService().createTaskQuery().or().taskAssigneeExpression(OTHER_EXPRESSION).endOr());
    TestRestTemplate admin = http.withBasicAuth("admin", "demo");

    ResponseEntity<String> list =
        admin.exchange("/engine-rest/filter/" + filterId + "/list", HttpMethod.POST, jsonBody("{}"), String.class);
    ResponseEntity<String> count = admin.getForEntity("/engine-rest/filter/" + filterId + "/count", String.class);

    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(count.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    engine.getFilterService().deleteFilter(filterId);
  }

  @Test
  void storedFilterExtendedWithOrQueryExpression_answers400() {
    String filterId = storeBypassingGuard(engine.getTaskService().createTaskQuery());
    TestRestTemplate admin = http.withBasicAuth("admin", "demo");

    ResponseEntity<String> list = admin.exchange("/engine-rest/filter/" + filterId + "/list", HttpMethod.POST,
        jsonBody(OR_EXPRESSION_QUERY), String.class);

    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    engine.getFilterService().deleteFilter(filterId);
  }

  @Test
  void adminSetup_withUsersButNoVisibleAdministrator_answers403Problem_andCreatesNoUser() throws Exception {
    // given the state in which Camunda's own check opens the setup: users exist, none is a visible camunda-admin member
    identityService.deleteMembership("admin", Groups.CAMUNDA_ADMIN);
    try {
      BrowserSession browser = new BrowserSession(http);
      browser.open("/camunda/app/admin/default/");
      String intruder = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\","
          + "\"email\":\"i@n.cn\"},\"credentials\":{\"password\":\"Intruder-Password-1\"}}";

      ResponseEntity<String> response = browser.send(HttpMethod.POST, "/camunda/api/admin/setup/default/user/create",
          browser.csrfHeaders(), intruder);

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(json.readTree(response.getBody()).path("type").asText())
          .isEqualTo("urn:steward:problem:admin-setup-closed");
      assertThat(json.readTree(response.getBody()).path("titleZh").asText()).isEqualTo("初始设置已关闭");
      assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    } finally {
      identityService.createMembership("admin", Groups.CAMUNDA_ADMIN);
    }
  }

  private ResponseEntity<String> postTaskQuery(String body) {
    return http.withBasicAuth("admin", "demo").exchange("/engine-rest/task", HttpMethod.POST, jsonBody(body),
        String.class);
  }

  private String givenTaskAssignedToAdmin() {
    Task task = engine.getTaskService().newTask();
    task.setName("管理员的任务");
    task.setAssignee("admin");
    engine.getTaskService().saveTask(task);
    return task.getId();
  }

  /** A filter as it may exist in a database written before the guard: inserted without SaveFilterCmd. */
  private String storeBypassingGuard(TaskQuery query) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      FilterEntity filter = new FilterEntity(org.camunda.bpm.engine.EntityTypes.TASK);
      filter.setName("legacy");
      filter.setOwner("admin");
      filter.setQuery(query);
      context.getFilterManager().insertOrUpdateFilter(filter);
      return filter.getId();
    });
  }

  private static HttpEntity<String> jsonBody(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
