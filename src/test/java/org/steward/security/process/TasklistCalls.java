package org.steward.security.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.steward.ApiCalls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Engine-rest calls as Tasklist makes them, for the completion guard's integration tests. */
final class TasklistCalls {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ApiCalls api;

  TasklistCalls(ApiCalls api) {
    this.api = api;
  }

  /** The id of the one open task of that kind in the case, claimed for {@code user} if nobody holds it. */
  String claimedTask(String user, String caseNumber, String taskKey) {
    JsonNode tasks = api.call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=" + taskKey, null, HttpStatus.OK);
    assertThat(tasks).as("%s sees one %s in %s", user, taskKey, caseNumber).hasSize(1);
    String id = tasks.get(0).path("id").asText();
    if (tasks.get(0).path("assignee").isNull()) {
      api.call(user, HttpMethod.POST, "/engine-rest/task/" + id + "/claim", "{\"userId\": \"" + user + "\"}",
          HttpStatus.NO_CONTENT);
    }
    return id;
  }

  /** POSTs {@code body} to {@code /engine-rest/task/<id>/<action>} (complete, submit-form, resolve…). */
  ResponseEntity<String> act(String user, String taskId, String action, String body) {
    return api.send(user, HttpMethod.POST, "/engine-rest/task/" + taskId + "/" + action, body);
  }

  /**
   * The body Tasklist submits for a Camunda Form: every field of the task's deployed form with the value it was shown
   * (untyped, as form-js sends it), then {@code entered} over it.
   */
  String tasklistBody(String user, String taskId, Map<String, Object> entered) {
    JsonNode form = api.call(user, HttpMethod.GET, "/engine-rest/task/" + taskId + "/deployed-form", null,
        HttpStatus.OK);
    JsonNode shown = api.call(user, HttpMethod.GET, "/engine-rest/task/" + taskId + "/form-variables", null,
        HttpStatus.OK);
    ObjectNode variables = JSON.createObjectNode();
    for (Iterator<JsonNode> it = form.path("components").elements(); it.hasNext();) {
      String key = it.next().path("key").asText("");
      if (!key.isEmpty()) {
        variables.putObject(key).set("value", shown.path(key).path("value"));
      }
    }
    entered.forEach((key, value) -> variables.putObject(key).set("value", JSON.valueToTree(value)));
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);
    return body.toString();
  }
}
