package org.steward;

import static org.steward.TasklistSession.ENGINE;
import static org.steward.TasklistSession.TASKLIST_BODY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Tasklist's filters, the ledger, the dashboard and a year's report over a city ({@link CityData}: by default 100,000
 * open and 1,000,000 closed cases, 500 officers, 50 departments, 20,000 enterprises), with authorization on, on a
 * durable embedded PostgreSQL 17, each call over HTTP as the browser makes it after a login through the webapp: p95
 * (and median) of {@code benchmark.runs} calls after {@code benchmark.warmUp}. Prints a table, writes it to
 * {@code target/benchmark/city.txt} with the statements that took the most time (pg_stat_statements). Not a timed
 * test: {@code ./mvnw -B verify -Pbenchmark -Dit.test=CityBenchmark} (sizes: see CityData; docs/benchmarks.md).
 * The job executor is off, so that no timer of the city falls due during the measurements.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "steward.demo.enabled=true", "logging.level.org.camunda=WARN", "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("test")
class CityBenchmark {

  private static final Logger log = LoggerFactory.getLogger(CityBenchmark.class);
  private static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 5);
  private static final int RUNS = Integer.getInteger("benchmark.runs", 40);
  /** Which calls to measure, e.g. {@code -Dbenchmark.calls=ledger,dashboard}: filters, ledger, dashboard, report. */
  private static final List<String> CALLS = List.of(System.getProperty("benchmark.calls",
      "filters,ledger,dashboard,report").split(","));
  /**
   * A city kept by an earlier run ({@code -Dbenchmark.keepData}) to measure again, e.g. after a change of the code:
   * {@code -Dbenchmark.reuseData=<its directory>} with the same sizes. The application's migrations run on it at
   * start-up, as on an upgraded installation; nothing is generated.
   */
  private static final String REUSED = System.getProperty("benchmark.reuseData");

  @TestConfiguration(proxyBeanMethods = false)
  static class CityPostgres {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
      EmbeddedPostgres.Builder builder = DurablePostgres.measured()
          .setServerConfig("shared_buffers", System.getProperty("benchmark.sharedBuffers", "512MB"))
          .setServerConfig("work_mem", "16MB").setServerConfig("max_wal_size", "4GB");
      String keep = System.getProperty("benchmark.keepData", REUSED);
      if (keep != null) {
        // the city stays in this directory after the run, for EXPLAIN with psql and the same binaries, or for another
        // run on the same city (benchmark.reuseData)
        builder.setDataDirectory(Path.of(keep)).setCleanDataDirectory(false);
      }
      return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
      return DurablePostgres.dataSourceOf(postgres);
    }
  }

  @LocalServerPort
  int port;
  @Autowired
  ApplicationContext context;
  @Autowired
  JdbcClient jdbc;

  private final Map<String, double[]> figures = new LinkedHashMap<>();

  @Test
  void aCity() throws Exception {
    CityData.Sizes sizes = CityData.Sizes.fromProperties();
    CityData city = new CityData(context, sizes);
    if (REUSED == null) {
      city.build();
    } else {
      jdbc.sql("analyze").update();
    }
    jdbc.sql("create extension if not exists pg_stat_statements").update();
    jdbc.sql("select pg_stat_statements_reset()").query(Object.class).list();

    TasklistSession officer = TasklistSession.login(port, CityData.officer(1));
    TasklistSession staff = TasklistSession.login(port, CityData.staff(6));
    TasklistSession supervisor = TasklistSession.login(port, CityData.supervisor(1));
    if (CALLS.contains("filters")) {
      for (Map.Entry<String, TasklistSession> user : Map.of("officer " + CityData.officer(1), officer,
          "department " + CityData.staff(6), staff, "supervisor " + CityData.supervisor(1), supervisor).entrySet()
          .stream().sorted(Map.Entry.comparingByKey()).toList()) {
        for (Map.Entry<String, String> filter : user.getValue().filters().entrySet()) {
          String id = filter.getValue();
          measure(user.getKey() + ": " + filter.getKey() + " list", 100, () -> user.getValue().list(id));
          measure(user.getKey() + ": " + filter.getKey() + " count", 100, () -> user.getValue().post(
              ENGINE + "/filter/" + id + "/count", TASKLIST_BODY, "application/json"));
        }
      }
    }
    Map<String, TasklistSession> ledgerReaders = Map.of("officer", officer, "supervisor", supervisor);
    for (String who : CALLS.contains("ledger") ? List.of("officer", "supervisor") : List.<String>of()) {
      for (String query : List.of("", "state=HANDLING", "light=RED", "department=" + CityData.department(6),
          "officer=" + CityData.officer(1), "supervised=true", "page=10", "state=CLOSED&submittedFrom=2026-06-01"
              + "&submittedTo=2026-06-30")) {
        measure("ledger as " + who + (query.isEmpty() ? "" : " ?" + query), 100,
            () -> ledgerReaders.get(who).get("/api/ledger" + (query.isEmpty() ? "" : "?" + query)));
      }
    }
    if (CALLS.contains("dashboard")) {
      measure("dashboard as supervisor", 500, () -> supervisor.get("/api/dashboard"));
    }
    if (CALLS.contains("report")) {
      measure("report 2026 as supervisor", 2000, () -> supervisor.get("/api/reports?period=2026"));
    }

    measureAll();
    String settings = String.join(", ", Stream.of("server_version", "fsync", "synchronous_commit", "shared_buffers")
        .map(name -> name + "=" + jdbc.sql("show " + name).query(String.class).single()).toList());
    StringBuilder table = new StringBuilder();
    figures.forEach((name, f) -> table.append(String.format(Locale.ROOT, "  %-62s %8.1f %8.1f %8.0f  %s%n", name,
        f[0], f[1], f[2], f[1] <= f[2] ? "ok" : "OVER")));
    String result = String.format(Locale.ROOT, """
        City benchmark, %s (%s; load average %s; %d processors)
          sizes: %s
          generation:
        %s
          the city:
        %s
          p50 and p95 of %d calls after %d warm-up calls, ms:
          %-62s %8s %8s %8s
        %s
          statements with the most total time (pg_stat_statements, measurements only):
        %s""", ZonedDateTime.now(), settings, loadAverage(), Runtime.getRuntime().availableProcessors(), sizes,
        city.seconds().entrySet().stream().map(e -> String.format(Locale.ROOT, "    %-50s %8.1f s", e.getKey(),
            e.getValue())).collect(Collectors.joining("\n")),
        city.summary(), RUNS, WARM_UP, "call", "p50", "p95", "target", table, topStatements());
    log.info("\n{}", result);
    Path out = Path.of("target", "benchmark", "city.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, result);
  }

  private interface Call {
    String run() throws Exception;
  }

  /** A call to measure, once every call has been warmed up ({@link #measureAll}). */
  private record Measured(String name, double target, Call call) {
  }

  private final List<Measured> calls = new ArrayList<>();

  private void measure(String name, double target, Call call) {
    calls.add(new Measured(name, target, call));
  }

  /**
   * Warms every call up first, so that no call's figures hold the JVM's compilation of code the calls share (the first
   * call measured paid for it before), then measures each.
   */
  private void measureAll() throws Exception {
    for (Measured measured : calls) {
      for (int i = 0; i < WARM_UP; i++) {
        measured.call().run();
      }
    }
    for (Measured measured : calls) {
      measureOne(measured.name(), measured.target(), measured.call());
    }
  }

  private void measureOne(String name, double target, Call call) throws Exception {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      call.run();
      times.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(times);
    double p95 = times.get((int) Math.ceil(0.95 * times.size()) - 1);
    figures.put(name, new double[] {times.get(times.size() / 2), p95, target});
    log.info("City: {} p95 {} ms", name, String.format(Locale.ROOT, "%.1f", p95));
  }

  private String topStatements() {
    return jdbc.sql("""
            select calls, round(total_exec_time) as total, round(mean_exec_time::numeric, 1) as mean,
                   regexp_replace(left(query, 300), '\\s+', ' ', 'g') as query
              from pg_stat_statements order by total_exec_time desc limit 15""")
        .query((rs, n) -> String.format(Locale.ROOT, "    %7d calls %9d ms total %8.1f ms mean  %s", rs.getLong(1),
            rs.getLong(2), rs.getDouble(3), rs.getString(4)))
        .list().stream().collect(Collectors.joining("\n"));
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
