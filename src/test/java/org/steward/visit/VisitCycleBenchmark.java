package org.steward.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.DurablePostgres;
import org.steward.shared.StewardClock;
import org.steward.visit.process.EnterpriseVisitProcess;
import org.steward.visit.process.VisitCycleProcess;

/**
 * Opening a visit cycle for 10,000 enterprises and 500 officers, on a durable embedded PostgreSQL 17: the enterprises
 * (one in ten a key enterprise) and officers (20 enterprises each) are bulk-inserted; January's cycle is due for every
 * one of them. Measures the monthly timer's job, then the planning's jobs executed one after the other as the job
 * executor would, each a transaction of its own that plans a batch and starts its visits' instances and tasks: the
 * total (target 60 s) and the longest (the longest transaction). Not part of {@code ./mvnw verify}:
 * {@code ./mvnw -B verify -Pbenchmark -Dit.test=VisitCycleBenchmark} (docs/benchmarks.md).
 */
@SpringBootTest(properties = {"steward.demo.enabled=true", "logging.level.org.camunda=WARN",
    "steward.visit.plan-batch=${benchmark.batch:200}"})
@ActiveProfiles("test")
@Import(DurablePostgres.class)
class VisitCycleBenchmark {

  private static final Logger log = LoggerFactory.getLogger(VisitCycleBenchmark.class);
  private static final int ENTERPRISES = Integer.getInteger("benchmark.enterprises", 10_000);
  private static final int OFFICERS = 500;
  private static final int KEY_EVERY = 10;
  /** The job executor's default core pool. */
  private static final int THREADS = Integer.getInteger("benchmark.threads", 3);

  @Autowired
  JdbcClient jdbc;
  @Autowired
  VisitProperties properties;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void openingAVisitCycleForTenThousandEnterprises() throws IOException, InterruptedException {
    insertOfficersAndEnterprises();
    LocalDate january = LocalDate.of(2027, 1, 1);
    ClockUtil.setCurrentTime(java.util.Date.from(ZonedDateTime.of(january.atTime(1, 0), StewardClock.ZONE)
        .toInstant()));
    long before = count("select count(*) from visit");

    long start = System.nanoTime();
    Job timer = management.createJobQuery().processDefinitionKey(VisitCycleProcess.ID).timers().list().stream()
        .filter(job -> job.getProcessInstanceId() == null).findFirst().orElseThrow();
    management.executeJob(timer.getId());
    double timerMs = ms(start);
    String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey("VISITS-2027-01")
        .singleResult().getId();
    List<Double> jobTimes = Collections.synchronizedList(new ArrayList<>());
    // the batches' jobs, then their completions, each round on THREADS threads as the job executor's pool runs them;
    // a completion that meets another one's update fails and runs again next round, as the executor retries it
    for (List<Job> round = jobs(instance); !round.isEmpty(); round = jobs(instance)) {
      Queue<String> queue = new ConcurrentLinkedQueue<>(round.stream().map(Job::getId).toList());
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      for (int i = 0; i < THREADS; i++) {
        pool.execute(() -> {
          for (String job = queue.poll(); job != null; job = queue.poll()) {
            long jobStart = System.nanoTime();
            try {
              management.executeJob(job);
              jobTimes.add(ms(jobStart));
            } catch (OptimisticLockingException retriedNextRound) {
              log.debug("job {} met a concurrent update", job);
            }
          }
        });
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
    }
    double totalS = ms(start) / 1000;
    List<Double> sorted = new ArrayList<>(jobTimes);
    Collections.sort(sorted);
    double longest = Math.max(timerMs, sorted.get(sorted.size() - 1));
    long planned = count("select count(*) from visit") - before;
    long created = tasks.createTaskQuery().processDefinitionKey(EnterpriseVisitProcess.ID).count();

    String result = String.format(Locale.ROOT, """
        Visit cycle benchmark
          data: %d enterprises (%d key), %d officers; batch %d; %d threads
          the monthly timer's job                              %.1f ms
          planning jobs (batches and completions): %d           median %.1f ms  longest %.1f ms
          visits planned %d, tasks created %d
          timer -> every task created                          %.2f s
          longest transaction                                  %.1f ms
        """, ENTERPRISES, ENTERPRISES / KEY_EVERY, OFFICERS, properties.planBatch(), THREADS, timerMs, jobTimes.size(),
        sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), planned, created, totalS, longest);
    log.info("\n{}", result);
    Path out = Path.of("target", "benchmark", "visit-cycle.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, result);

    assertThat(planned).isGreaterThanOrEqualTo(ENTERPRISES);
    assertThat(created).isEqualTo(planned);
    assertThat(totalS).as("timer to every task, s").isLessThan(60);
  }

  private List<Job> jobs(String instance) {
    return management.createJobQuery().processInstanceId(instance).activityId(VisitCycleProcess.PLAN_VISITS).list();
  }

  private long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private static double ms(long since) {
    return (System.nanoTime() - since) / 1e6;
  }

  // OFFICERS officers vbench<n> of department economy; ENTERPRISES enterprises, every KEY_EVERY-th a key enterprise,
  // assigned round robin
  private void insertOfficersAndEnterprises() {
    jdbc.sql("""
        insert into directory_officer (id, name, department_code, kind, is_supervisor, created_at)
        select 'vbench' || i, '走访基准' || i, 'economy', 'ENTERPRISE', false, now() from generate_series(1, :n) i""")
        .param("n", OFFICERS).update();
    jdbc.sql("""
        insert into directory_enterprise (name, credit_code, industry, area, created_at, key_enterprise)
        select '走访基准企业' || i, 'V' || lpad(i::text, 17, '0'), '基准', '区' || (i % 12), now(), i % :key = 0
        from generate_series(1, :n) i""").param("key", KEY_EVERY).param("n", ENTERPRISES).update();
    jdbc.sql("""
        insert into directory_assignment (enterprise_id, officer_id, valid_from, reason, assigned_by)
        select e.id, 'vbench' || (1 + e.id % :officers), now(), '基准', 'admin' from directory_enterprise e
        where e.name like '走访基准企业%'""").param("officers", OFFICERS).update();
    jdbc.sql("analyze").update();
  }
}
