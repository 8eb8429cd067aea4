package org.steward.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.steward.shared.DatabaseOutages;
import org.steward.shared.Problems;
import org.steward.shared.TestProblems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/**
 * Engine-rest and the webapps' APIs answer an unreachable database 503 problem+json with Retry-After and Tasklist's
 * Chinese {@code message}; an engine failure of another kind keeps Camunda's 500.
 */
class EngineRestProblemsTests {

  private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();

  private final Problems problems = TestProblems.reading("messages-security");
  private final EngineRestProblems engineRest =
      new EngineRestProblems(problems, new DatabaseOutages(problems, Duration.ofSeconds(7)), JSON);

  @Test
  void outageWrappedByTheEngineOrByRestException_answers503() throws Exception {
    Exception lost = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
        new SQLTransientConnectionException("Connection is not available, request timed out after 1500ms"));
    for (Throwable failure : new Throwable[] {lost, new ProcessEngineException("query failed", lost),
        new RestException(Status.INTERNAL_SERVER_ERROR, lost, "Cannot complete task")}) {
      Response response = engineRest.toResponse(failure);
      assertThat(response.getStatus()).isEqualTo(503);
      assertThat(response.getHeaderString("Retry-After")).isEqualTo("7");
      JsonNode body = JSON.readTree((String) response.getEntity());
      assertThat(body.path("type").asText()).isEqualTo("urn:steward:problem:database-unavailable");
      assertThat(body.path("message").asText()).isEqualTo("暂时无法访问数据库，请 7 秒后重试。");
    }
  }

  @Test
  void webappMappers_takeOnlyOutages() {
    Exception lost = new ProcessEngineException("query failed",
        new SQLTransientConnectionException("Connection is not available, request timed out after 1500ms"));
    WebappApiOutages.Unreachable unreachable = new WebappApiOutages.Unreachable(engineRest);
    WebappApiOutages.UnreachableRest unreachableRest = new WebappApiOutages.UnreachableRest(engineRest);
    assertThat(unreachable.isMappable(lost)).isTrue();
    assertThat(unreachableRest.isMappable(new RestException(Status.INTERNAL_SERVER_ERROR, lost))).isTrue();
    assertThat(unreachable.isMappable(new ProcessEngineException("bad query"))).isFalse();
    assertThat(unreachableRest.isMappable(new RestException("failed"))).isFalse();
  }

  @Test
  void anotherEngineFailure_keepsCamundas500() {
    Response response = engineRest.toResponse(new ProcessEngineException("something else went wrong"));
    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getHeaderString("Retry-After")).isNull();
  }

}
