package org.steward.policy;

import static org.steward.shared.Rows.instant;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.StewardClock;

/**
 * The policies' figures of a report period (政策推送): every policy published before the period's end and valid at some
 * day of it, with what happened to it within the period.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PolicyReport {

  private final JdbcClient jdbc;

  /**
   * One policy in a period: {@code matched} the enterprises it had reached by the period's end; {@code delivered} those
   * it reached within the period; {@code read} the first reads, {@code confirmed} the officers' confirmations (of which
   * {@code applicable} said 适用) and {@code consultations} the requests raised about it (我要咨询 / 申报), within the
   * period.
   */
  public record PeriodFigures(long policyId, String title, String issuingDepartment, LocalDate publishedOn,
      long matched, long delivered, long read, long confirmed, long applicable, long consultations) {
  }

  /** The figures of the period {@code [from, to)}, by publishing time. */
  public List<PeriodFigures> figures(Instant from, Instant to) {
    return jdbc.sql("""
            select p.id, p.title, p.issuing_department, p.published_at,
              (select count(*) from policy_delivery d where d.policy_id = p.id and d.delivered_at < :to) as matched,
              (select count(*) from policy_delivery d where d.policy_id = p.id
                 and d.delivered_at >= :from and d.delivered_at < :to) as delivered,
              (select count(*) from policy_delivery d where d.policy_id = p.id
                 and d.read_at >= :from and d.read_at < :to) as read_count,
              (select count(*) from policy_confirmation c where c.policy_id = p.id
                 and c.confirmed_at >= :from and c.confirmed_at < :to) as confirmed,
              (select count(*) from policy_confirmation c where c.policy_id = p.id and c.applicability = 'APPLICABLE'
                 and c.confirmed_at >= :from and c.confirmed_at < :to) as applicable,
              (select count(*) from policy_consultation q where q.policy_id = p.id
                 and q.created_at >= :from and q.created_at < :to) as consultations
            from policy p
            where p.published_at is not null and p.published_at < :to and p.valid_to >= :firstDay
            order by p.published_at, p.id""")
        .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
        .param("firstDay", from.atZone(StewardClock.ZONE).toLocalDate())
        .query((rs, n) -> new PeriodFigures(rs.getLong("id"), rs.getString("title"), rs.getString("issuing_department"),
            instant(rs, "published_at").atZone(StewardClock.ZONE).toLocalDate(), rs.getLong("matched"),
            rs.getLong("delivered"), rs.getLong("read_count"), rs.getLong("confirmed"), rs.getLong("applicable"),
            rs.getLong("consultations")))
        .list();
  }
}
