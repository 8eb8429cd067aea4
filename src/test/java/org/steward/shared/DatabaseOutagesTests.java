package org.steward.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A failure because the database is out of reach, however it is wrapped, answers 503 problem+json with Retry-After;
 * a query failing for another reason keeps its own answer.
 */
class DatabaseOutagesTests {

  private final DatabaseOutages outages = new DatabaseOutages(TestProblems.reading(), Duration.ofSeconds(7));
  private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
      .setControllerAdvice(new ProblemAdvice(TestProblems.reading()))
      .addFilters(new DatabaseOutageFilter(outages, Jackson2ObjectMapperBuilder.json().build())).build();

  @Test
  void lostConnections_asTheyReachTheApi_areOutages() {
    // Hikari's timeout as Spring's transaction manager and JdbcTemplate report it
    assertThat(DatabaseOutages.causedBy(new CannotCreateTransactionException("Could not open JDBC Connection",
        noConnection()))).isTrue();
    assertThat(DatabaseOutages.causedBy(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
        noConnection()))).isTrue();
    // the engine's flush, through MyBatis, of a connection that died (I/O error) or was ended by a shutdown
    assertThat(DatabaseOutages.causedBy(new ProcessEngineException("flush failed", new PersistenceException(
        new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE)))))
        .isTrue();
    assertThat(DatabaseOutages.causedBy(new TransactionSystemException("Could not commit JDBC transaction",
        new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
  }

  @Test
  void aRollbackThatFailedBecauseThePoolClosedTheBrokenConnection_isAnOutage() {
    // JdbcTransactionManager: the commit's 57P01 is logged ("Commit exception overridden by rollback exception"), the
    // rollback's failure on the connection Hikari closed is thrown
    assertThat(DatabaseOutages.causedBy(new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed")))).isTrue();
    // TransactionTemplate keeps the overridden exception
    TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
        new SQLException("rollback failed for another reason"));
    rollback.initApplicationException(new DataAccessResourceFailureException("JDBC commit",
        new SQLException("terminating connection due to administrator command", "57P01")));
    assertThat(DatabaseOutages.causedBy(rollback)).isTrue();
    assertThat(DatabaseOutages.causedBy(new TransactionSystemException("JDBC rollback failed",
        new SQLException("rollback failed for another reason")))).isFalse();
  }

  @Test
  void otherFailures_areNot() {
    assertThat(DatabaseOutages.causedBy(new ProcessEngineException("bad query", new PersistenceException(
        new PSQLException("syntax error at or near \"form\"", PSQLState.SYNTAX_ERROR))))).isFalse();
    assertThat(DatabaseOutages.causedBy(new DataIntegrityViolationException("duplicate key",
        new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    assertThat(DatabaseOutages.causedBy(new SQLException("canceling statement due to statement timeout", "57014")))
        .isFalse();
    assertThat(DatabaseOutages.causedBy(new IllegalStateException("no database involved"))).isFalse();
  }

  @Test
  void outageInTheApi_answers503ProblemJsonWithRetryAfter() throws Exception {
    mvc.perform(post("/api/test/outage")).andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "7"))
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("urn:steward:problem:database-unavailable"))
        .andExpect(jsonPath("$.status").value(503))
        .andExpect(jsonPath("$.titleZh").value("服务暂时不可用"))
        .andExpect(jsonPath("$.detailZh").value("暂时无法访问数据库，请 7 秒后重试。"))
        .andExpect(jsonPath("$.detail").value("The database cannot be reached right now; try again in 7 seconds."));
  }

  @Test
  void outageOfAPage_answers503AsAChinesePage() throws Exception {
    mvc.perform(get("/portal/test/outage").accept(MediaType.TEXT_HTML, MediaType.ALL))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "7"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("暂时无法访问数据库，请 7 秒后重试。")));
  }

  @Test
  void aQueryFailingForAnotherReason_keepsItsAnswer() {
    assertThatThrownBy(() -> mvc.perform(post("/api/test/bad-query")))
        .hasRootCauseInstanceOf(PSQLException.class).hasMessageContaining("bad query");
  }

  private static SQLTransientConnectionException noConnection() {
    return new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after "
        + "1500ms", "08001", new PSQLException("Connection to localhost:5432 refused.",
        PSQLState.CONNECTION_UNABLE_TO_CONNECT));
  }

  @RestController
  static class Failing {

    @PostMapping("/api/test/outage")
    void outage() {
      throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction", noConnection());
    }

    @GetMapping("/portal/test/outage")
    String page() {
      throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction", noConnection());
    }

    @PostMapping("/api/test/bad-query")
    void badQuery() {
      throw new ProcessEngineException("bad query", new PersistenceException(
          new PSQLException("syntax error", PSQLState.SYNTAX_ERROR)));
    }
  }
}
