package org.steward;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Integration tests' calls of Steward's API as a demo user (HTTP basic), each checked for the status it expects. */
public final class ApiCalls {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate http;
  private final String password;

  public ApiCalls(TestRestTemplate http, String password) {
    this.http = http;
    this.password = password;
  }

  /** Sends a JSON body (or none) as {@code user}; fails the test unless the answer has the {@code expected} status. */
  public ResponseEntity<String> exchange(String user, HttpMethod method, String path, String body,
      HttpStatus expected) {
    ResponseEntity<String> response = send(user, method, path, body);
    assertThat(response.getStatusCode()).as("%s %s as %s: %s", method, path, user, response.getBody())
        .isEqualTo(expected);
    return response;
  }

  /** Sends a JSON body (or none) as {@code user} and answers whatever comes back. */
  public ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, password).exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  /**
   * Deploys one model file over engine-rest as {@code user}, as Camunda Modeler's 部署 does (multipart, changed
   * resources only), and answers whatever comes back.
   */
  public ResponseEntity<String> deploy(String user, String fileName, String xml) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", "designer " + fileName);
    body.add("deploy-changed-only", "true");
    body.add("data", new ByteArrayResource(xml.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, password).postForEntity("/engine-rest/deployment/create",
        new HttpEntity<>(body, headers), String.class);
  }

  /** As {@link #exchange}, answering the body as JSON (a missing node when there is none). */
  public JsonNode call(String user, HttpMethod method, String path, String body, HttpStatus expected) {
    return json(exchange(user, method, path, body, expected));
  }

  /**
   * The body of an engine-rest task completion with these variables, given as name, value, name, value…; values are
   * Strings or Integers.
   */
  public static String completion(Object... namesAndValues) {
    ObjectNode variables = JSON.createObjectNode();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      ObjectNode variable = variables.putObject((String) namesAndValues[i]);
      if (namesAndValues[i + 1] instanceof Integer number) {
        variable.put("value", number).put("type", "Integer");
      } else {
        variable.put("value", (String) namesAndValues[i + 1]).put("type", "String");
      }
    }
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);
    return body.toString();
  }

  /**
   * Asserts an engine-rest or API refusal: problem+json with that status, English and Chinese titles, and a Chinese
   * {@code message} (what Tasklist shows) containing {@code chinese}; answers the body.
   */
  public static JsonNode problem(ResponseEntity<String> response, HttpStatus status, String chinese) {
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    JsonNode problem = json(response);
    assertThat(problem.path("status").asInt()).isEqualTo(status.value());
    assertThat(problem.path("title").asText()).isNotBlank();
    assertThat(problem.path("titleZh").asText()).isNotBlank();
    assertThat(problem.path("message").asText()).contains(chinese);
    return problem;
  }

  /**
   * Asserts a refusal of Steward's API: problem+json with that status and {@code chinese} in its Chinese detail or its
   * fields' messages; answers the body.
   */
  public static JsonNode apiProblem(ResponseEntity<String> response, HttpStatus status, String chinese) {
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(status);
    JsonNode problem = json(response);
    assertThat(problem.path("detailZh").asText() + problem.path("errors")).contains(chinese);
    return problem;
  }

  /** The fields named under {@code errors} of a problem. */
  public static List<String> fields(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
    return fields;
  }

  public static JsonNode json(ResponseEntity<String> response) {
    try {
      return response.getBody() == null ? JSON.missingNode() : JSON.readTree(response.getBody());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + response.getBody(), e);
    }
  }

  /**
   * The administrator executes the jobs of {@code activityId} (a timer's) in every process instance with business key
   * {@code businessKey}, as Cockpit's 执行 does; there must be at least one.
   */
  public void executeJobs(String businessKey, String activityId) {
    List<String> jobs = new ArrayList<>();
    call("admin", HttpMethod.GET, "/engine-rest/process-instance?businessKey=" + businessKey, null, HttpStatus.OK)
        .forEach(instance -> call("admin", HttpMethod.GET, "/engine-rest/job?processInstanceId="
            + instance.path("id").asText() + "&activityId=" + activityId, null, HttpStatus.OK)
            .forEach(job -> jobs.add(job.path("id").asText())));
    assertThat(jobs).as("jobs of %s in %s", activityId, businessKey).isNotEmpty();
    jobs.forEach(job -> call("admin", HttpMethod.POST, "/engine-rest/job/" + job + "/execute", null,
        HttpStatus.NO_CONTENT));
  }

  /**
   * Completes the one task {@code taskKey} of the case that {@code user} sees, in Tasklist's way (engine-rest as the
   * user, claiming it first when unassigned), with variables given as name, value, name, value…
   */
  public void completeTask(String user, String caseNumber, String taskKey, Object... namesAndValues) {
    JsonNode tasks = call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=" + taskKey, null, HttpStatus.OK);
    assertThat(tasks.size()).as("%s sees one %s in %s", user, taskKey, caseNumber).isEqualTo(1);
    String id = tasks.get(0).path("id").asText();
    if (tasks.get(0).path("assignee").isNull()) {
      exchange(user, HttpMethod.POST, "/engine-rest/task/" + id + "/claim", "{\"userId\": \"" + user + "\"}",
          HttpStatus.NO_CONTENT);
    }
    exchange(user, HttpMethod.POST, "/engine-rest/task/" + id + "/complete", completion(namesAndValues),
        HttpStatus.NO_CONTENT);
  }
}
