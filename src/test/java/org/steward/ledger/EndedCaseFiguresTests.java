package org.steward.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.request.RequestState;
import org.steward.request.RequestStateChanged;

/**
 * The figures a case adds to {@code ledger_ended_day} when it ends, per dimension, on H2: frozen at the end, equal to
 * what {@link EndedCaseFigures#rebuild()} computes from all ended cases, and read by the dashboard's ratings as the
 * live count over every case would.
 */
@JdbcTest
@Import({EndedCaseFigures.class, LedgerFigures.class, CaseStandings.class})
class EndedCaseFiguresTests {

  @Autowired
  EndedCaseFigures ended;
  @Autowired
  LedgerFigures figures;
  @Autowired
  CaseStandings standings;
  @Autowired
  JdbcClient jdbc;

  @BeforeEach
  void cases() {
    Timestamp created = at("2026-01-01T09:00");
    jdbc.sql("insert into directory_department (code, name, created_at) values ('housing', '住房和城乡建设局', :t), "
        + "('power', '供电局', :t)").param("t", created).update();
    long tianhe = enterprise("91440101MA5CT0101A", "天河区", created);
    long noArea = enterprise("91440101MA5CT0102B", null, created);
    // X: answered after 2 h, reopened once (round 1 superseded), both rounds' housing units done, power returned in
    // round 2, urged twice, satisfied; submitted 00:30 on 3 November in Shanghai (2 November in UTC)
    request("X", tianhe, "zhangwei", "power", "2026-11-03T00:30", "2026-11-03T02:30", "TRACKED", "RETURN_VISIT",
        "SATISFIED", 1);
    unit("X", 1, 0, "housing", "LEAD", "FEEDBACK_GIVEN", "DONE", true);
    unit("X", 2, 0, "housing", "LEAD", "FEEDBACK_GIVEN", "DONE", false);
    unit("X", 2, 1, "power", "COOPERATING", "RETURNED", null, false);
    urge("X");
    urge("X");
    // Y: nobody's yet, never answered, withdrawn an hour after submission (before its 24-hour response deadline)
    request("Y", tianhe, null, "land", "2026-11-04T09:00", null, null, "SUBMITTED", null, 0);
    // Z: of an enterprise without area, answered, waiting for material
    request("Z", noArea, "liuyang", "land", "2026-11-04T10:00", "2026-11-04T11:00", null, "AWAITING_MATERIAL", null, 0);
    // O: open, handed over, its housing unit signed and red
    request("O", tianhe, "zhangwei", "land", "2026-11-05T09:00", "2026-11-05T10:00", "TRACKED", "HANDLING", null, 0);
    unit("O", 1, 0, "housing", "LEAD", "SIGNED", null, false);
  }

  @Test
  void aClosedCase_addsItsFiguresToEachDimension_onItsDayOfSubmission() {
    end("X", RequestState.CLOSED, "2026-11-20T10:00");

    Map<String, Object> officer = row("2026-11-03", EndedCaseFigures.OFFICER, "zhangwei");
    assertThat(longs(officer, "collected", "closed", "tracked", "answered", "answered_in_time", "answerable",
        "reopened", "rated", "satisfied", "judged", "on_time", "urges", "urged"))
        .containsExactly(1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 2L, 2L, 2L, 1L);
    assertThat(((Number) officer.get("response_seconds")).doubleValue()).isEqualTo(7200);
    assertThat(row("2026-11-03", EndedCaseFigures.AREA, "天河区")).isEqualTo(withKey(officer, "天河区", "AREA"));
    assertThat(row("2026-11-03", EndedCaseFigures.CATEGORY, "power")).isEqualTo(withKey(officer, "power", "CATEGORY"));
    // housing: both rounds' units judged and rated DONE, the latest round's one alone for the dashboard; power's
    // returned unit counts the request, no unit figure, no rating
    assertThat(longs(row("2026-11-03", EndedCaseFigures.DEPARTMENT, "housing"), "collected", "judged", "on_time",
        "urges", "urged", "rated_done", "latest_done", "latest_slow"))
        .containsExactly(1L, 2L, 2L, 2L, 1L, 2L, 1L, 0L);
    assertThat(longs(row("2026-11-03", EndedCaseFigures.DEPARTMENT, "power"), "collected", "judged", "rated_done",
        "rated_on_track", "rated_slow", "latest_done", "latest_on_track", "latest_slow"))
        .containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
  }

  @Test
  void aWithdrawnCase_isJudgedAnswerableAsAtItsEnd_underNoOfficer() {
    end("Y", RequestState.WITHDRAWN, "2026-11-04T10:00");

    Map<String, Object> none = row("2026-11-04", EndedCaseFigures.OFFICER, "");
    assertThat(longs(none, "collected", "withdrawn", "closed", "answered", "answerable"))
        .containsExactly(1L, 1L, 0L, 0L, 0L);
    assertThat(count("DEPARTMENT")).isZero();
  }

  @Test
  void aCaseClosedForNoResponse_withoutArea_countsUnderTheEmptyArea() {
    end("Z", RequestState.NO_RESPONSE, "2026-11-10T10:00");

    assertThat(longs(row("2026-11-04", EndedCaseFigures.AREA, ""), "collected", "no_response", "answerable"))
        .containsExactly(1L, 1L, 1L);
  }

  @Test
  void otherMoves_addNothing() {
    ended.stateChanged(new RequestStateChanged(caseNumber("O"), RequestState.HANDLING));

    assertThat(count("OFFICER")).isZero();
  }

  @Test
  void theFiguresAddedAtEachEnd_areWhatRebuildComputes_andTheDashboardRatesAsLive() {
    end("X", RequestState.CLOSED, "2026-11-20T10:00");
    end("Y", RequestState.WITHDRAWN, "2026-11-04T10:00");
    end("Z", RequestState.NO_RESPONSE, "2026-11-10T10:00");
    List<Map<String, Object>> maintained = rows();

    ended.rebuild();

    // X: 3 dimensions and 2 departments; Y and Z on 4 November: 2 officers, 2 areas, one category
    assertThat(rows()).isEqualTo(maintained).hasSize(10);
    // the open case's units were written by hand, past the writers that keep the standings
    standings.rebuild();
    assertThat(figures.ratingsByDepartment()).isEqualTo(LedgerOracles.ratingsByDepartment(jdbc)).containsExactly(
        new RatingCounts("housing", "住房和城乡建设局", 1, 0, 1));
  }

  @Test
  void theMigrationFillsTheTableAsRebuildDoes() throws Exception {
    end("X", RequestState.CLOSED, "2026-11-20T10:00");
    end("Y", RequestState.WITHDRAWN, "2026-11-04T10:00");
    ended.rebuild();
    List<Map<String, Object>> rebuilt = rows();
    String migration = new String(getClass().getResourceAsStream("/db/migration/V36__ledger_ended_day.sql")
        .readAllBytes(), StandardCharsets.UTF_8);
    String fill = migration.substring(migration.indexOf("insert into ledger_ended_day"), migration.lastIndexOf(';'));

    jdbc.sql("delete from ledger_ended_day").update();
    jdbc.sql(fill).update();

    assertThat(rows()).isEqualTo(rebuilt).isNotEmpty();
  }

  private void end(String letter, RequestState state, String at) {
    jdbc.sql("update request set state = :state, closed_at = :at where case_number = :c")
        .param("state", state.name()).param("at", at(at)).param("c", caseNumber(letter)).update();
    ended.stateChanged(new RequestStateChanged(caseNumber(letter), state));
  }

  private Map<String, Object> row(String day, String dimension, String key) {
    return jdbc.sql("select * from ledger_ended_day where submitted_on = cast(:day as date) and dimension = :d "
            + "and group_key = :k").param("day", day).param("d", dimension).param("k", key)
        .query().singleRow().entrySet().stream()
        .collect(TreeMap::new, (m, e) -> m.put(e.getKey().toLowerCase(), e.getValue()), Map::putAll);
  }

  private static Map<String, Object> withKey(Map<String, Object> row, String key, String dimension) {
    Map<String, Object> copy = new TreeMap<>(row);
    copy.put("group_key", key);
    copy.put("dimension", dimension);
    return copy;
  }

  private List<Map<String, Object>> rows() {
    return jdbc.sql("select * from ledger_ended_day where collected > 0 order by submitted_on, dimension, group_key")
        .query().listOfRows();
  }

  private long count(String dimension) {
    return jdbc.sql("select count(*) from ledger_ended_day where collected > 0 and dimension = :d")
        .param("d", dimension).query(Long.class).single();
  }

  private static List<Long> longs(Map<String, Object> row, String... columns) {
    return java.util.Arrays.stream(columns).map(column -> ((Number) row.get(column)).longValue()).toList();
  }

  private static String caseNumber(String letter) {
    return "QY-ENDED-" + letter;
  }

  private long enterprise(String creditCode, String area, Timestamp created) {
    return jdbc.sql("insert into directory_enterprise (name, credit_code, area, created_at) values ('企业', :code, "
            + ":area, :t)").param("code", creditCode).param("area", area).param("t", created)
        .update() > 0 ? jdbc.sql("select id from directory_enterprise where credit_code = :code")
        .param("code", creditCode).query(Long.class).single() : 0;
  }

  private void request(String letter, long enterprise, String officer, String category, String submittedAt,
      String acknowledgedAt, String outcome, String state, String satisfaction, int reopenCount) {
    OffsetDateTime submitted = OffsetDateTime.parse(submittedAt + ":00+08:00");
    jdbc.sql("""
            insert into request (case_number, enterprise_id, enterprise_name, category, title, description,
              contact_name, contact_phone, urgency, channel, state, outcome, officer_id, submitted_by, submitted_at,
              response_due, response_light, acknowledged_at, satisfaction, reopen_count)
            values (:caseNumber, :enterprise, '企业', :category, '诉求', '说明', '王经理', '13800000000', 'NORMAL',
              'PORTAL', :state, :outcome, :officer, 'ent01', :submitted, :responseDue, 'GREEN', :acknowledged,
              :satisfaction, :reopenCount)""")
        .param("caseNumber", caseNumber(letter)).param("enterprise", enterprise).param("category", category)
        .param("state", state).param("outcome", outcome).param("officer", officer)
        .param("submitted", Timestamp.from(submitted.toInstant()))
        .param("responseDue", Timestamp.from(submitted.plusHours(24).toInstant()))
        .param("acknowledged", acknowledgedAt == null ? null : at(acknowledgedAt))
        .param("satisfaction", satisfaction).param("reopenCount", reopenCount)
        .update();
  }

  private void unit(String letter, int round, int position, String department, String role, String state,
      String rating, boolean superseded) {
    jdbc.sql("""
            insert into handling_unit (case_number, round, position, department_code, role, time_limit, handed_over_at,
              handed_over_by, due_date, state, light, rating, superseded)
            values (:caseNumber, :round, :position, :department, :role, 5, :at, 'zhangwei', date '2026-11-15', :state,
              'RED', :rating, :superseded)""")
        .param("caseNumber", caseNumber(letter)).param("round", round).param("position", position)
        .param("department", department).param("role", role).param("at", at("2026-11-06T09:00"))
        .param("state", state).param("rating", rating).param("superseded", superseded)
        .update();
  }

  private void urge(String letter) {
    jdbc.sql("""
            insert into urge (case_number, target_kind, target, urged_by, urged_at, message)
            values (:caseNumber, 'USER', 'zhangwei', 'chenjianguo', :at, '请加快办理')""")
        .param("caseNumber", caseNumber(letter)).param("at", at("2026-11-08T09:00")).update();
  }

  private static Timestamp at(String localShanghai) {
    return Timestamp.from(OffsetDateTime.parse(localShanghai + ":00+08:00").toInstant());
  }
}
