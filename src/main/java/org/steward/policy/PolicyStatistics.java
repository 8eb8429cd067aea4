package org.steward.policy;

import static org.steward.shared.Rows.instant;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.StewardClock;

/**
 * The policies' figures over a span of days, for the work reports (docs/reports.md). It checks no caller: the report
 * that asks decides who may read it.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PolicyStatistics {

  // each figure counts the rows whose moment falls in [from, to); matched every delivery made before to
  private static final String SELECT = """
      select p.id, p.title, p.issuing_department, p.published_at,
        (select count(*) from policy_delivery d where d.policy_id = p.id and d.delivered_at < :to) as matched,
        (select count(*) from policy_delivery d where d.policy_id = p.id
          and d.delivered_at >= :from and d.delivered_at < :to) as delivered,
        (select count(*) from policy_delivery d where d.policy_id = p.id
          and d.read_at >= :from and d.read_at < :to) as read_count,
        (select count(*) from policy_confirmation c where c.policy_id = p.id and c.state = 'CONFIRMED'
          and c.confirmed_at >= :from and c.confirmed_at < :to) as confirmed,
        (select count(*) from policy_confirmation c where c.policy_id = p.id and c.state = 'CONFIRMED'
          and c.applicability = 'APPLICABLE' and c.confirmed_at >= :from and c.confirmed_at < :to) as applicable,
        (select count(*) from policy_consultation q where q.policy_id = p.id
          and q.created_at >= :from and q.created_at < :to) as consultations
      from policy p
      where p.published_at < :to and (p.published_at >= :from or p.valid_to >= :first)
      order by p.published_at, p.id""";

  private final JdbcClient jdbc;

  /**
   * One policy's figures over the span: enterprises it had reached by the span's end ({@code matched}), of them those
   * reached within it ({@code delivered}: at publication, or joining the directory later), deliveries read within it,
   * key enterprises' confirmations made within it and of those the ones it applies to, and the consultations (我要咨询 /
   * 申报) raised within it.
   */
  public record PolicyFigures(long id, String title, String issuingDepartment, LocalDate publishedOn, long matched,
      long delivered, long read, long confirmed, long applicable, long consultations) {
  }

  /**
   * The policies published by the end of {@code last} (Asia/Shanghai) that were published from {@code first} on or
   * were still valid on {@code first}, in order of publication, with their figures over {@code first}..{@code last}
   * (both days included).
   */
  public List<PolicyFigures> between(LocalDate first, LocalDate last) {
    return jdbc.sql(SELECT)
        .param("from", Timestamp.from(first.atStartOfDay(StewardClock.ZONE).toInstant()))
        .param("to", Timestamp.from(last.plusDays(1).atStartOfDay(StewardClock.ZONE).toInstant()))
        .param("first", first)
        .query((rs, n) -> new PolicyFigures(rs.getLong("id"), rs.getString("title"),
            rs.getString("issuing_department"), instant(rs, "published_at").atZone(StewardClock.ZONE).toLocalDate(),
            rs.getLong("matched"), rs.getLong("delivered"), rs.getLong("read_count"), rs.getLong("confirmed"),
            rs.getLong("applicable"), rs.getLong("consultations")))
        .list();
  }
}
