package org.steward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The whole application on PostgreSQL, seen from outside: a process started over engine-rest shows up in Tasklist for a
 * user who logged in through the webapp's CSRF flow, through the filter created at start-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
// a context of its own: once another context with webapps (DatabaseOutageIT's) has started and closed, the webapps of
// a context cached before it answer the login with 500; Camunda's webapps keep JVM-wide state, and giving that context
// an engine name of its own did not help
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class TasklistSmokeIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

  @Test
  void userLoggedInToTasklist_seesTheTaskOfAProcessStartedOverEngineRest() throws Exception {
    HttpResponse<String> started = http.send(
        HttpRequest.newBuilder(url("/engine-rest/process-definition/key/calendar-check/start"))
        .header("Authorization", basic("admin", "demo"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"businessKey\":\"SMOKE-1\"}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);

    http.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> login = http.send(
        HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("X-XSRF-TOKEN", csrfToken())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    assertThat(JSON.readTree(login.body()).path("authorizedApps").toString()).contains("tasklist");

    JsonNode filters = getJson("/camunda/api/engine/engine/default/filter?resourceType=Task");
    JsonNode myTasks = null;
    for (JsonNode filter : filters) {
      if ("我的待办".equals(filter.path("name").asText())) {
        myTasks = filter;
      }
    }
    assertThat(myTasks).as("filter 我的待办 in %s", filters).isNotNull();

    JsonNode tasks = getJson("/camunda/api/engine/engine/default/filter/" + myTasks.path("id").asText() + "/list");
    assertThat(tasks.findValuesAsText("name")).contains("核对工作日历");
  }

  private JsonNode getJson(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(url(path))
        .header("X-XSRF-TOKEN", csrfToken())
        .header("Accept", "application/json")
        .GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .reduce((first, latest) -> latest)
        .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
