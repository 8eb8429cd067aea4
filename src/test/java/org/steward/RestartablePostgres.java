package org.steward;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.util.FileSystemUtils;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL that a test stops and starts again, on the same port and data directory, while the
 * application keeps running: an outage and the recovery from it. The pool gives up on a connection after 1.5 s instead
 * of 30 s, so that each call during the outage fails quickly.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RestartablePostgres {

  /** How long a call waits for a connection during the outage before it is answered. */
  public static final long CONNECTION_TIMEOUT_MILLIS = 1500;

  @Bean(destroyMethod = "close")
  Server restartablePostgresServer() throws IOException {
    return new Server(Files.createTempDirectory("steward-outage-pg"));
  }

  @Bean
  DataSource dataSource(Server postgres) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(postgres.jdbcUrl());
    dataSource.setUsername("postgres");
    dataSource.setMaximumPoolSize(10);
    dataSource.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
    dataSource.setValidationTimeout(1000);
    return dataSource;
  }

  /** The running PostgreSQL, which {@link #stop()} shuts down (sessions are ended) and {@link #start()} restarts. */
  public static final class Server implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres running;

    Server(Path dataDirectory) throws IOException {
      this.dataDirectory = dataDirectory;
      this.running = builder().start();
      this.port = running.getPort();
    }

    public synchronized void stop() {
      try {
        running.close();
        running = null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public synchronized void start() {
      try {
        running = builder().setPort(port).start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String jdbcUrl() {
      return running.getJdbcUrl("postgres", "postgres");
    }

    private EmbeddedPostgres.Builder builder() {
      // the data directory outlives each server: a restart finds the data of the one before
      return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
          .setRegisterShutdownHook(false);
    }

    @Override
    public synchronized void close() throws IOException {
      if (running != null) {
        running.close();
      }
      FileSystemUtils.deleteRecursively(dataDirectory);
    }
  }
}
