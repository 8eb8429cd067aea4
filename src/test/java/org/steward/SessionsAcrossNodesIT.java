package org.steward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two nodes on one PostgreSQL, as behind a load balancer without sticky sessions: a user who logged in on node A goes
 * on on node B with the same cookies, in Tasklist (the webapp's session and its CSRF token) and in the portal (Spring
 * Security's session and its CSRF token), and logging out on one node logs out on the other.
 *
 * <p>Node A is this test's application context, node B a second one started here on the same database, each on its
 * own random port. Both run in this JVM, where Camunda keeps one engine per name for the webapps and engine-rest
 * (ProcessEngines, see {@link DefaultEngineOfTheContext}), so both nodes' engine calls go to one of the two engines.
 * Both work on the one database; what is under test is the HTTP session, which node B's filters (Spring Session,
 * Camunda's webapp filters, Spring Security) must find in the database, as node B never saw the login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class SessionsAcrossNodesIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String WEBAPP_USER = "/camunda/api/admin/auth/user/default";
  private static final String ENGINE = "/camunda/api/engine/engine/default";

  private static ConfigurableApplicationContext nodeB;

  @LocalServerPort
  int nodeA;
  @Autowired
  EmbeddedPostgres postgres;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  HistoryService historyService;

  @BeforeEach
  void startNodeB() {
    if (nodeB != null) {
      return;
    }
    // arguments, not builder properties: those are defaults, below application-test.yaml's H2 URL
    nodeB = new SpringApplicationBuilder(StewardApplication.class)
        .profiles("test")
        .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres",
            "--server.port=0",
            "--steward.demo.enabled=false");
  }

  @AfterAll
  static void stopNodeB() {
    // its engine leaves Camunda's registry; the next test gets its own back (DefaultEngineOfTheContext)
    if (nodeB != null) {
      nodeB.close();
      nodeB = null;
    }
  }

  @Test
  void loggedIntoTasklistOnNodeA_completesATaskThroughNodeB_andLogsOutOfBoth() throws Exception {
    String businessKey = "NODES-" + UUID.randomUUID().toString().substring(0, 8);
    String instance = runtimeService.startProcessInstanceByKey("calendar-check", businessKey).getId();
    Browser browser = new Browser();

    browser.send(nodeA, "GET", "/camunda/app/tasklist/default/", null);
    HttpResponse<String> login = browser.send(nodeA, "POST", WEBAPP_USER + "/login/tasklist",
        "username=admin&password=demo", "Content-Type", "application/x-www-form-urlencoded",
        "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // like the app after its login: who is logged in (and the new session's CSRF token)
    assertThat(browser.send(nodeA, "GET", WEBAPP_USER, null).statusCode()).isEqualTo(200);

    HttpResponse<String> whoOnB = browser.send(nodeB(), "GET", WEBAPP_USER, null);
    assertThat(whoOnB.statusCode()).as(whoOnB.body()).isEqualTo(200);
    assertThat(JSON.readTree(whoOnB.body()).path("userId").asText()).isEqualTo("admin");
    // Steward's own API honours the webapp session too (security.web.CamundaSessionAuthenticationFilter)
    HttpResponse<String> apiOnB = browser.send(nodeB(), "GET", "/api/notifications/unread-count", null);
    assertThat(apiOnB.statusCode()).as(apiOnB.body()).isEqualTo(200);

    String myTasks = filterId(browser, "我的待办");
    HttpResponse<String> listed = browser.send(nodeB(), "POST", ENGINE + "/filter/" + myTasks + "/list",
        "{\"processInstanceBusinessKey\":\"" + businessKey + "\"}", browser.csrfJson());
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    JsonNode tasks = JSON.readTree(listed.body());
    assertThat(tasks.findValuesAsText("name")).containsExactly("核对工作日历");
    String task = tasks.get(0).path("id").asText();

    HttpResponse<String> claimed = browser.send(nodeB(), "POST", ENGINE + "/task/" + task + "/claim",
        "{\"userId\":\"admin\"}", browser.csrfJson());
    HttpResponse<String> completed = browser.send(nodeB(), "POST", ENGINE + "/task/" + task + "/complete",
        "{\"variables\":{}}", browser.csrfJson());

    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task).finished().singleResult()
        .getDeleteReason()).isEqualTo("completed");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count())
        .isEqualTo(1);

    HttpResponse<String> logout = browser.send(nodeA, "POST", WEBAPP_USER + "/logout", "", browser.csrfJson());
    assertThat(logout.statusCode()).as(logout.body()).isEqualTo(200);
    assertThat(browser.send(nodeB(), "GET", WEBAPP_USER, null).statusCode()).isEqualTo(404);
    assertThat(browser.send(nodeB(), "GET", ENGINE + "/task?processInstanceId=" + instance, null).statusCode())
        .isEqualTo(401);
    assertThat(browser.send(nodeB(), "GET", "/api/notifications/unread-count", null).statusCode()).isEqualTo(401);
  }

  @Test
  void loggedIntoThePortalOnNodeA_usesItOnNodeB_andLogsOutThereOfBoth() throws Exception {
    Browser browser = new Browser();
    String loginForm = csrfField(browser.send(nodeA, "GET", "/portal/login", null).body());

    HttpResponse<String> login = browser.send(nodeA, "POST", "/portal/login",
        "username=ent01&password=demo&_csrf=" + URLEncoder.encode(loginForm, StandardCharsets.UTF_8),
        "Content-Type", "application/x-www-form-urlencoded");
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/portal/"));

    HttpResponse<String> homeOnB = browser.send(nodeB(), "GET", "/portal/", null);
    assertThat(homeOnB.statusCode()).isEqualTo(200);
    assertThat(homeOnB.body()).contains("广州某某精密制造有限公司", "我的首席服务官");

    // a form of node B's page, sent to node B: the CSRF token is the shared session's
    HttpResponse<String> logout = browser.send(nodeB(), "POST", "/portal/logout",
        "_csrf=" + URLEncoder.encode(csrfField(homeOnB.body()), StandardCharsets.UTF_8),
        "Content-Type", "application/x-www-form-urlencoded");
    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(
        to -> assertThat(to).endsWith("/portal/login?logout"));

    HttpResponse<String> homeOnA = browser.send(nodeA, "GET", "/portal/", null);
    assertThat(homeOnA.statusCode()).isEqualTo(302);
    assertThat(homeOnA.headers().firstValue("Location")).hasValueSatisfying(
        to -> assertThat(to).endsWith("/portal/login"));
  }

  private String filterId(Browser browser, String name) throws IOException, InterruptedException {
    HttpResponse<String> filters = browser.send(nodeB(), "GET", ENGINE + "/filter?resourceType=Task", null);
    assertThat(filters.statusCode()).as(filters.body()).isEqualTo(200);
    for (JsonNode filter : JSON.readTree(filters.body())) {
      if (name.equals(filter.path("name").asText())) {
        return filter.path("id").asText();
      }
    }
    throw new AssertionError("no filter " + name + " in " + filters.body());
  }

  private static int nodeB() {
    return Integer.parseInt(nodeB.getEnvironment().getProperty("local.server.port"));
  }

  private static String csrfField(String page) {
    Matcher field = CSRF_FIELD.matcher(page);
    assertThat(field.find()).as("a form with its CSRF token in %s", page).isTrue();
    return field.group(1);
  }
}
