package org.steward.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.steward.DurablePostgres;
import org.steward.ProcessorTime;
import org.steward.StewardApplication;
import org.steward.TasklistSession;
import org.steward.directory.NewOfficer;
import org.steward.directory.OfficerKind;
import org.steward.directory.Officers;

import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * 100,000 timers due at once (a Monday after a holiday), on a durable embedded PostgreSQL 17: half as many enterprise
 * requests waiting for their officer's first answer ({@link DueTimers}, two timers each), the clock moved past their
 * 24 hours, and one node's job executor drains them, first with Camunda's default job executor settings, then, on as
 * many fresh cases, with Steward's own (application.yaml), both after a smaller drain that warms the JVM up. Each drain
 * is timed from the moment the timers are due until none is left, with the CPU it cost, and every effect is checked
 * exactly once. Not a timed test:
 * {@code ./mvnw -B verify -Pbenchmark -Dit.test=TimerDrainBenchmark [-Dbenchmark.timers=10000]} (docs/benchmarks.md).
 *
 * <p>This test's own context creates the cases (its job executor is off, as in every test); each drain runs on a node
 * started for it on the same database with the job executor on, as a production node would be.
 */
@SpringBootTest(properties = {"steward.demo.enabled=true", "logging.level.org.camunda=WARN",
    "logging.level.org.steward=WARN"})
@ActiveProfiles("test")
@Import(TimerDrainBenchmark.MeasuredPostgres.class)
class TimerDrainBenchmark {

  private static final Logger log = LoggerFactory.getLogger(TimerDrainBenchmark.class);
  private static final int TIMERS = Integer.getInteger("benchmark.timers", 100_000);
  private static final int CASES = TIMERS / 2;
  /**
   * A first drain, with Camunda's defaults, that warms the JVM up: the first drain of a cold JVM spent twice the JVM
   * CPU per timer of the next (its code not yet compiled), which flattered whichever settings ran second.
   */
  private static final int WARM_UP_CASES = Integer.getInteger("benchmark.warm-up-timers", Math.min(TIMERS, 4_000)) / 2;
  private static final Duration DRAIN_LIMIT = Duration.ofHours(3);
  /**
   * Calls of the officer's on the node before the timers fall due, twice (the first round warms up): what 我的待办
   * takes when the node is idle.
   */
  private static final int IDLE_CALLS = 20;
  /**
   * The officer at work during each drain ({@link OfficerAtWork}): one who follows none of the drains' cases, so that
   * the drain's cost to the node shows in a list whose own size does not change from one round to the next.
   */
  private static final String COLLEAGUE = "colleague";

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

  /** {@link org.steward.DurablePostgres} with pg_stat_statements: which statements a drain spends its time on. */
  @TestConfiguration(proxyBeanMethods = false)
  static class MeasuredPostgres {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
      return DurablePostgres.measured().start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
      return DurablePostgres.dataSourceOf(postgres);
    }
  }

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
    report.add(("%,d timers due at once (%,d cases, two timers each), one node, durable PostgreSQL 17; a drain of %,d"
        + " to warm the JVM up first").formatted(2 * CASES, CASES, 2 * WARM_UP_CASES));
    setup.getBean(Officers.class).createOfficer(new NewOfficer(COLLEAGUE, "同事", "economy", OfficerKind.ENTERPRISE,
        null, null), "demo");
    drain("WARM-UP", WARM_UP_CASES, CAMUNDA_DEFAULTS, report);
    Drain byDefault = drain("DEFAULT", CASES, CAMUNDA_DEFAULTS, report);
    // -Dbenchmark.tuned="--name=value ..." tries a variant of Steward's settings
    Drain tuned = drain("TUNED", CASES, List.of(System.getProperty("benchmark.tuned", "").split("\\s+")).stream()
        .filter(setting -> !setting.isBlank()).toList(), report);
    report.add("tuned / default: %.1f× faster".formatted(byDefault.seconds() / tuned.seconds()));
    report.forEach(log::warn);
    Path out = Path.of("target", "benchmark", "timer-drain.txt");
    Files.createDirectories(out.getParent());
    Files.write(out, report);
  }

  private record Drain(double seconds) {
  }

  private Drain drain(String prefix, int cases, List<String> settings, List<String> report) throws IOException {
    DueTimers timers = DueTimers.on(setup);
    long created = System.nanoTime();
    timers.create(prefix, cases);
    double createdIn = seconds(created);
    jdbc.execute("vacuum analyze");
    jdbc.execute("create extension if not exists pg_stat_statements");
    jdbc.execute("select pg_stat_statements_reset()");

    List<String> args = new ArrayList<>(List.of(
        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres", "--server.port=0", "--steward.demo.enabled=false",
        "--camunda.bpm.job-execution.enabled=true", "--logging.level.org.camunda=WARN",
        "--logging.level.org.steward=WARN"));
    args.addAll(settings);
    try (ConfigurableApplicationContext node = new SpringApplicationBuilder(StewardApplication.class)
        .profiles("test").run(args.toArray(String[]::new))) {
      ProcessEngineConfigurationImpl engine = node.getBean(ProcessEngineConfigurationImpl.class);
      OfficerAtWork officer = new OfficerAtWork(node.getEnvironment().getProperty("local.server.port", Integer.class),
          COLLEAGUE);
      officer.calls(IDLE_CALLS);
      List<Call> idle = officer.calls(IDLE_CALLS);
      DueTimers.advance(Duration.ofHours(25));
      Recording recording = profiling();
      CpuTime cpuBefore = CpuTime.now(jdbc);
      long start = System.nanoTime();
      officer.start();
      engine.getJobExecutor().jobWasAdded();
      long end = start + DRAIN_LIMIT.toNanos();
      // a cheap look while draining (the exact count per case number costs 40 ms at 10,000 jobs); exact at the end
      while (timersDue() || timers.timersLeft(prefix) > 0) {
        if (System.nanoTime() > end) {
          throw new AssertionError(prefix + ": timers left after " + DRAIN_LIMIT);
        }
        pause();
      }
      double drainedIn = seconds(start);
      CpuTime cpuUsed = CpuTime.now(jdbc).minus(cpuBefore);
      List<Call> duringDrain = officer.stop();
      recording.stop();
      Path jfr = Path.of("target", "benchmark", "timer-drain-" + prefix.toLowerCase(Locale.ROOT) + ".jfr");
      Files.createDirectories(jfr.getParent());
      recording.dump(jfr);
      recording.close();
      MeterRegistry meters = node.getBean(MeterRegistry.class);
      report.add(String.format(Locale.ROOT, "%-7s created in %.0f s; drained in %.1f s = %.0f timers/s; "
              + "pool %d-%d queue %s, %d per acquisition, wait %d ms, backoff %d ms; acquisitions %.0f, "
              + "acquired %.0f, conflicts %.0f, rejected %.0f, failed %.0f",
          prefix, createdIn, drainedIn, 2 * cases / drainedIn,
          node.getEnvironment().getProperty("camunda.bpm.job-execution.core-pool-size", Integer.class, 3),
          node.getEnvironment().getProperty("camunda.bpm.job-execution.max-pool-size", Integer.class, 10),
          node.getEnvironment().getProperty("camunda.bpm.job-execution.queue-capacity", "3"),
          engine.getJobExecutor().getMaxJobsPerAcquisition(), engine.getJobExecutor().getWaitTimeInMillis(),
          engine.getJobExecutor().getBackoffTimeInMillis(),
          count(meters, "steward.jobs.acquisition.attempts"), count(meters, "steward.jobs.acquired"),
          count(meters, "steward.jobs.acquisition.conflicts"), count(meters, "steward.jobs.rejected"),
          meters.get("steward.jobs.executed").tag("outcome", "failed").functionCounter().count()));
      log.warn(report.get(report.size() - 1));
      report.add(cpuUsed.summary(2 * cases, drainedIn));
      log.warn(report.get(report.size() - 1));
      report.add(officer.summary(idle, duringDrain));
      log.warn(report.get(report.size() - 1));
      report.add(String.format(Locale.ROOT, "  statements during the drain: %.1f a timer; by total time (ms total,"
          + " calls, ms mean, rows):", jdbc.queryForObject("select sum(calls) from pg_stat_statements", Double.class)
          / (2 * cases)));
      jdbc.query("""
              select total_exec_time, calls, mean_exec_time, rows, regexp_replace(query, '\\s+', ' ', 'g') as query
                from pg_stat_statements order by total_exec_time desc limit 12""",
          rs -> {
            String query = rs.getString("query");
            report.add(String.format(Locale.ROOT, "  %10.0f %8d %8.2f %8d  %s", rs.getDouble(1), rs.getLong(2),
                rs.getDouble(3), rs.getLong(4), query.substring(0, Math.min(220, query.length()))));
          });
      report.addAll(cpuProfile(jfr));
      timers.assertEachOnce(prefix, cases);
      return new Drain(drainedIn);
    }
  }

  private static Recording profiling() throws IOException {
    try {
      Recording recording = new Recording(Configuration.getConfiguration("profile"));
      recording.start();
      return recording;
    } catch (ParseException e) {
      throw new IllegalStateException("JFR's profile settings", e);
    }
  }

  /** Where the JVM's CPU went during the drain: JFR's execution samples by the top frame's library, and by method. */
  private static List<String> cpuProfile(Path jfr) throws IOException {
    Map<String, Integer> byLibrary = new TreeMap<>();
    Map<String, Integer> byMethod = new TreeMap<>();
    int samples = 0;
    try (RecordingFile file = new RecordingFile(jfr)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
            || event.getStackTrace().getFrames().isEmpty()) {
          continue;
        }
        samples++;
        RecordedFrame top = event.getStackTrace().getFrames().get(0);
        String type = top.getMethod().getType().getName();
        byLibrary.merge(library(type), 1, Integer::sum);
        byMethod.merge(type + "." + top.getMethod().getName(), 1, Integer::sum);
      }
    }
    int total = Math.max(1, samples);
    List<String> lines = new ArrayList<>();
    lines.add("  JVM CPU samples (JFR) by the top frame's library: " + byLibrary.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .map(e -> String.format(Locale.ROOT, "%s %.0f %%", e.getKey(), 100.0 * e.getValue() / total))
        .collect(Collectors.joining(", ")));
    byMethod.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
        .forEach(e -> lines.add(String.format(Locale.ROOT, "    %4.1f %%  %s", 100.0 * e.getValue() / total,
            e.getKey())));
    return lines;
  }

  private static String library(String type) {
    for (String library : List.of("org.camunda", "org.apache.ibatis", "org.postgresql", "com.zaxxer", "org.steward",
        "org.springframework", "com.fasterxml", "org.h2", "java.", "jdk.", "sun.")) {
      if (type.startsWith(library)) {
        return library.endsWith(".") ? "JDK" : library;
      }
    }
    return "other";
  }

  /**
   * CPU time so far, in seconds ({@link ProcessorTime}): this JVM's (the node runs in it), the PostgreSQL server's, and
   * the whole machine's, busy and in all. How much CPU a timer costs, and whether the cores had any left: a drain that
   * keeps both cores busy cannot go faster by any job executor setting.
   */
  private record CpuTime(double jvm, double postgres, double machineBusy, double machineTotal) {

    static CpuTime now(JdbcTemplate jdbc) {
      double jvm = ProcessorTime.jvmMillis() / 1e3;
      if (!ProcessorTime.available()) {
        return new CpuTime(jvm, Double.NaN, Double.NaN, Double.NaN);
      }
      ProcessorTime.Machine machine = ProcessorTime.machine();
      return new CpuTime(jvm,
          ProcessorTime.postgresMillis(jdbc.queryForObject("select pg_backend_pid()", Long.class)) / 1e3,
          machine.busyMillis() / 1e3, machine.totalMillis() / 1e3);
    }

    CpuTime minus(CpuTime before) {
      return new CpuTime(jvm - before.jvm, postgres - before.postgres, machineBusy - before.machineBusy,
          machineTotal - before.machineTotal);
    }

    /** CPU per timer, the ceiling it sets on this machine's cores, and how busy the cores were. */
    String summary(int timers, double seconds) {
      int cores = Runtime.getRuntime().availableProcessors();
      double perTimer = (jvm + postgres) / timers;
      return String.format(Locale.ROOT, "  CPU during the drain: JVM %.1f s, PostgreSQL %.1f s = %.2f ms a timer,"
              + " so %d cores run at most %.0f timers/s (this drain: %.0f %% of that); the cores were busy %.0f %%"
              + " (the JVM and PostgreSQL %.0f %%, anything else %.0f %%)",
          jvm, postgres, 1000 * perTimer, cores, cores / perTimer, 100 * timers / seconds * perTimer / cores,
          100 * machineBusy / machineTotal, 100 * (jvm + postgres) / (cores * seconds),
          100 * (machineBusy - jvm - postgres) / (cores * seconds));
    }
  }

  /** One call of the officer's: how long it took and what the node answered. */
  private record Call(double millis, int status) {
  }

  /**
   * An officer at work while the timers drain: logged into Tasklist on the draining node, opening 我的待办 as Tasklist
   * does (a page of 15 and its count in one call), every quarter second. What a drain costs the people who use the
   * node meanwhile.
   */
  private static final class OfficerAtWork {

    private final TasklistSession session;
    private final String myTasks;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean stopped;
    private Thread thread;

    OfficerAtWork(int port, String officer) throws IOException {
      try {
        session = TasklistSession.login(port, officer);
        myTasks = session.filters().get("我的待办");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }

    /** {@code count} calls one after the other, now. */
    List<Call> calls(int count) {
      List<Call> made = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        made.add(call());
      }
      return made;
    }

    void start() {
      thread = new Thread(() -> {
        while (!stopped) {
          calls.add(call());
          try {
            Thread.sleep(250);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "officer-at-work");
      thread.setDaemon(true);
      thread.start();
    }

    List<Call> stop() {
      stopped = true;
      try {
        thread.join(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return List.copyOf(calls);
    }

    private Call call() {
      long start = System.nanoTime();
      try {
        int status = session.listPage(myTasks).statusCode();
        return new Call((System.nanoTime() - start) / 1e6, status);
      } catch (IOException e) {
        return new Call((System.nanoTime() - start) / 1e6, 0);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Call((System.nanoTime() - start) / 1e6, 0);
      }
    }

    /** The idle calls' p50 and p95; the drain's calls: p50, p95, max and the answers other than 200. */
    String summary(List<Call> idle, List<Call> duringDrain) {
      List<Double> idleTimes = idle.stream().map(Call::millis).sorted().toList();
      List<Double> times = duringDrain.stream().map(Call::millis).sorted().toList();
      Map<Integer, Long> failed = duringDrain.stream().filter(call -> call.status() != 200)
          .collect(Collectors.groupingBy(Call::status, TreeMap::new, Collectors.counting()));
      return String.format(Locale.ROOT, "  an officer's 我的待办 (Tasklist's list call, ms): idle p50 %.0f, p95 %.0f;"
              + " during the drain %d calls, p50 %.0f, p95 %.0f, max %.0f; answers other than 200: %s",
          percentile(idleTimes, 0.5), percentile(idleTimes, 0.95), times.size(), percentile(times, 0.5),
          percentile(times, 0.95), percentile(times, 1.0), failed.isEmpty() ? "none" : failed);
    }

    private static double percentile(List<Double> sorted, double share) {
      return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(share * sorted.size()) - 1);
    }
  }

  /**
   * Whether a timer of an enterprise request is due by the engine clock and not yet run. It stops at the first one; a
   * count read all 100,000 jobs every second, 50–56 ms a call and 4–5 % of PostgreSQL's CPU in a drain.
   */
  private boolean timersDue() {
    return Boolean.TRUE.equals(jdbc.queryForObject("""
        select exists (select 1 from act_ru_job
                        where type_ = 'timer' and process_def_key_ = 'enterprise-request' and duedate_ <= ?)""",
        Boolean.class, new Timestamp(ClockUtil.getCurrentTime().getTime())));
  }

  private static double count(MeterRegistry meters, String name) {
    return meters.get(name).functionCounter().count();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
