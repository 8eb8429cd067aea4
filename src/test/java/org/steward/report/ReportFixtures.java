package org.steward.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.steward.ledger.EndedCaseFigures;

/**
 * A hand-checked data set for November 2026 (Asia/Shanghai), inserted row by row, and the figures worked out by hand.
 * The clock stands at 2026-12-10 10:00 (+08:00).
 *
 * <pre>
 * case enterprise officer  category submitted   first answer    outcome / state          satisfaction / reopen urges
 *      (area)                       (+08)
 * A    e1 天河区  zhangwei power    11-02 09:00 +4 h            RESOLVED_DIRECTLY CLOSED SATISFIED / 0         0
 * B    e1 天河区  zhangwei land     11-03 10:00 +30 h (late)    TRACKED CLOSED           UNSATISFIED then SATISFIED / 1  2
 * C    e2 黄埔区  liuyang  power    11-10 09:00 +1 h            TRACKED HANDLING         -                     1
 * D    e2 黄埔区  liuyang  land     11-20 09:00 none, due 11-21 - SUBMITTED              -                     0
 * E    e1 天河区  zhangwei power    11-25 09:00 +2 h            RESOLVED_DIRECTLY,       UNSATISFIED / 1       0
 *                                                               reopened (ACKNOWLEDGED)
 * G    e2 黄埔区  (none)   other    11-01 00:30 none, due 11-02 - SUBMITTED  (16:30 UTC on 10-31: in November in Shanghai)
 * H    e2 黄埔区  liuyang  power    11-28 09:00 +0.5 h          TRACKED HANDLING         -                     0
 * F    e1 天河区  zhangwei power    12-01 00:30 (11-30 16:30 UTC: December in Shanghai, not in the report)     1
 *
 * units (department, role, round, due, state, rating)
 * B  housing LEAD r1 due 11-10 FEEDBACK_GIVEN 11-09 DONE; power COOPERATING r1 due 11-10 RETURNED 11-05;
 *    housing LEAD r2 (after the reopen) due 11-17, extended to 11-20, FEEDBACK_GIVEN 11-19 DONE (after the original
 *    deadline, before the new one)
 * C  power LEAD r1 due 11-20 SIGNED light RED (open past its deadline); economy COOPERATING r1 due 11-20
 *    FEEDBACK_GIVEN 11-21 SLOW (late)
 * H  economy LEAD r1 due 12-20 ASSIGNED light GREEN (open, not yet due)
 * F  housing LEAD r1 due 12-05 FEEDBACK_GIVEN 12-04 DONE
 *
 * policies (published, valid; delivered to, read; confirmed by the officer; consultations)
 * P1 稳岗补贴 published 11-05 10:00, valid 11-01..12-31; delivered to e1 and e2 at publication, to e3 (joining the
 *    directory) 12-02; e1 read 11-06, e2 read 12-01 00:10 (11-30 16:10 UTC: December in Shanghai), e3 unread;
 *    e1 confirmed APPLICABLE 11-08, e2 confirmed NOT_APPLICABLE 12-04; e1 consulted 11-09
 * P2 技改奖补 published 10-10, valid 10-10..10-31 (EXPIRED); delivered to e1 10-10, read 10-12; not in November
 * P3 人才公寓 a draft: in no report
 * </pre>
 *
 * Totals, by hand: collected 7 (A B C D E G H); on the spot 2 (A E); tracked 3 (B C H); closed 2 (A B), 2/7 = 0.2857;
 * units judged 4 (B-housing r1, B-housing r2, C-power open past due, C-economy; B-power returned and H-economy not due
 * are out), on time 2 (both B-housing), 2/4 = 0.5; answered 5, (4 + 30 + 1 + 2 + 0.5) / 5 = 7.50 h; answered by the
 * deadline 4 (A C E H) of 7 answered or past their deadline (5 answered + D + G) = 0.5714; urges 3 (B 2, C 1) on 2
 * requests, 2/7 = 0.2857; reopened 2 (B E) of 3 rated (A B E) = 0.6667; satisfied now 2 (A B) of 3 = 0.6667.
 * Policies in November: P1 alone (P2 expired in October), matched 2 (e1 e2), delivered 2, read 1 (e1) = 0.5,
 * confirmed 1 (e1), applicable 1, consultations 1.
 */
public final class ReportFixtures {

  public static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-10T10:00:00+08:00");

  private final JdbcClient jdbc;

  public ReportFixtures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert() {
    Timestamp created = Timestamp.from(NOW.minusYears(1).toInstant());
    jdbc.sql("insert into directory_department (code, name, created_at) values ('economy', '经济发展局', :t), "
        + "('housing', '住房和城乡建设局', :t), ('power', '供电局', :t)").param("t", created).update();
    jdbc.sql("insert into directory_officer (id, name, department_code, kind, is_supervisor, created_at) values "
        + "('zhangwei', '张伟', 'economy', 'ENTERPRISE', false, :t), "
        + "('liuyang', '刘洋', 'economy', 'ENTERPRISE', false, :t)")
        .param("t", created).update();
    long e1 = enterprise("广州天河精密制造有限公司", "91440101MA5CT0001A", "天河区", created);
    long e2 = enterprise("广州黄埔新材料有限公司", "91440101MA5CT0002B", "黄埔区", created);

    request("A", e1, "zhangwei", "power", "2026-11-02T09:00", 4 * 60, "RESOLVED_DIRECTLY", "CLOSED", "SATISFIED", 0);
    request("B", e1, "zhangwei", "land", "2026-11-03T10:00", 30 * 60, "TRACKED", "CLOSED", "SATISFIED", 1);
    request("C", e2, "liuyang", "power", "2026-11-10T09:00", 60, "TRACKED", "HANDLING", null, 0);
    request("D", e2, "liuyang", "land", "2026-11-20T09:00", null, null, "SUBMITTED", null, 0);
    request("E", e1, "zhangwei", "power", "2026-11-25T09:00", 2 * 60, "RESOLVED_DIRECTLY", "ACKNOWLEDGED",
        "UNSATISFIED", 1);
    request("G", e2, null, "other", "2026-11-01T00:30", null, null, "SUBMITTED", null, 0);
    request("H", e2, "liuyang", "power", "2026-11-28T09:00", 30, "TRACKED", "HANDLING", null, 0);
    request("F", e1, "zhangwei", "power", "2026-12-01T00:30", 30, "TRACKED", "HANDLING", null, 0);

    unit("B", 1, 0, "housing", "LEAD", "2026-11-10", "FEEDBACK_GIVEN", "GREEN", "DONE", "2026-11-09T15:00");
    unit("B", 1, 1, "power", "COOPERATING", "2026-11-10", "RETURNED", "GREEN", null, "2026-11-05T10:00");
    long extended = unit("B", 2, 0, "housing", "LEAD", "2026-11-20", "FEEDBACK_GIVEN", "GREEN", "DONE",
        "2026-11-19T10:00");
    jdbc.sql("""
            insert into handling_extension (unit_id, requested_due_date, reason, requested_by, requested_at,
              previous_due_date, approved, decided_by, decided_at)
            values (:unit, date '2026-11-20', '需补充材料', 'housing01', :at, date '2026-11-17', true, 'chenjianguo', :at)
            """).param("unit", extended).param("at", at("2026-11-14T10:00")).update();
    unit("C", 1, 0, "power", "LEAD", "2026-11-20", "SIGNED", "RED", null, null);
    unit("C", 1, 1, "economy", "COOPERATING", "2026-11-20", "FEEDBACK_GIVEN", "RED", "SLOW", "2026-11-21T11:00");
    unit("H", 1, 0, "economy", "LEAD", "2026-12-20", "ASSIGNED", "GREEN", null, null);
    unit("F", 1, 0, "housing", "LEAD", "2026-12-05", "FEEDBACK_GIVEN", "GREEN", "DONE", "2026-12-04T10:00");

    urge("B", "2026-11-08T09:00");
    urge("B", "2026-11-09T09:00");
    urge("C", "2026-11-25T09:00");
    urge("F", "2026-12-03T09:00");

    long e3 = enterprise("广州番禺食品有限公司", "91440101MA5CT0003C", "番禺区", created);
    long p1 = policy("稳岗补贴申领指引", "2026-11-01", "2026-12-31", "PUBLISHED", "2026-11-05T10:00");
    delivery(p1, e1, "2026-11-05T10:00", "2026-11-06T09:00");
    delivery(p1, e2, "2026-11-05T10:00", "2026-12-01T00:10");
    delivery(p1, e3, "2026-12-02T15:00", null);
    confirmation(p1, e1, "APPLICABLE", "2026-11-08T16:00");
    confirmation(p1, e2, "NOT_APPLICABLE", "2026-12-04T11:00");
    jdbc.sql("""
            insert into policy_consultation (policy_id, case_number, enterprise_id, created_at)
            values (:policy, 'QY-REPORT-P', :enterprise, :at)""")
        .param("policy", p1).param("enterprise", e1).param("at", at("2026-11-09T14:00")).update();
    long p2 = policy("技术改造奖补实施细则", "2026-10-10", "2026-10-31", "EXPIRED", "2026-10-10T09:00");
    delivery(p2, e1, "2026-10-10T09:00", "2026-10-12T10:00");
    policy("人才公寓申请办法", "2026-11-01", "2026-12-31", "DRAFT", null);
    // inserted row by row, not ended by the use cases: the ended cases' days computed from them
    EndedCaseFigures.rebuild(jdbc);
  }

  public static String caseNumber(String letter) {
    return "QY-REPORT-" + letter;
  }

  /** Every figure of November 2026, as worked out by hand in the class comment and below. */
  public static void assertNovember(Report report) {
    assertThat(report.period()).isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
        "2026年11月"));
    assertFigures(report.totals(), 7, 2, 3, 2, "0.2857", "0.5000", "7.50", "0.5714", 3, "0.2857", 2, "0.6667",
        "0.6667");

    // liuyang: C D H. closed 0/3; units judged 2 (C), on time 0; answered C 1 h, H 0.5 h -> 0.75; by the deadline 2
    // (C H) of 3 (C D H); urges 1 on 1 request of 3; nothing rated. zhangwei: A B E. closed 2/3; units 2 of 2 (B);
    // (4 + 30 + 2) / 3 = 12 h; in time A E of 3; urges 2 on B, 1/3; reopened B E of 3 rated; satisfied A B of 3.
    // No officer: G alone; answerable (past its deadline), not answered; no units; nothing rated.
    assertThat(report.byOfficer()).extracting(Report.Group::key).containsExactly("liuyang", "zhangwei", null);
    assertThat(report.byOfficer()).extracting(Report.Group::name).containsExactly("刘洋", "张伟", "（未分派）");
    assertFigures(report.byOfficer().get(0).figures(), 3, 0, 2, 0, "0.0000", "0.0000", "0.75", "0.6667", 1, "0.3333",
        0, null, null);
    assertFigures(report.byOfficer().get(1).figures(), 3, 2, 1, 2, "0.6667", "1.0000", "12.00", "0.6667", 2, "0.3333",
        2, "0.6667", "0.6667");
    assertFigures(report.byOfficer().get(2).figures(), 1, 0, 0, 0, "0.0000", null, null, "0.0000", 0, "0.0000", 0,
        null, null);

    // 天河区 is A B E (zhangwei's); 黄埔区 is C D G H: closed 0/4; units 0 of 2; answered C H 0.75 h; in time 2 of 4;
    // 1 urge, 1/4 urged; nothing rated.
    assertThat(report.byArea()).extracting(Report.Group::key).containsExactly("天河区", "黄埔区");
    assertFigures(report.byArea().get(0).figures(), 3, 2, 1, 2, "0.6667", "1.0000", "12.00", "0.6667", 2, "0.3333",
        2, "0.6667", "0.6667");
    assertFigures(report.byArea().get(1).figures(), 4, 0, 2, 0, "0.0000", "0.0000", "0.75", "0.5000", 1, "0.2500", 0,
        null, null);

    // land: B D. closed 1/2; units 2 of 2 (B); answered B 30 h; in time 0 of 2; urges 2 on 1 of 2; B reopened and
    // satisfied of 1 rated. other: G, as no officer. power: A C E H. closed 1/4; units 0 of 2 (C; H not due);
    // (4 + 1 + 2 + 0.5) / 4 = 1.875 -> 1.88 h; in time 4 of 4; 1 urge on 1 of 4; E reopened of 2 rated (A E), A
    // satisfied of 2.
    assertThat(report.byCategory()).extracting(Report.Group::key).containsExactly("land", "other", "power");
    assertThat(report.byCategory()).extracting(Report.Group::name).containsExactly("用地", "其他", "用电");
    assertFigures(report.byCategory().get(0).figures(), 2, 0, 1, 1, "0.5000", "1.0000", "30.00", "0.0000", 2, "0.5000",
        1, "1.0000", "1.0000");
    assertFigures(report.byCategory().get(1).figures(), 1, 0, 0, 0, "0.0000", null, null, "0.0000", 0, "0.0000", 0,
        null, null);
    assertFigures(report.byCategory().get(2).figures(), 4, 2, 2, 1, "0.2500", "0.0000", "1.88", "1.0000", 1, "0.2500",
        1, "0.5000", "0.5000");

    // economy: C H (its units: C cooperating, late; H lead, open, not due). closed 0/2; its units 1 judged, 0 on time;
    // answered 1 h and 0.5 h -> 0.75; in time 2 of 2; C's urge, 1 of 2; nothing rated; ratings SLOW (C) ON_TRACK (H).
    // housing: B (two units, one request). closed 1/1; 2 of 2 on time (r2 thanks to the extension); 30 h, late; 2
    // urges; reopened and satisfied 1/1; ratings DONE 2. power: B (returned) and C (open, red). closed 1/2; its units:
    // C's judged and late, B's returned one is out -> 0/1; (30 + 1) / 2 = 15.50 h; in time C of 2; urges 2 + 1 on 2 of
    // 2; B reopened and satisfied of 1 rated; ratings SLOW 1 (C live; a returned unit has none).
    assertThat(report.byDepartment()).extracting(Report.Group::key).containsExactly("economy", "housing", "power");
    assertThat(report.byDepartment()).extracting(Report.Group::name).containsExactly("经济发展局", "住房和城乡建设局", "供电局");
    assertFigures(report.byDepartment().get(0).figures(), 2, 0, 2, 0, "0.0000", "0.0000", "0.75", "1.0000", 1,
        "0.5000", 0, null, null);
    assertFigures(report.byDepartment().get(1).figures(), 1, 0, 1, 1, "1.0000", "1.0000", "30.00", "0.0000", 2,
        "1.0000", 1, "1.0000", "1.0000");
    assertFigures(report.byDepartment().get(2).figures(), 2, 0, 2, 1, "0.5000", "0.0000", "15.50", "0.5000", 3,
        "1.0000", 1, "1.0000", "1.0000");
    assertThat(report.byDepartment()).extracting(Report.Group::ratings).containsExactly(
        Map.of("DONE", 0L, "ON_TRACK", 1L, "SLOW", 1L), Map.of("DONE", 2L, "ON_TRACK", 0L, "SLOW", 0L),
        Map.of("DONE", 0L, "ON_TRACK", 0L, "SLOW", 1L));

    assertThat(report.policies().rows()).extracting(Report.Policy::title, Report.Policy::issuingDepartment,
            Report.Policy::publishedOn)
        .containsExactly(tuple("稳岗补贴申领指引", "人力资源和社会保障局", LocalDate.of(2026, 11, 5)));
    PolicyPushFigures p1 = new PolicyPushFigures(2, 2, 1, new BigDecimal("0.5000"), 1, 1, 1);
    assertThat(report.policies().rows().get(0).figures()).isEqualTo(p1);
    assertThat(report.policies().totals()).isEqualTo(p1);
  }

  static void assertFigures(Figures f, long collected, long onSpot, long tracked, long closed, String resolution,
      String onTime, String hours, String within24h, long urges, String urgeRate, long reopened, String reopenRate,
      String satisfaction) {
    assertThat(List.of(f.collected(), f.resolvedOnSpot(), f.tracked(), f.closed(), f.urges(), f.reopened()))
        .containsExactly(collected, onSpot, tracked, closed, urges, reopened);
    assertThat(Arrays.asList(f.resolutionRate(), f.onTimeRate(), f.averageFirstResponseHours(),
        f.respondedWithin24hRate(), f.urgeRate(), f.reopenRate(), f.satisfactionRate()))
        .containsExactly(decimal(resolution), decimal(onTime), decimal(hours), decimal(within24h), decimal(urgeRate),
            decimal(reopenRate), decimal(satisfaction));
  }

  private static BigDecimal decimal(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  private long enterprise(String name, String creditCode, String area, Timestamp created) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into directory_enterprise (name, credit_code, area, created_at) values (:name, :code, :area, :t)")
        .param("name", name).param("code", creditCode).param("area", area).param("t", created)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  private void request(String letter, long enterprise, String officer, String category, String submittedAt,
      Integer answeredAfterMinutes, String outcome, String state, String satisfaction, int reopenCount) {
    OffsetDateTime submitted = OffsetDateTime.parse(submittedAt + ":00+08:00");
    jdbc.sql("""
            insert into request (case_number, enterprise_id, enterprise_name, category, title, description,
              contact_name, contact_phone, urgency, channel, state, outcome, officer_id, submitted_by, submitted_at,
              response_due, response_light, acknowledged_at, satisfaction, rated_at, reopen_count, closed_at)
            values (:caseNumber, :enterprise, '企业', :category, '诉求', '说明', '王经理', '13800000000', 'NORMAL',
              'PORTAL', :state, :outcome, :officer, 'ent01', :submitted, :responseDue, :overdue, :acknowledged,
              :satisfaction, :ratedAt, :reopenCount, :closedAt)
            """)
        .param("caseNumber", caseNumber(letter)).param("enterprise", enterprise).param("category", category)
        .param("state", state).param("outcome", outcome).param("officer", officer)
        .param("submitted", Timestamp.from(submitted.toInstant()))
        .param("responseDue", Timestamp.from(submitted.plusHours(24).toInstant()))
        .param("overdue", answeredAfterMinutes == null || answeredAfterMinutes > 24 * 60 ? "RED" : "GREEN")
        .param("acknowledged", answeredAfterMinutes == null ? null
            : Timestamp.from(submitted.plusMinutes(answeredAfterMinutes).toInstant()))
        .param("satisfaction", satisfaction)
        .param("ratedAt", satisfaction == null ? null : Timestamp.from(submitted.plusDays(5).toInstant()))
        .param("reopenCount", reopenCount)
        .param("closedAt", "CLOSED".equals(state) ? Timestamp.from(submitted.plusDays(6).toInstant()) : null)
        .update();
  }

  private long unit(String letter, int round, int position, String department, String role, String dueDate,
      String state, String light, String rating, String finishedAt) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into handling_unit (case_number, round, position, department_code, role, time_limit, handed_over_at,
              handed_over_by, due_date, state, light, rating, finished_at)
            values (:caseNumber, :round, :position, :department, :role, 5, :handedOver, 'zhangwei', :due, :state,
              :light, :rating, :finished)""")
        .param("caseNumber", caseNumber(letter)).param("round", round).param("position", position)
        .param("department", department).param("role", role)
        .param("handedOver", Timestamp.from(at(dueDate + "T09:00").toInstant().minusSeconds(7 * 86_400)))
        .param("due", LocalDate.parse(dueDate)).param("state", state).param("light", light).param("rating", rating)
        .param("finished", finishedAt == null ? null : at(finishedAt))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  private void urge(String letter, String urgedAt) {
    jdbc.sql("""
            insert into urge (case_number, target_kind, target, urged_by, urged_at, message)
            values (:caseNumber, 'USER', 'zhangwei', 'chenjianguo', :at, '请加快办理')""")
        .param("caseNumber", caseNumber(letter)).param("at", at(urgedAt)).update();
  }

  private long policy(String title, String validFrom, String validTo, String state, String publishedAt) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into policy (title, issuing_department, summary, body, valid_from, valid_to, confirm_days, state,
              created_by, created_at, published_by, published_at)
            values (:title, '人力资源和社会保障局', '摘要', '正文', :from, :to, 5, :state, 'policy01', :created,
              :publishedBy, :published)""")
        .param("title", title).param("from", LocalDate.parse(validFrom)).param("to", LocalDate.parse(validTo))
        .param("state", state).param("created", at("2026-10-01T09:00"))
        .param("publishedBy", publishedAt == null ? null : "policy01")
        .param("published", publishedAt == null ? null : at(publishedAt))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  private void delivery(long policy, long enterprise, String deliveredAt, String readAt) {
    jdbc.sql("""
            insert into policy_delivery (policy_id, enterprise_id, delivered_at, read_at, read_by)
            values (:policy, :enterprise, :delivered, :read, :reader)""")
        .param("policy", policy).param("enterprise", enterprise).param("delivered", at(deliveredAt))
        .param("read", readAt == null ? null : at(readAt)).param("reader", readAt == null ? null : "ent01")
        .update();
  }

  private void confirmation(long policy, long enterprise, String applicability, String confirmedAt) {
    jdbc.sql("""
            insert into policy_confirmation (policy_id, enterprise_id, officer_id, state, due_date, applicability,
              note, confirmed_by, confirmed_at)
            values (:policy, :enterprise, 'zhangwei', 'CONFIRMED', date '2026-11-12', :applicability, '已告知',
              'zhangwei', :at)""")
        .param("policy", policy).param("enterprise", enterprise).param("applicability", applicability)
        .param("at", at(confirmedAt)).update();
  }

  private static Timestamp at(String localShanghai) {
    return Timestamp.from(OffsetDateTime.parse(localShanghai + ":00+08:00").toInstant());
  }
}
