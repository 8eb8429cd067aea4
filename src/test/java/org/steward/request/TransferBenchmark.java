package org.steward.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.DurablePostgres;
import org.steward.directory.Assignments;
import org.steward.directory.Department;
import org.steward.directory.Departments;
import org.steward.directory.DirectoryFixtures;
import org.steward.directory.Enterprise;
import org.steward.directory.Enterprises;
import org.steward.directory.Officer;
import org.steward.directory.Officers;
import org.steward.directory.StewardGroups;
import org.steward.request.process.EnterpriseRequestProcess;

/**
 * Reassigning an officer with 200 open cases (an officer leaving post hands every enterprise over), on a durable
 * embedded PostgreSQL 17: 50 enterprises of one officer with four open cases each through the real path (one waiting
 * to be signed for, two waiting for the decision, one handed over to a department), then
 * {@link Assignments#reassignAll} to an officer of another supervisor, three times back and forth. Each reassignment
 * is one transaction that moves every case, its variables, tasks and grants; target under 5 s. Not part of
 * {@code ./mvnw verify}: {@code ./mvnw -B verify -Pbenchmark -Dit.test=TransferBenchmark} (docs/benchmarks.md).
 */
@SpringBootTest(properties = {"steward.demo.enabled=true", "logging.level.org.camunda=WARN",
    "logging.level.org.steward.request.RequestTransfers=WARN"})
@ActiveProfiles("test")
@Import(DurablePostgres.class)
class TransferBenchmark {

  private static final Logger log = LoggerFactory.getLogger(TransferBenchmark.class);
  private static final int ENTERPRISES = Integer.getInteger("benchmark.enterprises", 50);
  private static final int CASES_EACH = 4;
  private static final int CASES = ENTERPRISES * CASES_EACH;
  private static final Caller ADMIN = new Caller("admin", Set.of(StewardGroups.ADMIN));

  @Autowired
  Departments departments;
  @Autowired
  Officers officers;
  @Autowired
  Enterprises enterprises;
  @Autowired
  Assignments assignments;
  @Autowired
  RequestIntake intake;
  @Autowired
  TaskService tasks;
  @Autowired
  JdbcClient jdbc;

  @Test
  void reassigningAnOfficerWithTwoHundredOpenCases() throws IOException {
    Department department = DirectoryFixtures.department(departments);
    Officer first = DirectoryFixtures.officer(officers, department, DirectoryFixtures.supervisor(officers, department));
    Officer second = DirectoryFixtures.officer(officers, department,
        DirectoryFixtures.supervisor(officers, department));
    long seedStart = System.nanoTime();
    for (int e = 0; e < ENTERPRISES; e++) {
      Enterprise enterprise = DirectoryFixtures.enterprise(enterprises, first);
      for (int c = 0; c < CASES_EACH; c++) {
        String caseNumber = intake.submit(RequestFixtures.request(enterprise.id(), "转办基准" + e + "-" + c), ADMIN,
            null).request().caseNumber();
        if (c > 0) {
          complete(caseNumber, EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST,
              Map.of(EnterpriseRequestProcess.FIRST_ANSWER, "已收到。"));
        }
        if (c == CASES_EACH - 1) {
          complete(caseNumber, EnterpriseRequestProcess.DECIDE_HANDLING, Map.of(EnterpriseRequestProcess.DECISION,
              "HAND_OVER", EnterpriseRequestProcess.LEAD_DEPARTMENT, "power",
              EnterpriseRequestProcess.COOPERATING_DEPARTMENTS, "", EnterpriseRequestProcess.TIME_LIMIT, 5));
        }
      }
    }
    double seedS = ms(seedStart) / 1000;
    jdbc.sql("analyze").update();
    String settings = String.join(", ", Stream.of("fsync", "synchronous_commit", "server_version")
        .map(name -> name + "=" + jdbc.sql("show " + name).query(String.class).single()).toList());

    List<Double> times = new ArrayList<>();
    Officer from = first;
    Officer to = second;
    for (int run = 0; run < 3; run++) {
      long start = System.nanoTime();
      List<Long> moved = assignments.reassignAll(from.id(), to.id(), "离岗交接（基准）", "admin");
      times.add(ms(start));
      assertThat(moved).hasSize(ENTERPRISES);
      assertThat(openCasesOf(to.id())).isEqualTo(CASES);
      assertThat(openCasesOf(from.id())).isZero();
      assertThat(tasks.createTaskQuery().taskAssignee(from.id()).count()).isZero();
      assertThat(tasks.createTaskQuery().taskAssignee(to.id()).count()).isEqualTo(CASES - ENTERPRISES);
      Officer swap = from;
      from = to;
      to = swap;
    }
    double longest = times.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    String result = String.format(Locale.ROOT, """
        Officer reassignment benchmark (%s)
          data: %d enterprises of one officer, %d open cases each (%d in all: %d to sign for, %d to decide,
                %d handed over to a department); seeded through the request API in %.1f s
          reassignAll, one transaction each: %s ms
          longest                          %.0f ms
        """, settings, ENTERPRISES, CASES_EACH, CASES, ENTERPRISES, 2 * ENTERPRISES, ENTERPRISES, seedS,
        String.join(" / ", times.stream().map(t -> String.format(Locale.ROOT, "%.0f", t)).toList()), longest);
    log.info("\n{}", result);
    Path out = Path.of("target", "benchmark", "transfer.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, result);
    assertThat(longest).as("reassigning an officer with %d open cases, ms", CASES).isLessThan(5000);
  }

  private void complete(String caseNumber, String taskKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(EnterpriseRequestProcess.ID).taskDefinitionKey(taskKey).singleResult();
    tasks.complete(task.getId(), variables);
  }

  private long openCasesOf(String officer) {
    return jdbc.sql("select count(*) from request where officer_id = :o and state not in ('CLOSED', 'WITHDRAWN',"
        + " 'NO_RESPONSE')").param("o", officer).query(Long.class).single();
  }

  private static double ms(long since) {
    return (System.nanoTime() - since) / 1e6;
  }
}
