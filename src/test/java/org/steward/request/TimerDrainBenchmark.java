package org.steward.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.steward.DurablePostgres;
import org.steward.StewardApplication;

import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * 100,000 timers due at once (a Monday after a holiday), on a durable embedded PostgreSQL 17: half as many enterprise
 * requests waiting for their officer's first answer ({@link DueTimers}, two timers each), the clock moved past their
 * 24 hours, and one node's job executor drains them, first with Camunda's default job executor settings, then, on as
 * many fresh cases, with Steward's own (application.yaml). Each drain is timed from the moment the timers are due
 * until none is left, and every effect is checked exactly once. Not a timed test:
 * {@code ./mvnw -B verify -Pbenchmark -Dit.test=TimerDrainBenchmark [-Dbenchmark.timers=10000]} (docs/benchmarks.md).
 *
 * <p>This test's own context creates the cases (its job executor is off, as in every test); each drain runs on a node
 * started for it on the same database with the job executor on, as a production node would be.
 */
@SpringBootTest(properties = {"steward.demo.enabled=true", "logging.level.org.camunda=WARN",
    "logging.level.org.steward=WARN"})
@ActiveProfiles("test")
@Import(DurablePostgres.class)
class TimerDrainBenchmark {

  private static final Logger log = LoggerFactory.getLogger(TimerDrainBenchmark.class);
  private static final int TIMERS = Integer.getInteger("benchmark.timers", 100_000);
  private static final int CASES = TIMERS / 2;
  private static final Duration DRAIN_LIMIT = Duration.ofHours(3);

  /** Camunda 7.24's own defaults (JobExecutor, the Spring Boot starter's pool) and Spring Boot's connection pool. */
  private static final List<String> CAMUNDA_DEFAULTS = List.of(
      "--camunda.bpm.job-execution.core-pool-size=3",
      "--camunda.bpm.job-execution.max-pool-size=10",
      "--camunda.bpm.job-execution.queue-capacity=3",
      "--camunda.bpm.job-execution.max-jobs-per-acquisition=3",
      "--camunda.bpm.job-execution.wait-time-in-millis=5000",
      "--camunda.bpm.job-execution.max-wait=60000",
      "--camunda.bpm.job-execution.wait-increase-factor=2",
      "--camunda.bpm.job-execution.backoff-time-in-millis=0",
      "--camunda.bpm.job-execution.max-backoff=0",
      "--camunda.bpm.job-execution.backoff-decrease-threshold=100",
      "--camunda.bpm.job-execution.lock-time-in-millis=300000",
      "--spring.datasource.hikari.maximum-pool-size=10");

  @Autowired
  ApplicationContext setup;
  @Autowired
  EmbeddedPostgres postgres;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    DueTimers.resetClock();
  }

  @Test
  void timersDueAtOnce_defaultAgainstTuned() throws IOException {
    List<String> report = new ArrayList<>();
    report.add("%,d timers due at once (%,d cases, two timers each), one node, durable PostgreSQL 17"
        .formatted(2 * CASES, CASES));
    Drain byDefault = drain("DEFAULT", CAMUNDA_DEFAULTS, report);
    Drain tuned = drain("TUNED", List.of(), report);
    report.add("tuned / default: %.1f× faster".formatted(byDefault.seconds() / tuned.seconds()));
    report.forEach(log::warn);
    Path out = Path.of("target", "benchmark", "timer-drain.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, report);
  }

  private record Drain(double seconds) {
  }

  private Drain drain(String prefix, List<String> settings, List<String> report) {
    DueTimers timers = DueTimers.on(setup);
    long created = System.nanoTime();
    timers.create(prefix, CASES);
    double createdIn = seconds(created);
    jdbc.execute("vacuum analyze");

    List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres", "--server.port=0", "--steward.demo.enabled=false",
        "--camunda.bpm.job-execution.enabled=true", "--logging.level.org.camunda=WARN",
        "--logging.level.org.steward=WARN"));
    args.addAll(settings);
    try (ConfigurableApplicationContext node = new SpringApplicationBuilder(StewardApplication.class)
        .profiles("test").run(args.toArray(String[]::new))) {
      ProcessEngineConfigurationImpl engine = node.getBean(ProcessEngineConfigurationImpl.class);
      DueTimers.advance(Duration.ofHours(25));
      long start = System.nanoTime();
      engine.getJobExecutor().jobWasAdded();
      long end = start + DRAIN_LIMIT.toNanos();
      while (timers.timersLeft(prefix) > 0) {
        if (System.nanoTime() > end) {
          throw new AssertionError(prefix + ": timers left after " + DRAIN_LIMIT);
        }
        pause();
      }
      double drainedIn = seconds(start);
      MeterRegistry meters = node.getBean(MeterRegistry.class);
      report.add(String.format(Locale.ROOT, "%-7s created in %.0f s; drained in %.1f s = %.0f timers/s; "
              + "pool %d-%d queue %s, %d per acquisition, wait %d ms, backoff %d ms; acquisitions %.0f, "
              + "acquired %.0f, conflicts %.0f, rejected %.0f, failed %.0f",
          prefix, createdIn, drainedIn, 2 * CASES / drainedIn,
          node.getEnvironment().getProperty("camunda.bpm.job-execution.core-pool-size", Integer.class, 3),
          node.getEnvironment().getProperty("camunda.bpm.job-execution.max-pool-size", Integer.class, 10),
          node.getEnvironment().getProperty("camunda.bpm.job-execution.queue-capacity", "3"),
          engine.getJobExecutor().getMaxJobsPerAcquisition(), engine.getJobExecutor().getWaitTimeInMillis(),
          engine.getJobExecutor().getBackoffTimeInMillis(),
          count(meters, "steward.jobs.acquisition.attempts"), count(meters, "steward.jobs.acquired"),
          count(meters, "steward.jobs.acquisition.conflicts"), count(meters, "steward.jobs.rejected"),
          meters.get("steward.jobs.executed").tag("outcome", "failed").functionCounter().count()));
      log.warn(report.get(report.size() - 1));
      timers.assertEachOnce(prefix, CASES);
      return new Drain(drainedIn);
    }
  }

  private static double count(MeterRegistry meters, String name) {
    return meters.get(name).functionCounter().count();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
