package org.steward.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.DurablePostgres;
import org.steward.ProcessorTime;
import org.steward.directory.DirectoryManagement;
import org.steward.handling.process.DepartmentHandlingProcess;
import org.steward.request.process.EnterpriseRequestProcess;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Throughput of complete enterprise requests through Steward's real code path (the request API, the real processes,
 * DMN, delegates, Steward's tables, Camunda authorization with each role's identity) next to a bare BPMN with the same
 * eight user tasks and one message, in the same run, on a durable PostgreSQL (fsync and synchronous_commit on).
 * Not part of {@code ./mvnw verify}: run with {@code ./mvnw -B verify -Pbenchmark} (docs/benchmarks.md).
 */
@SpringBootTest(properties = {"steward.demo.enabled=true", "logging.level.org.camunda=WARN"})
@ActiveProfiles("test")
class RequestThroughputBenchmark {

  private static final Logger log = LoggerFactory.getLogger(RequestThroughputBenchmark.class);
  private static final int CASES = Integer.getInteger("benchmark.cases", 1000);
  /**
   * Steward's path runs far more code than the bare BPMN (routing table, forms, delegates, its own tables); with 50
   * warm-up cases its first round still ran about a fifth slower than its later ones while the JIT compiled it.
   */
  private static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 300);
  private static final int THREADS = Integer.getInteger("benchmark.threads", 4);
  private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);
  private static final String BARE = "bare-case";
  private static final String OFFICER = "zhangwei";

  /** {@link DurablePostgres#measured()}: durable, pg_stat_statements loaded, autovacuum every 10 s. */
  @TestConfiguration(proxyBeanMethods = false)
  static class MeasuredPostgres {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() throws IOException {
      return DurablePostgres.measured().start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
      HikariDataSource dataSource = (HikariDataSource) DurablePostgres.dataSourceOf(postgres);
      dataSource.setMaximumPoolSize(THREADS * 2 + 2);
      return dataSource;
    }
  }

  // per step: nanoseconds; LongSummaryStatistics is not thread-safe, so every update goes through compute
  private final Map<String, LongSummaryStatistics> steps = new ConcurrentHashMap<>();

  @Autowired
  RequestIntake requests;
  @Autowired
  RequestRatings ratings;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  IdentityService identityService;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ProcessEngine engine;

  @Test
  void completeCases_stewardNextToBareBpmn() throws Exception {
    long enterpriseId = directory.enterpriseOfUser("ent01").orElseThrow().id();
    assertThat(directory.officerOf(enterpriseId).orElseThrow().id()).isEqualTo(OFFICER);
    repositoryService.createDeployment().name("benchmark").addModelInstance("bare-case.bpmn", bareCase())
        .addString("bare-step.form", BARE_FORM).deploy();
    HistoryLevel historyLevel = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getHistoryLevel();
    jdbc.sql("create extension if not exists pg_stat_statements").update();
    String settings = String.join(", ", Stream.of("fsync", "synchronous_commit", "autovacuum_naptime")
        .map(name -> name + "=" + setting(name)).toList());

    run(WARM_UP, i -> stewardCase(enterpriseId, -i - 1));
    run(WARM_UP, i -> bareCase(-i - 1));
    steps.clear();
    // Rounds alternate which kind goes first, so that neither always meets the larger database or the later checkpoint.
    Map<String, Long> bareWork = new LinkedHashMap<>();
    Map<String, Long> stewardWork = new LinkedHashMap<>();
    Map<String, Long> bareInserts = new HashMap<>();
    Map<String, Long> stewardInserts = new HashMap<>();
    Map<String, double[]> bareStatements = new HashMap<>();
    Map<String, double[]> stewardStatements = new HashMap<>();
    double bareSeconds = 0;
    double stewardSeconds = 0;
    StringBuilder rounds = new StringBuilder();
    int perRound = CASES / ROUNDS;
    for (int round = 0; round < ROUNDS; round++) {
      int offset = round * perRound;
      double bareRound = 0;
      double stewardRound = 0;
      for (int turn = 0; turn < 2; turn++) {
        Map<String, Long> before = databaseWork();
        Map<String, Long> insertsBefore = insertsByTable();
        Map<String, double[]> statementsBefore = statementWork();
        if ((round + turn) % 2 == 0) {
          stewardRound = run(perRound, i -> stewardCase(enterpriseId, offset + i));
          add(stewardWork, before, databaseWork());
          add(stewardInserts, insertsBefore, insertsByTable());
          addStatements(stewardStatements, statementsBefore, statementWork());
        } else {
          bareRound = run(perRound, i -> bareCase(offset + i));
          add(bareWork, before, databaseWork());
          add(bareInserts, insertsBefore, insertsByTable());
          addStatements(bareStatements, statementsBefore, statementWork());
        }
      }
      bareSeconds += bareRound;
      stewardSeconds += stewardRound;
      rounds.append(String.format(Locale.ROOT, "  round %d: bare %.1f cases/s, Steward %.1f cases/s%n", round + 1,
          perRound / bareRound, perRound / stewardRound));
    }
    int cases = ROUNDS * perRound;
    double bare = cases / bareSeconds;
    double steward = cases / stewardSeconds;

    assertThat(jdbc.sql("select count(*) from request where state <> 'CLOSED'").query(Long.class).single()).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(BARE).count()).isZero();
    String result = String.format(Locale.ROOT, """
        Complete cases on PostgreSQL (%s), %d client threads, history level %s,
        %d cases of each kind after %d warm-up cases, in %d rounds alternating which kind goes first:
          bare BPMN (8 user tasks + 1 message):            %.1f cases/s
          Steward (submit, sign for, hand over to 2 units,
                   2x sign for + feedback, consolidate,
                   reply, enterprise rates satisfied):      %.1f cases/s
          Steward / bare:                                   %.0f %%
          processor time per case, bare / Steward:          %s
        %sMean time per step (ms, one client thread's view):
        %sWork per case (processor ms, pg_stat_database), bare | Steward:
        %sRows inserted per case by table (pg_stat_user_tables), bare | Steward:
        %sStatements by time per case (pg_stat_statements; ms per case, calls per case), Steward:
        %sthe same, bare:
        %sVariables per Steward case by process and name, warm-up included (ACT_HI_VARINST):
        %sTables most read by sequential scans over the whole run, warm-up included (pg_stat_user_tables):
        %s""", settings, THREADS, historyLevel.getName(), cases, WARM_UP, ROUNDS, bare, steward, 100 * steward / bare,
        ProcessorTime.available()
            ? String.format(Locale.ROOT, "%.0f %%", 100.0 * cpu(bareWork) / cpu(stewardWork))
            : "not measured (PostgreSQL's share needs Linux's /proc)",
        rounds, stepTimes(), perCase(bareWork, stewardWork, cases), insertsPerCase(bareInserts, stewardInserts, cases),
        topStatements(stewardStatements, cases), topStatements(bareStatements, cases), variablesPerCase(),
        sequentialScans());
    log.info("\n{}", result);
    Path out = Path.of("target", "benchmark", "request-throughput.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, result);
  }

  /** One complete request, every step as the user who does it in real life. */
  private void stewardCase(long enterpriseId, int i) {
    Caller enterprise = new Caller("ent01", Set.of("enterprises"));
    long submitted = System.nanoTime();
    String caseNumber = requests.submit(new NewRequest(enterpriseId, "power", "扩建车间用电增容 " + i,
        "新建二号车间需增容 800 千伏安，请协调供电方案。", "王经理", "13800000000", "NORMAL", "PORTAL"), enterprise, null)
        .request().caseNumber();
    time("steward submit", submitted);
    complete(OFFICER, "officers", caseNumber, EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST,
        Map.of("firstAnswer", "已收到，今天内联系供电局。"));
    complete(OFFICER, "officers", caseNumber, EnterpriseRequestProcess.DECIDE_HANDLING, Map.of("decision", "HAND_OVER",
        "leadDepartment", "power", "cooperatingDepartments", "housing", "timeLimit", 5));
    for (String department : List.of("power", "housing")) {
      String staff = department + "01";
      complete(staff, "dept-" + department, caseNumber, DepartmentHandlingProcess.HANDLE_MATTER,
          Map.of("action", "FEEDBACK", "feedback", "已完成现场勘查并出具方案。"));
    }
    complete("power01", "dept-power", caseNumber, EnterpriseRequestProcess.CONSOLIDATE_FEEDBACK,
        Map.of("consolidatedAnswer", "供电方案已出具，下周施工。"));
    complete(OFFICER, "officers", caseNumber, EnterpriseRequestProcess.REPLY_TO_ENTERPRISE,
        Map.of("reply", "供电方案已出具，下周施工。"));
    long rated = System.nanoTime();
    ratings.rate(caseNumber, "SATISFIED", "响应很快", enterprise);
    time("steward rate", rated);
  }

  private void bareCase(int i) {
    String key = "BARE-" + i;
    long started = System.nanoTime();
    runtimeService.startProcessInstanceByKey(BARE, key, Map.of("caseNumber", key));
    time("bare start", started);
    for (int step = 1; step <= 8; step++) {
      complete(OFFICER, "officers", key, "UserTask_Step" + step, Map.of("note", "第" + step + "步"));
    }
    long rated = System.nanoTime();
    runtimeService.createMessageCorrelation("BareRated").processInstanceBusinessKey(key).correlate();
    time("bare rate", rated);
  }

  private void complete(String user, String group, String businessKey, String taskKey, Map<String, Object> variables) {
    identityService.setAuthentication(user, List.of(group));
    try {
      String kind = businessKey.startsWith("BARE") ? "bare " : "steward ";
      long queried = System.nanoTime();
      Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
          .singleResult();
      time(kind + "task query", queried);
      assertThat(task).as("%s of %s for %s", taskKey, businessKey, user).isNotNull();
      long completed = System.nanoTime();
      taskService.complete(task.getId(), variables);
      time(kind + "complete " + taskKey, completed);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void time(String step, long since) {
    long nanos = System.nanoTime() - since;
    steps.compute(step, (name, stats) -> {
      LongSummaryStatistics updated = stats == null ? new LongSummaryStatistics() : stats;
      updated.accept(nanos);
      return updated;
    });
  }

  private String stepTimes() {
    StringBuilder lines = new StringBuilder();
    new TreeMap<>(steps).forEach((step, nanos) -> lines.append(String.format(Locale.ROOT, "  %-45s %6.1f%n", step,
        nanos.getAverage() / 1e6)));
    return lines.toString();
  }

  /** Runs {@code count} cases on the client threads; answers the seconds they took. */
  private static double run(int count, IntConsumer oneCase) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(THREADS);
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      done.add(clients.submit(() -> {
        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
          oneCase.accept(i);
        }
        return null;
      }));
    }
    for (Future<?> client : done) {
      client.get();
    }
    clients.shutdown();
    return (System.nanoTime() - start) / 1e9;
  }

  /** The one field the bare case's tasks set. */
  private static final String BARE_FORM = """
      {"id": "bare-step", "type": "default", "components": [{"type": "textfield", "key": "note", "label": "备注"}]}
      """;

  private static BpmnModelInstance bareCase() {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(BARE).camundaHistoryTimeToLive(1).startEvent();
    for (int step = 1; step <= 8; step++) {
      // every completion passes Steward's completion guard, which admits only what the task's form declares
      flow = flow.userTask("UserTask_Step" + step).camundaAssignee(OFFICER).camundaFormRef("bare-step")
          .camundaFormRefBinding("deployment");
    }
    return flow.intermediateCatchEvent().message("BareRated").endEvent().done();
  }

  /**
   * The processors' time so far (this JVM's, and PostgreSQL's: the postmaster, its processes and those it reaped, from
   * /proc on Linux) and pg_stat_database's counters. On a machine shared with other work the processor time a case
   * costs varies far less than the seconds it takes.
   */
  private Map<String, Long> databaseWork() {
    long jvmCpu = ProcessorTime.jvmMillis();
    long postgresCpu = ProcessorTime.available()
        ? ProcessorTime.postgresMillis(jdbc.sql("select pg_backend_pid()").query(Long.class).single()) : 0;
    return jdbc.sql("""
            select xact_commit, tup_inserted, tup_updated, tup_deleted, tup_returned, tup_fetched
              from pg_stat_database where datname = current_database()
            """)
        .query((rs, n) -> {
          Map<String, Long> work = new LinkedHashMap<>();
          work.put("cpu_ms_jvm", jvmCpu);
          work.put("cpu_ms_postgres", postgresCpu);
          for (String column : List.of("xact_commit", "tup_inserted", "tup_updated", "tup_deleted", "tup_returned",
              "tup_fetched")) {
            work.put(column, rs.getLong(column));
          }
          return work;
        })
        .single();
  }

  private Map<String, Long> insertsByTable() {
    Map<String, Long> inserts = new HashMap<>();
    jdbc.sql("select relname, n_tup_ins from pg_stat_user_tables")
        .query(rs -> {
          inserts.put(rs.getString("relname"), rs.getLong("n_tup_ins"));
        });
    return inserts;
  }

  /** The tables Steward's cases insert most into, with the bare cases' figure for the same table. */
  private static String insertsPerCase(Map<String, Long> bare, Map<String, Long> steward, int cases) {
    return steward.entrySet().stream().filter(table -> table.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
        .map(table -> String.format(Locale.ROOT, "  %-28s %6.1f | %6.1f%n", table.getKey(),
            bare.getOrDefault(table.getKey(), 0L) / (double) cases, table.getValue() / (double) cases))
        .collect(Collectors.joining());
  }

  /** Calls and milliseconds so far by statement text (pg_stat_statements keeps them from the engine's start). */
  private Map<String, double[]> statementWork() {
    Map<String, double[]> work = new HashMap<>();
    jdbc.sql("select regexp_replace(query, '\\s+', ' ', 'g'), calls, total_exec_time from pg_stat_statements")
        .query(rs -> {
          work.merge(rs.getString(1), new double[] {rs.getLong(2), rs.getDouble(3)},
              RequestThroughputBenchmark::sum);
        });
    return work;
  }

  private static void addStatements(Map<String, double[]> total, Map<String, double[]> from,
      Map<String, double[]> to) {
    to.forEach((query, work) -> {
      double[] before = from.getOrDefault(query, new double[2]);
      total.merge(query, new double[] {work[0] - before[0], work[1] - before[1]}, RequestThroughputBenchmark::sum);
    });
  }

  /** Calls and milliseconds of two figures of the same statement, added. */
  private static double[] sum(double[] a, double[] b) {
    return new double[] {a[0] + b[0], a[1] + b[1]};
  }

  private static String topStatements(Map<String, double[]> statements, int cases) {
    double[] all = statements.values().stream().reduce(new double[2], RequestThroughputBenchmark::sum);
    return String.format(Locale.ROOT, "  %6.2f %5.1f  (all statements)%n", all[1] / cases, all[0] / cases)
        + top(statements, 1, 15, cases) + "  ... the most frequent:\n" + top(statements, 0, 25, cases);
  }

  /** The statements with the most of figure {@code by} (0 calls, 1 milliseconds). */
  private static String top(Map<String, double[]> statements, int by, int limit, int cases) {
    return statements.entrySet().stream()
        .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> s) -> s.getValue()[by]).reversed())
        .limit(limit)
        .map(s -> String.format(Locale.ROOT, "  %6.2f %5.1f  %s%n", s.getValue()[1] / cases, s.getValue()[0] / cases,
            s.getKey().substring(0, Math.min(200, s.getKey().length()))))
        .collect(Collectors.joining());
  }

  /** Which variables a Steward case writes: the first thing to look at when its variable inserts grow. */
  private String variablesPerCase() {
    double cases = jdbc.sql("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = ?")
        .param(EnterpriseRequestProcess.ID).query(Long.class).single();
    return jdbc.sql("""
            select PROC_DEF_KEY_, NAME_, count(*) from ACT_HI_VARINST where PROC_DEF_KEY_ <> ?
             group by PROC_DEF_KEY_, NAME_ order by PROC_DEF_KEY_, count(*) desc, NAME_
            """)
        .param(BARE)
        .query((rs, n) -> String.format(Locale.ROOT, "  %-22s %-28s %5.2f%n", rs.getString(1), rs.getString(2),
            rs.getLong(3) / cases))
        .list().stream().collect(Collectors.joining());
  }

  /** Where a query lacks an index: the five tables whose sequential scans read the most rows. */
  private String sequentialScans() {
    return jdbc.sql("""
            select relname, seq_scan, seq_tup_read from pg_stat_user_tables
             order by seq_tup_read desc limit 5
            """)
        .query((rs, n) -> String.format(Locale.ROOT, "  %-28s %8d scans %12d rows%n", rs.getString("relname"),
            rs.getLong("seq_scan"), rs.getLong("seq_tup_read")))
        .list().stream().collect(Collectors.joining());
  }

  private static long cpu(Map<String, Long> work) {
    return work.get("cpu_ms_jvm") + work.get("cpu_ms_postgres");
  }

  private static void add(Map<String, Long> total, Map<String, Long> from, Map<String, Long> to) {
    from.forEach((column, value) -> total.merge(column, to.get(column) - value, Long::sum));
  }

  private static String perCase(Map<String, Long> bare, Map<String, Long> steward, int cases) {
    StringBuilder lines = new StringBuilder();
    for (String column : bare.keySet()) {
      lines.append(String.format(Locale.ROOT, "  %-13s %8.1f | %8.1f%n", column,
          bare.get(column) / (double) cases, steward.get(column) / (double) cases));
    }
    return lines.toString();
  }

  private String setting(String name) {
    return jdbc.sql("show " + name).query(String.class).single();
  }
}
