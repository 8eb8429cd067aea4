package org.steward;

import java.io.IOException;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL 17 that writes durably (fsync and synchronous commit on, unlike zonky's default), for the
 * benchmarks: figures measured without them would flatter every commit.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DurablePostgres {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() throws IOException {
    return durable().start();
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres) {
    return dataSourceOf(postgres);
  }

  /** An embedded PostgreSQL that writes durably, for benchmarks that set more of its configuration. */
  public static EmbeddedPostgres.Builder durable() {
    return EmbeddedPostgres.builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
        .setRegisterShutdownHook(false);
  }

  /**
   * Durable, with pg_stat_statements loaded (the benchmark reports its top statements) and autovacuum visiting every
   * 10 s, as docs/operations.md recommends for the engine's high-churn runtime tables.
   */
  public static EmbeddedPostgres.Builder measured() {
    return durable().setServerConfig("shared_preload_libraries", "pg_stat_statements")
        .setServerConfig("autovacuum_naptime", "10s");
  }

  /** A pool on its database {@code postgres} as user {@code postgres}. */
  public static DataSource dataSourceOf(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    return dataSource;
  }
}
