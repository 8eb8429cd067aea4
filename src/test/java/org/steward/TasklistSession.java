package org.steward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A browser logged into Tasklist as one user, for benchmarks that call a node as the webapp does: its session cookie
 * and CSRF token go with every call.
 */
public final class TasklistSession {

  /** The engine's REST API as the webapps call it. */
  public static final String ENGINE = "/camunda/api/engine/engine/default";
  /** What Tasklist 7 posts to a filter's list and count: its default sorting (newest first), no variable filters. */
  public static final String TASKLIST_BODY = """
      {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],"orQueries":[],\
      "sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";
  /** Tasklist's five filters, by name (本部门待办 by its prefix: the department's name follows). */
  public static final List<String> FILTERS = List.of("我的待办", "本部门待办", "即将到期", "已超期", "督办事项");

  private static final String WEBAPP_USER = "/camunda/api/admin/auth/user/default";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Browser browser = new Browser();
  private final int port;

  private TasklistSession(int port) {
    this.port = port;
  }

  /** Logs {@code user} (password {@code demo}) into Tasklist on the node listening on {@code port}. */
  public static TasklistSession login(int port, String user) throws IOException, InterruptedException {
    TasklistSession session = new TasklistSession(port);
    session.browser.send(port, "GET", "/camunda/app/tasklist/default/", null);
    HttpResponse<String> login = session.browser.send(port, "POST", WEBAPP_USER + "/login/tasklist",
        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo",
        "Content-Type", "application/x-www-form-urlencoded", "X-XSRF-TOKEN", session.browser.cookie("XSRF-TOKEN"));
    assertThat(login.statusCode()).as("%s logs in: %s", user, login.body()).isEqualTo(200);
    assertThat(session.browser.send(port, "GET", WEBAPP_USER, null).statusCode()).isEqualTo(200);
    return session;
  }

  /** The filters this user can read among Tasklist's five, by name, with their ids. */
  public Map<String, String> filters() throws IOException, InterruptedException {
    Map<String, String> found = new LinkedHashMap<>();
    for (JsonNode filter : JSON.readTree(get(ENGINE + "/filter?resourceType=Task"))) {
      String name = filter.path("name").asText();
      if (FILTERS.stream().anyMatch(name::startsWith)) {
        found.put(name, filter.path("id").asText());
      }
    }
    return found;
  }

  /** The first page of a filter's tasks as Tasklist asks for it, whatever the node answers. */
  public HttpResponse<String> listPage(String filterId) throws IOException, InterruptedException {
    return browser.send(port, "POST", ENGINE + "/filter/" + filterId + "/list?firstResult=0&maxResults=15",
        TASKLIST_BODY, "Content-Type", "application/json", "Accept", "application/hal+json",
        "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"));
  }

  /** The first page of a filter's tasks, which must answer 200. */
  public String list(String filterId) throws IOException, InterruptedException {
    return ok(listPage(filterId));
  }

  /** GETs {@code path}, which must answer 200. */
  public String get(String path) throws IOException, InterruptedException {
    return ok(browser.send(port, "GET", path, null, "Accept", "application/json"));
  }

  /** POSTs JSON to {@code path}, which must answer 200. */
  public String post(String path, String body, String accept) throws IOException, InterruptedException {
    return ok(browser.send(port, "POST", path, body, "Content-Type", "application/json", "Accept", accept,
        "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN")));
  }

  private static String ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as("%s: %s", response.uri(), response.body()).isEqualTo(200);
    return response.body();
  }
}
