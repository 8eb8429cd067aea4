package org.steward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
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
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.ActiveProfiles;
import org.steward.notification.Notification;
import org.steward.notification.NotificationSender;
import org.steward.notification.Notifications;
import org.steward.notification.delivery.Deliveries;
import org.steward.notification.delivery.NotificationDispatcher;
import org.steward.request.DueTimers;
import org.steward.shared.StewardClock;

import com.zaxxer.hikari.HikariDataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two nodes on one PostgreSQL share the job executor's work and the notification dispatcher's: timers made due all
 * at once (a Monday after a holiday) are executed by both nodes, each effect exactly once; a node that dies abruptly
 * mid-drain (its executor's threads and its connections cut, its locked jobs left locked) leaves its jobs to the
 * survivor once their locks expire; deliveries are claimed side by side and sent once, and a dead node's claims are
 * sent by the other once their lease ends.
 *
 * <p>Node A is this test's application context, node B a second one on the same database (as in
 * {@link SessionsAcrossNodesIT}), both with Steward's own job executor settings (application.yaml). Which node ran
 * how many jobs is each node's own count (Micrometer's {@code steward.jobs.executed}, Camunda's job-successful). The
 * engine clock is moved, never waited for: past the 24 hours to make the timers due, past the lock time of the dead
 * node's jobs and past the dead node's lease.
 */
@SpringBootTest(properties = {"steward.demo.enabled=true", "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles("test")
@Import({EmbeddedPostgresConfiguration.class, JobExecutionAcrossNodesIT.CountingChannel.class})
class JobExecutionAcrossNodesIT {

  private static final Logger log = LoggerFactory.getLogger(JobExecutionAcrossNodesIT.class);
  private static final int CASES = 1000;
  private static final Duration DRAIN = Duration.ofMinutes(5);
  /** The longest a node's job executor sleeps between acquisitions (camunda.bpm.job-execution.max-wait). */
  private static final Duration MAX_WAIT = Duration.ofSeconds(5);
  /** Sends of the counting channel per notification, on both nodes together. */
  private static final Map<Long, AtomicInteger> SENDS = new ConcurrentHashMap<>();
  private static final Map<Long, ApplicationContext> SENT_BY = new ConcurrentHashMap<>();

  @Autowired
  ApplicationContext nodeA;
  @Autowired
  EmbeddedPostgres postgres;
  @Autowired
  JdbcTemplate jdbc;

  private ConfigurableApplicationContext nodeB;

  @AfterEach
  void stopNodeB() {
    DueTimers.resetClock();
    if (nodeB != null) {
      try {
        nodeB.close();
      } catch (RuntimeException dead) {
        // a node killed in the test has no connections left to close with
      }
      nodeB = null;
    }
    // node B's engine left Camunda's registry; the next test gets this context's back (DefaultEngineOfTheContext)
  }

  @Test
  void twoNodesDrainTimersDueAtOnce_eachTakesAFairShare_everyEffectOnce() {
    DueTimers timers = twoNodesWithCases("FAIR");
    double executedOnA = executed(nodeA);
    double executedOnB = executed(nodeB);

    // neither node is told: each finds the due timers at its next acquisition, after at most max-wait (5 s,
    // application.yaml); the one that wakes first has the jobs to itself until the other does
    DueTimers.makeDue();
    long due = System.nanoTime();
    await(MAX_WAIT.multipliedBy(2), () -> executed(nodeA) > executedOnA && executed(nodeB) > executedOnB);
    double bothAwakeA = executed(nodeA);
    double bothAwakeB = executed(nodeB);
    await(DRAIN, () -> timers.timersLeft("FAIR") == 0);

    double byA = executed(nodeA) - executedOnA;
    double byB = executed(nodeB) - executedOnB;
    double sharedA = executed(nodeA) - bothAwakeA;
    double sharedB = executed(nodeB) - bothAwakeB;
    log.info("{} timers of {} cases drained in {} s: node A executed {} jobs, node B {}; once both were awake,"
        + " {} and {}", 2 * CASES, CASES, (System.nanoTime() - due) / 1_000_000_000, byA, byB, sharedA, sharedB);
    assertThat(byA + byB).as("jobs executed by A and B").isGreaterThanOrEqualTo(2 * CASES);
    assertThat(sharedA).as("A's share of %s", sharedA + sharedB).isGreaterThanOrEqualTo(0.25 * (sharedA + sharedB));
    assertThat(sharedB).as("B's share of %s", sharedA + sharedB).isGreaterThanOrEqualTo(0.25 * (sharedA + sharedB));
    timers.assertEachOnce("FAIR", CASES);
  }

  @Test
  void aNodeDiesMidDrain_theSurvivorFinishesOnceItsLocksExpire_everyEffectOnce() {
    DueTimers timers = twoNodesWithCases("DIES");
    double executedOnB = executed(nodeB);
    String ownerB = jobExecutor(nodeB).getLockOwner();

    DueTimers.makeDue();
    await(DRAIN, () -> executed(nodeB) - executedOnB >= CASES / 4.0);
    kill(nodeB);
    long lockedByB = lockedBy(ownerB);

    // the survivor runs everything else; the dead node's jobs wait for their locks to expire, and so do the other
    // timers of their cases (a case's jobs are exclusive: none runs while another of the case is locked)
    await(DRAIN, () -> timers.timersLeft("DIES") == ofCasesLockedBy(ownerB));
    assertThat(lockedByB).as("jobs the dead node held").isPositive();
    assertThat(lockedBy(ownerB)).isEqualTo(lockedByB);
    DueTimers.advance(Duration.ofMillis(jobExecutor(nodeA).getLockTimeInMillis()).plusMinutes(1));
    await(DRAIN, () -> timers.timersLeft("DIES") == 0);

    timers.assertEachOnce("DIES", CASES);
  }

  @Test
  void twoDispatchersSendABacklogOnce_andADeadNodesClaimsAfterItsLease() throws Exception {
    startNodeB();
    SENDS.clear();
    SENT_BY.clear();
    Notifications notifications = nodeA.getBean(Notifications.class);
    List<String> officers = jdbc.queryForList("select id from directory_officer order by id", String.class);
    for (int i = 0; i < 600; i++) {
      notifications.notifyUser(officers.get(i % officers.size()), "TEST_BACKLOG", "BACKLOG-" + i, "积压通知 " + i);
    }
    List<Long> backlog = jdbc.queryForList("select id from notification where kind = 'TEST_BACKLOG'", Long.class);

    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> rounds = new ArrayList<>();
      for (ApplicationContext node : List.of(nodeA, nodeB)) {
        NotificationDispatcher dispatcher = node.getBean(NotificationDispatcher.class);
        rounds.add(nodes.submit(() -> {
          while (dispatcher.dispatch() > 0) {
            // round after round, as the schedule would, until nothing is due
          }
        }));
      }
      for (Future<?> round : rounds) {
        round.get();
      }
    } finally {
      nodes.shutdown();
    }
    assertThat(backlog).allSatisfy(id -> assertThat(SENDS.get(id)).as("sends of %s", id).hasValue(1));
    assertThat(backlog.stream().map(SENT_BY::get).distinct()).as("nodes that sent")
        .containsExactlyInAnyOrder(nodeA, nodeB);

    for (int i = 0; i < 30; i++) {
      notifications.notifyUser(officers.get(0), "TEST_LEASE", "LEASE-" + i, "租约通知 " + i);
    }
    List<Long> leased = jdbc.queryForList("select id from notification where kind = 'TEST_LEASE'", Long.class);
    Duration lease = Duration.ofMinutes(5);
    // node B claims the whole backlog and dies before sending any of it
    List<Deliveries.Claim> claims = nodeB.getBean(Deliveries.class).claimDue(StewardClock.now(), 500, lease);
    assertThat(claims).extracting(claim -> claim.notification().id()).containsAll(leased);
    kill(nodeB);
    NotificationDispatcher survivor = nodeA.getBean(NotificationDispatcher.class);

    assertThat(survivor.dispatch()).as("deliveries due while the dead node's lease lasts").isZero();
    DueTimers.advance(lease.plusSeconds(1));
    while (survivor.dispatch() > 0) {
      // the lease ended: the survivor takes the claims over
    }

    assertThat(leased).allSatisfy(id -> {
      assertThat(SENDS.get(id)).as("sends of %s", id).hasValue(1);
      assertThat(SENT_BY.get(id)).isSameAs(nodeA);
    });
    assertThat(jdbc.queryForObject("""
        select count(*) from notification_delivery d join notification n on n.id = d.notification_id
         where n.kind in ('TEST_BACKLOG', 'TEST_LEASE') and d.state <> 'SENT'""", Long.class)).isZero();
  }

  /** Node B started, and {@link #CASES} cases waiting for their first answer, their timers not yet due. */
  private DueTimers twoNodesWithCases(String prefix) {
    startNodeB();
    DueTimers timers = DueTimers.on(nodeA);
    timers.create(prefix, CASES);
    return timers;
  }

  private void startNodeB() {
    // arguments, not builder properties: those are defaults, below application-test.yaml's H2 URL
    nodeB = new SpringApplicationBuilder(StewardApplication.class, CountingChannel.class)
        .profiles("test")
        .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres",
            "--server.port=0",
            "--steward.demo.enabled=false",
            "--camunda.bpm.job-execution.enabled=true");
  }

  /**
   * Kills the node as a crash would, not as a shutdown: its job executor's threads stop at once (jobs it acquired but
   * had not started stay locked), its connections are aborted (transactions in flight roll back, nothing is recorded
   * about them), and its acquisition stops.
   */
  private static void kill(ConfigurableApplicationContext node) {
    JobExecutor executor = jobExecutor(node);
    node.getBean("camundaTaskExecutor", ThreadPoolTaskExecutor.class).getThreadPoolExecutor().shutdownNow();
    ((HikariDataSource) node.getBean(DataSource.class)).close();
    executor.shutdown();
  }

  private long lockedBy(String owner) {
    return jdbc.queryForObject("select count(*) from act_ru_job where lock_owner_ = ?", Long.class, owner);
  }

  private long ofCasesLockedBy(String owner) {
    return jdbc.queryForObject("""
        select count(*) from act_ru_job
         where process_instance_id_ in (select process_instance_id_ from act_ru_job where lock_owner_ = ?)""",
        Long.class, owner);
  }

  private static JobExecutor jobExecutor(ApplicationContext node) {
    return node.getBean(ProcessEngineConfigurationImpl.class).getJobExecutor();
  }

  /** Jobs this node executed successfully so far (Camunda's job-successful, as Micrometer reports it). */
  private static double executed(ApplicationContext node) {
    return node.getBean(MeterRegistry.class).get("steward.jobs.executed").tag("outcome", "successful")
        .functionCounter().count();
  }

  private static void await(Duration timeout, BooleanSupplier condition) {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("still waiting after %s", timeout).isLessThan(end);
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** A channel that reaches every user and counts its sends per notification and which node sent it. */
  @TestConfiguration(proxyBeanMethods = false)
  static class CountingChannel {

    @Bean
    NotificationSender countingChannel(ApplicationContext node) {
      return new NotificationSender() {
        @Override
        public String channel() {
          return "counting";
        }

        @Override
        public boolean reaches(String recipientKind, String recipient) {
          return Notification.USER.equals(recipientKind);
        }

        @Override
        public void send(Notification notification) {
          SENDS.computeIfAbsent(notification.id(), id -> new AtomicInteger()).incrementAndGet();
          SENT_BY.put(notification.id(), node);
        }
      };
    }
  }
}
