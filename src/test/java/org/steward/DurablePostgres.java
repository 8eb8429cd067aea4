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
    return pool(postgres);
  }

  /** The durable settings, for a benchmark's own database that adds more. */
  public static EmbeddedPostgres.Builder durable() {
    return EmbeddedPostgres.builder().setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
        .setRegisterShutdownHook(false);
  }

  /** Hikari's default pool on the database. */
  public static DataSource pool(EmbeddedPostgres postgres) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    dataSource.setUsername("postgres");
    return dataSource;
  }
}
