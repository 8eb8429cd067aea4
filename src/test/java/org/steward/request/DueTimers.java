package org.steward.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.deadline.Deadline;
import org.steward.deadline.Light;
import org.steward.request.process.EnterpriseRequestProcess;
import org.steward.shared.StewardClock;

/**
 * Many real timers at once, for tests of the job executor: enterprise requests waiting for their officer's first
 * answer, each with its two boundary timers on 签收诉求 (PT20H yellow, PT24H red). What {@link RequestIntake#submit}
 * does one case at a time is done here for a batch per transaction: the {@code request} rows inserted in one JDBC
 * batch, {@link RequestSubmitted} published, and the {@code enterprise-request} instances started through the engine
 * (routing table, routing delegate, the officer's task and its listeners, both timers, history and grants all real).
 * Then {@link #makeDue} moves the clock past the 24 hours, as on a Monday after a holiday, and {@link #assertEachOnce}
 * checks every timer's effect exactly once: per case one red light, one supervision item RESPONSE_OVERDUE, the
 * officer's and the supervisor's RESPONSE_OVERDUE notification, one timeline entry, no yellow notification (a yellow
 * timer that runs after the deadline changes nothing), and no job or incident left.
 */
public final class DueTimers {

  /** Cases started per transaction. */
  private static final int BATCH = 250;
  private static final Duration PAST_DUE = Duration.ofHours(25);

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate inTransaction;

  private DueTimers(ApplicationContext node) {
    this.jdbc = node.getBean(JdbcTemplate.class);
    this.runtime = node.getBean(RuntimeService.class);
    this.management = node.getBean(ManagementService.class);
    this.events = node;
    this.inTransaction = new TransactionTemplate(node.getBean(PlatformTransactionManager.class));
  }

  /** Works through the given node's engine and database. */
  public static DueTimers on(ApplicationContext node) {
    return new DueTimers(node);
  }

  /** An enterprise with its officer and the officer's supervisor, whose requests the timers are about. */
  private record Enterprise(long id, String name, String officer, String supervisor) {
  }

  /**
   * Starts {@code cases} requests, case numbers {@code prefix-000001} on, spread over the enterprises that have an
   * officer; answers their case numbers. Two timers per case, due in 20 and 24 hours of the engine clock.
   */
  public List<String> create(String prefix, int cases) {
    List<Enterprise> enterprises = jdbc.query("""
            select e.id, e.name, o.id as officer, o.supervisor_id
              from directory_enterprise e
              join directory_assignment a on a.enterprise_id = e.id and a.valid_to is null
              join directory_officer o on o.id = a.officer_id
             order by e.id""",
        (rs, n) -> new Enterprise(rs.getLong("id"), rs.getString("name"), rs.getString("officer"),
            rs.getString("supervisor_id")));
    assertThat(enterprises).as("enterprises with an officer (the demo organisation)").isNotEmpty();
    List<String> caseNumbers = new ArrayList<>(cases);
    for (int from = 0; from < cases; from += BATCH) {
      int to = Math.min(cases, from + BATCH);
      List<String> batch = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        batch.add("%s-%06d".formatted(prefix, i + 1));
      }
      inTransaction.executeWithoutResult(status -> start(batch, enterprises));
      caseNumbers.addAll(batch);
    }
    return caseNumbers;
  }

  private void start(List<String> caseNumbers, List<Enterprise> enterprises) {
    Instant now = StewardClock.now();
    Deadline response = ResponseDeadline.of(now);
    List<Object[]> rows = new ArrayList<>(caseNumbers.size());
    for (int i = 0; i < caseNumbers.size(); i++) {
      Enterprise enterprise = enterprises.get(Math.floorMod(caseNumbers.get(i).hashCode(), enterprises.size()));
      rows.add(new Object[] {caseNumbers.get(i), enterprise.id(), enterprise.name(), "land", title(caseNumbers.get(i)),
          "扩产需要新增工业用地约 20 亩。", "王经理", "020-12345678", Urgency.NORMAL.name(), Channel.PORTAL.name(),
          RequestState.SUBMITTED.name(), enterprise.officer(), enterprise.supervisor(), "ent01", Timestamp.from(now),
          Timestamp.from(response.dueAt())});
    }
    jdbc.batchUpdate("""
        insert into request (case_number, enterprise_id, enterprise_name, category, title, description, contact_name,
          contact_phone, urgency, channel, state, officer_id, supervisor_id, submitted_by, submitted_at, response_due,
          reopen_count)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows);
    for (Object[] row : rows) {
      String caseNumber = (String) row[0];
      String officer = (String) row[11];
      events.publishEvent(new RequestSubmitted(caseNumber, (String) row[4], "ent01", officer, Channel.PORTAL,
          response.dueAt()));
      runtime.startProcessInstanceByKey(EnterpriseRequestProcess.ID, caseNumber, Variables.createVariables()
          .putValue(EnterpriseRequestProcess.CASE_NUMBER, caseNumber)
          .putValue(EnterpriseRequestProcess.ENTERPRISE_ID, row[1])
          .putValue(EnterpriseRequestProcess.ENTERPRISE_NAME, row[2])
          .putValue(EnterpriseRequestProcess.TITLE, row[4])
          .putValue(EnterpriseRequestProcess.DESCRIPTION, row[5])
          .putValue(EnterpriseRequestProcess.CATEGORY, "land")
          .putValue(EnterpriseRequestProcess.CATEGORY_LABEL, "用地")
          .putValue(EnterpriseRequestProcess.URGENCY, Urgency.NORMAL.name())
          .putValue(EnterpriseRequestProcess.CONTACT_NAME, row[6])
          .putValue(EnterpriseRequestProcess.CONTACT_PHONE, row[7])
          .putValue(EnterpriseRequestProcess.OFFICER, officer)
          .putValue(EnterpriseRequestProcess.SUPERVISOR, row[12])
          .putValue(EnterpriseRequestProcess.LIGHT, Light.GREEN.name())
          .putValue(EnterpriseRequestProcess.RESPONSE_WARN_AT, Date.from(response.warnAt()))
          .putValue(EnterpriseRequestProcess.RESPONSE_DUE_AT, Date.from(response.dueAt())));
    }
  }

  private static String title(String caseNumber) {
    return "用地申请 " + caseNumber;
  }

  /** The timers of the given cases that are still there (none once every one has run). */
  public long timersLeft(String prefix) {
    return jdbc.queryForObject("""
        select count(*) from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
         where e.business_key_ like ? and j.type_ = 'timer'""", Long.class, prefix + "-%");
  }

  /**
   * Moves the engine clock (and Steward's) past every case's 24 hours: all their timers are due at once. The clock
   * goes on running from there; {@link #resetClock} undoes it.
   */
  public static void makeDue() {
    ClockUtil.offset(PAST_DUE.toMillis());
  }

  /** Moves the engine clock on by {@code by} more (locks of a dead node expire, leases end). */
  public static void advance(Duration by) {
    ClockUtil.offset(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis() + by.toMillis());
  }

  public static void resetClock() {
    ClockUtil.reset();
  }

  /**
   * Every case's red timer had its effect exactly once and its yellow one none (it ran after the deadline), and no
   * job and no incident is left.
   */
  public void assertEachOnce(String prefix, int cases) {
    String like = prefix + "-%";
    assertThat(timersLeft(prefix)).as("timers left").isZero();
    assertThat(management.createJobQuery().withException().count()).as("jobs that failed").isZero();
    assertThat(runtime.createIncidentQuery().count()).as("incidents").isZero();
    assertThat(countBy("select response_light, count(*) from request where case_number like ? group by response_light",
        like)).as("response lights").containsExactly(Map.entry(Light.RED.name(), (long) cases));
    assertThat(perCase("""
        select case_number, count(*) from supervision_item
         where case_number like ? and reason = 'RESPONSE_OVERDUE' group by case_number""", like))
        .as("one supervision item per case").hasSize(cases).containsOnly(1L);
    assertThat(perCase("""
        select case_number, count(*) from timeline_entry
         where case_number like ? and action = 'RESPONSE_OVERDUE' group by case_number""", like))
        .as("one timeline entry per case").hasSize(cases).containsOnly(1L);
    assertThat(perCase("""
        select case_number || ' ' || recipient, count(*) from notification
         where case_number like ? and kind = 'RESPONSE_OVERDUE' group by case_number, recipient""", like))
        .as("one notification per case to its officer and one to its supervisor").hasSize(2 * cases)
        .containsOnly(1L);
    assertThat(jdbc.queryForObject("""
        select count(*) from notification where case_number like ? and kind = 'RESPONSE_DUE_SOON'""", Long.class,
        like)).as("yellow notifications after the deadline").isZero();
  }

  private Map<String, Long> countBy(String sql, Object... args) {
    Map<String, Long> counts = new TreeMap<>();
    jdbc.query(sql, rs -> {
      counts.put(rs.getString(1), rs.getLong(2));
    }, args);
    return counts;
  }

  private List<Long> perCase(String sql, String like) {
    return new ArrayList<>(countBy(sql, like).values());
  }
}
