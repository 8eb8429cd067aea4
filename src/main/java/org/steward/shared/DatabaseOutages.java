package org.steward.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure caused by the database being out of reach (stopped, restarting, unreachable, out of connections)
 * from every other failure, and answers it: 503 problem+json ({@code database-unavailable}) with {@code Retry-After}.
 * Any other failure keeps its own answer. See docs/operations.md, "When the database is unreachable".
 */
@Component
public class DatabaseOutages {

  /** PostgreSQL ending the session: admin_shutdown (a stop or restart), crash_shutdown, cannot_connect_now. */
  private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

  /** What Hikari throws when a closed connection is used (no SQLState). */
  private static final String HIKARI_CLOSED = "Connection is closed";

  /** Deep enough for engine → MyBatis → Spring → Hikari → driver chains; guards against cyclic causes. */
  private static final int MAX_DEPTH = 32;

  private final Problems problems;
  private final long retryAfterSeconds;

  public DatabaseOutages(Problems problems, @Value("${steward.database.retry-after:10s}") Duration retryAfter) {
    this.problems = problems;
    this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
  }

  /**
   * Whether {@code failure} or one of its causes says the database cannot be reached: Hikari found no connection in
   * time ({@link SQLTransientConnectionException}), Spring could not get or use one
   * ({@link DataAccessResourceFailureException}, e.g. {@code CannotGetJdbcConnectionException}), or the driver reports
   * a connection exception (SQLState class 08) or the server shutting down (57P01–57P03), however the engine, MyBatis
   * or Spring's transactions wrapped it; also a rollback that failed on the connection Hikari closed after such an
   * error, or whose overridden application exception was one.
   */
  public static boolean causedBy(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
      if (cause instanceof SQLTransientConnectionException || cause instanceof DataAccessResourceFailureException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || SERVER_GOING_AWAY.contains(sql.getSQLState()))) {
        return true;
      }
      if (cause instanceof TransactionSystemException rollback && (closedByThePool(rollback.getCause())
          || rollback.getApplicationException() != null && causedBy(rollback.getApplicationException()))) {
        return true;
      }
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    return false;
  }

  /**
   * The rollback after a failed commit or statement found the connection closed: Hikari closes a connection as soon as
   * it reports a fatal error (class 08, 57P01…), and Spring then throws the rollback's failure in place of that error
   * ("Commit exception overridden by rollback exception"), which it only logs.
   */
  private static boolean closedByThePool(Throwable failure) {
    return failure instanceof SQLException sql && sql.getSQLState() == null
        && HIKARI_CLOSED.equals(sql.getMessage());
  }

  /** The 503 {@code database-unavailable} problem, in English and Chinese. */
  public ProblemDetail problem() {
    return problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", retryAfterSeconds);
  }

  /** The value of the {@code Retry-After} header: whole seconds. */
  public String retryAfter() {
    return Long.toString(retryAfterSeconds);
  }
}
