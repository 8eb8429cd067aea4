package org.steward.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.steward.handling.UnitsChanged;
import org.steward.request.RequestState;
import org.steward.request.RequestStateChanged;

/**
 * A case's standing follows its request and the open units of its latest round through the case's life: the 24-hour
 * response's light, the units' lights and due dates, a next round, the end and a reopening; a change told inside a
 * transaction is refreshed as it commits.
 */
@JdbcTest
@Import(CaseStandings.class)
class CaseStandingsTests {

  private static final String CASE = "QY20260302-0001";
  private static final Instant SUBMITTED = Instant.parse("2026-03-02T01:00:00Z");

  @Autowired
  CaseStandings standings;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ApplicationEventPublisher events;
  @Autowired
  PlatformTransactionManager transactions;

  @BeforeEach
  void submitted() {
    jdbc.sql("""
            insert into request (case_number, enterprise_id, enterprise_name, category, title, description,
              contact_name, contact_phone, urgency, channel, state, submitted_by, submitted_at, response_due,
              reopen_count)
            values (:caseNumber, 1, '广州某某精密制造有限公司', 'power', '厂区扩容用电', '说明', '王经理', '13800000000',
              'NORMAL', 'PORTAL', 'SUBMITTED', 'ent01', :submitted, :responseDue, 0)
            """)
        .param("caseNumber", CASE).param("submitted", Timestamp.from(SUBMITTED))
        .param("responseDue", Timestamp.from(SUBMITTED.plusSeconds(86_400))).update();
  }

  @Test
  void aNewCase_standsByItsResponse_whoseLightItFollowsUntilSignedFor() {
    standings.refresh(CASE);
    assertThat(standing()).contains(new Standing("GREEN", LocalDate.of(2026, 3, 3)));

    set("request", "response_light = 'YELLOW'");
    standings.refresh(CASE);
    assertThat(standing()).contains(new Standing("YELLOW", LocalDate.of(2026, 3, 3)));

    set("request", "response_light = 'RED'");
    standings.refresh(CASE);
    assertThat(standing()).contains(new Standing("RED", LocalDate.of(2026, 3, 3)));

    // signed for: the response no longer counts; not handed over yet, so no time limit
    set("request", "state = 'ACKNOWLEDGED', acknowledged_at = current_timestamp");
    standings.refresh(CASE);
    assertThat(standing()).contains(new Standing("GREEN", null));
  }

  @Test
  void aHandedOverCase_standsByItsOpenUnits_theWorstLightAndTheNearestDueDate() {
    handedOver();
    long lead = unit(1, 0, "2026-03-10", "ASSIGNED");
    long cooperating = unit(1, 1, "2026-03-12", "ASSIGNED");
    standings.refresh(CASE);
    assertThat(standing()).contains(new Standing("GREEN", LocalDate.of(2026, 3, 10)));

    jdbc.sql("update handling_unit set light = 'YELLOW' where id = :id").param("id", cooperating).update();
    standings.refresh(CASE);
    assertThat(standing()).contains(new Standing("YELLOW", LocalDate.of(2026, 3, 10)));

    jdbc.sql("update handling_unit set light = 'RED' where id = :id").param("id", lead).update();
    standings.refresh(CASE);
    assertThat(standing()).contains(new Standing("RED", LocalDate.of(2026, 3, 10)));

    // the red lead fed back: the cooperating unit is the one left open
    jdbc.sql("update handling_unit set state = 'FEEDBACK_GIVEN' where id = :id").param("id", lead).update();
    standings.refresh(CASE);
    assertThat(standing()).contains(new Standing("YELLOW", LocalDate.of(2026, 3, 12)));

    // extended: its new due date
    jdbc.sql("update handling_unit set due_date = date '2026-03-20' where id = :id").param("id", cooperating)
        .update();
    standings.refresh(CASE);
    assertThat(standing()).contains(new Standing("YELLOW", LocalDate.of(2026, 3, 20)));

    // every unit done: the case's own resolution due date
    jdbc.sql("update handling_unit set state = 'FEEDBACK_GIVEN' where id = :id").param("id", cooperating).update();
    standings.refresh(CASE);
    assertThat(standing()).contains(new Standing("GREEN", LocalDate.of(2026, 3, 15)));
  }

  @Test
  void aNextRound_replacesTheUnitsOfTheRoundBefore() {
    handedOver();
    long first = unit(1, 0, "2026-03-10", "ASSIGNED");
    jdbc.sql("update handling_unit set light = 'RED' where id = :id").param("id", first).update();
    standings.refresh(CASE);
    assertThat(standing()).contains(new Standing("RED", LocalDate.of(2026, 3, 10)));

    set("handling_unit", "superseded = true");
    unit(2, 0, "2026-03-25", "SIGNED");
    standings.refresh(CASE);
    assertThat(standing()).contains(new Standing("GREEN", LocalDate.of(2026, 3, 25)));
  }

  @Test
  void anEndedCase_leavesTheStandings_andComesBackWhenReopened() {
    handedOver();
    unit(1, 0, "2026-03-10", "FEEDBACK_GIVEN");
    standings.refresh(CASE);
    for (RequestState end : List.of(RequestState.CLOSED, RequestState.WITHDRAWN, RequestState.NO_RESPONSE)) {
      set("request", "state = '" + end + "'");
      standings.refresh(CASE);
      assertThat(standing()).as(end.name()).isEmpty();
    }

    // reopened (the enterprise was not satisfied): handling again, with its resolution due date
    set("request", "state = 'HANDLING', reopen_count = 1");
    standings.refresh(CASE);
    assertThat(standing()).contains(new Standing("GREEN", LocalDate.of(2026, 3, 15)));

    standings.refresh("QY19990101-0001");
    assertThat(jdbc.sql("select count(*) from ledger_standing").query(Long.class).single()).isOne();
  }

  @Test
  void theCasesOfficer_andItsUnitsByDepartment_areKeptWithItsStanding_untilItEnds() {
    set("request", "officer_id = 'zhangwei'");
    handedOver();
    long lead = unit(1, 0, "2026-03-10", "SIGNED");
    unit(1, 1, "2026-03-12", "ASSIGNED");
    jdbc.sql("update handling_unit set light = 'RED' where id = :id").param("id", lead).update();
    standings.refresh(CASE);
    assertThat(jdbc.sql("select officer_id from ledger_standing").query(String.class).single()).isEqualTo("zhangwei");
    // green, yellow, red of the open units; done, on track, slow of all of them
    assertThat(units()).containsExactly(List.of(1, 0, 1, 0, 1, 1));

    jdbc.sql("update handling_unit set state = 'FEEDBACK_GIVEN', rating = 'DONE' where id = :id").param("id", lead)
        .update();
    set("request", "officer_id = 'liuyang'");
    standings.refresh(CASE);
    assertThat(jdbc.sql("select officer_id from ledger_standing").query(String.class).single()).isEqualTo("liuyang");
    assertThat(units()).containsExactly(List.of(1, 0, 0, 1, 1, 0));

    unit(2, 0, "2026-03-20", "ASSIGNED");
    jdbc.sql("update handling_unit set superseded = true where round = 1").update();
    standings.refresh(CASE);
    assertThat(units()).as("the latest round only").containsExactly(List.of(1, 0, 0, 0, 1, 0));

    set("request", "state = 'CLOSED'");
    standings.refresh(CASE);
    assertThat(units()).isEmpty();
  }

  @Test
  void theMigrationFillsTheUnitsAsRebuildDoes() throws Exception {
    handedOver();
    long lead = unit(1, 0, "2026-03-10", "FEEDBACK_GIVEN");
    jdbc.sql("update handling_unit set rating = 'DONE' where id = :id").param("id", lead).update();
    unit(1, 1, "2026-03-12", "SIGNED");
    standings.rebuild();
    List<Map<String, Object>> rebuilt = jdbc.sql("select * from ledger_standing_unit").query().listOfRows();
    jdbc.sql("delete from ledger_standing_unit").update();
    jdbc.sql(fill("V37__ledger_standing_units.sql", "insert into ledger_standing_unit")).update();

    assertThat(jdbc.sql("select * from ledger_standing_unit").query().listOfRows()).isEqualTo(rebuilt).hasSize(1);
  }

  @Test
  void theStandingHasTheCasesState_asTheMigrationFillsIt() throws Exception {
    handedOver();
    standings.refresh(CASE);
    assertThat(standingState()).isEqualTo("HANDLING");
    set("request", "state = 'CONSOLIDATING'");
    standings.refresh(CASE);
    assertThat(standingState()).isEqualTo("CONSOLIDATING");

    jdbc.sql("update ledger_standing set state = 'SUBMITTED'").update();
    jdbc.sql(fill("V39__standing_state.sql", "update ledger_standing")).update();

    assertThat(standingState()).isEqualTo("CONSOLIDATING");
  }

  private String standingState() {
    return jdbc.sql("select state from ledger_standing").query(String.class).single();
  }

  @Test
  void aDepartmentOfAnEarlierRoundOnly_keepsARowOfZeros_asTheMigrationsFillIt() throws Exception {
    handedOver();
    long earlier = unit(1, 0, "2026-03-10", "RETURNED");
    jdbc.sql("update handling_unit set department_code = 'water', superseded = true where id = :id")
        .param("id", earlier).update();
    unit(2, 0, "2026-03-20", "ASSIGNED");
    standings.refresh(CASE);
    assertThat(jdbc.sql("select department_code from ledger_standing_unit order by department_code")
        .query(String.class).list()).containsExactly("housing", "water");
    assertThat(units()).containsExactly(List.of(1, 0, 0, 0, 1, 0), List.of(0, 0, 0, 0, 0, 0));
    List<Map<String, Object>> refreshed = jdbc.sql("select * from ledger_standing_unit order by department_code")
        .query().listOfRows();

    jdbc.sql("delete from ledger_standing_unit").update();
    jdbc.sql(fill("V37__ledger_standing_units.sql", "insert into ledger_standing_unit")).update();
    jdbc.sql(fill("V40__standing_departments.sql", "insert into ledger_standing_unit")).update();

    assertThat(jdbc.sql("select * from ledger_standing_unit order by department_code").query().listOfRows())
        .isEqualTo(refreshed);
  }

  // the statement of a migration that begins with start
  private String fill(String migration, String start) throws Exception {
    String sql = new String(getClass().getResourceAsStream("/db/migration/" + migration).readAllBytes(),
        StandardCharsets.UTF_8);
    String from = sql.substring(sql.indexOf(start));
    return from.substring(0, from.indexOf(';'));
  }

  @Test
  void rebuild_givesEveryOpenCaseTheRowRefreshGivesIt() {
    handedOver();
    unit(1, 0, "2026-03-10", "SIGNED");
    standings.refresh(CASE);
    List<Map<String, Object>> refreshed = jdbc.sql("select * from ledger_standing").query().listOfRows();
    List<Map<String, Object>> units = jdbc.sql("select * from ledger_standing_unit").query().listOfRows();
    jdbc.sql("delete from ledger_standing_unit").update();
    jdbc.sql("delete from ledger_standing").update();

    assertThat(standings.rebuild()).isOne();
    assertThat(jdbc.sql("select * from ledger_standing").query().listOfRows()).isEqualTo(refreshed);
    assertThat(jdbc.sql("select * from ledger_standing_unit").query().listOfRows()).isEqualTo(units).hasSize(1);
  }

  @Test
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  void changesToldInATransaction_areRefreshedAsItCommits_onceAfterEveryWrite() {
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    try {
      transaction.executeWithoutResult(status -> {
        events.publishEvent(new RequestStateChanged(CASE, RequestState.HANDLING));
        set("request", "state = 'HANDLING', acknowledged_at = current_timestamp, resolution_due = date '2026-03-15'");
        assertThat(standing()).as("not before the commit").isEmpty();
        unit(1, 0, "2026-03-10", "ASSIGNED");
        events.publishEvent(new UnitsChanged(CASE));
      });
      assertThat(standing()).contains(new Standing("GREEN", LocalDate.of(2026, 3, 10)));

      transaction.executeWithoutResult(status -> {
        set("request", "state = 'CLOSED'");
        events.publishEvent(new RequestStateChanged(CASE, RequestState.CLOSED));
        status.setRollbackOnly();
      });
      assertThat(standing()).as("rolled back").isPresent();
    } finally {
      transaction.executeWithoutResult(status -> {
        for (String table : List.of("ledger_standing_unit", "ledger_standing", "handling_unit", "request")) {
          jdbc.sql("delete from " + table + " where case_number = :caseNumber").param("caseNumber", CASE).update();
        }
      });
    }
  }

  /** Handed over (signed for, the case due 2026-03-15). */
  private void handedOver() {
    set("request", "state = 'HANDLING', acknowledged_at = current_timestamp, resolution_due = date '2026-03-15'");
  }

  private void set(String table, String columns) {
    jdbc.sql("update " + table + " set " + columns + " where case_number = :caseNumber").param("caseNumber", CASE)
        .update();
  }

  private long unit(int round, int position, String dueDate, String state) {
    jdbc.sql("""
            insert into handling_unit (case_number, round, position, department_code, role, time_limit, handed_over_at,
              handed_over_by, due_date, state, light)
            values (:caseNumber, :round, :position, 'housing', :role, 3, :now, 'zhangwei', :due, :state, 'GREEN')
            """)
        .param("caseNumber", CASE).param("round", round).param("position", position)
        .param("role", position == 0 ? "LEAD" : "COOPERATING").param("now", Timestamp.from(Instant.now()))
        .param("due", LocalDate.parse(dueDate)).param("state", state).update();
    return jdbc.sql("select max(id) from handling_unit").query(Long.class).single();
  }

  /** The case's rows of ledger_standing_unit: green, yellow, red, done, on track, slow. */
  private List<List<Integer>> units() {
    return jdbc.sql("select green, yellow, red, done, on_track, slow from ledger_standing_unit"
            + " order by department_code")
        .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
        .list();
  }

  private Optional<Standing> standing() {
    return jdbc.sql("select light, next_deadline from ledger_standing where case_number = :caseNumber")
        .param("caseNumber", CASE)
        .query((rs, n) -> new Standing(rs.getString("light"), rs.getObject("next_deadline", LocalDate.class)))
        .optional();
  }

  private record Standing(String light, LocalDate nextDeadline) {
  }
}
