package org.steward.shared;

import java.sql.Connection;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Where reports and exports read: the read replica named by {@code steward.reporting.datasource.url} when one is set,
 * else the primary database. A replica takes a year's grouped scans and the streaming of large exports off the primary;
 * what it shows lags the primary by the replica's delay (docs/operations.md, "Reference deployment"). Only reads go
 * here: the replica's connections are read-only, and its pool is small and of its own.
 */
@Component
public class ReportingData implements DisposableBean {

  /** Rows fetched per round trip while streaming: PostgreSQL then uses a cursor instead of loading the whole result. */
  private static final int FETCH_SIZE = 1000;

  private final HikariDataSource replica;
  private final JdbcClient jdbc;
  private final JdbcTemplate fetching;
  private final NamedParameterJdbcTemplate streaming;
  private final TransactionTemplate snapshot;

  ReportingData(DataSource primary, PlatformTransactionManager primaryTransactions,
      @Value("${steward.reporting.datasource.url:}") String url,
      @Value("${steward.reporting.datasource.username:}") String username,
      @Value("${steward.reporting.datasource.password:}") String password,
      @Value("${steward.reporting.datasource.maximum-pool-size:4}") int poolSize) {
    DataSource source = primary;
    PlatformTransactionManager transactions = primaryTransactions;
    if (url.isBlank()) {
      replica = null;
    } else {
      replica = new HikariDataSource();
      replica.setPoolName("steward-reporting");
      replica.setJdbcUrl(url);
      replica.setUsername(username);
      replica.setPassword(password);
      replica.setMaximumPoolSize(poolSize);
      replica.setReadOnly(true);
      // a report's queries wait for a replica connection no longer than the primary's calls do (then 503)
      replica.setConnectionTimeout(10_000);
      // starts without the replica: reports fail with 503 until it answers, everything else works
      replica.setInitializationFailTimeout(-1);
      source = replica;
      transactions = new DataSourceTransactionManager(replica);
    }
    jdbc = JdbcClient.create(source);
    fetching = new JdbcTemplate(source);
    fetching.setFetchSize(FETCH_SIZE);
    streaming = new NamedParameterJdbcTemplate(fetching);
    snapshot = new TransactionTemplate(transactions);
    snapshot.setReadOnly(true);
    if (replica != null) {
      // one snapshot for all the queries of a report, as the primary's read-only transaction gives
      snapshot.setIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ);
    }
  }

  /** Whether reads go to a read replica rather than the primary database. */
  public boolean replica() {
    return replica != null;
  }

  /** Queries on the reporting database; inside {@link #snapshot} they share its transaction. */
  public JdbcClient jdbc() {
    return jdbc;
  }

  /** Runs {@code work} in one read-only transaction on the reporting database, so its queries see one state. */
  public <T> T snapshot(Supplier<T> work) {
    return snapshot.execute(status -> {
      planForParameters();
      return work.get();
    });
  }

  // PostgreSQL plans a prepared statement once for any parameters after its fifth call. A report's period decides how
  // many rows its grouped scans read, a day's or a year's, and the plan for a year read at the city's size is a third
  // slower when planned without it (docs/benchmarks.md, fix 16): the report's statements are planned for their
  // parameters on every call.
  private void planForParameters() {
    String database = fetching.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
    if ("PostgreSQL".equals(database)) {
      jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }
  }

  /** Streams the rows of {@code sql} to {@code rows} with a cursor, in a read-only transaction of its own. */
  public void stream(String sql, Map<String, ?> params, RowCallbackHandler rows) {
    snapshot.executeWithoutResult(status -> streaming.query(sql, params, rows));
  }

  @Override
  public void destroy() {
    if (replica != null) {
      replica.close();
    }
  }
}
