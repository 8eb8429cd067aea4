package org.steward.notification.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.steward.notification.Delivery;
import org.steward.notification.DeliveryState;
import org.steward.notification.Notification;
import org.steward.notification.NotificationSender;
import org.steward.shared.Texts;

/** The delivery rows of the outbox: opened with a notification, claimed by the dispatcher, closed with the outcome. */
@Component
@Transactional
@RequiredArgsConstructor
public class Deliveries {

  private static final int MAX_ERROR = 500;
  private static final String HELD = "state in ('PENDING', 'FAILED') and next_attempt_at = :leaseEnd";
  private static final String SELECT = """
      select d.id, d.notification_id, d.channel, d.state, d.attempts, d.next_attempt_at, d.last_error, d.sent_at,
             n.recipient_kind, n.recipient, n.kind, n.case_number, n.text, n.created_at, n.read_at
        from notification_delivery d join notification n on n.id = d.notification_id
      """;

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final ObjectProvider<NotificationSender> senders;

  /** One pending delivery per channel that reaches the recipient, in the caller's transaction. */
  public void open(long notificationId, String recipientKind, String recipient, Instant now) {
    senders.orderedStream().filter(sender -> sender.reaches(recipientKind, recipient)).forEach(sender -> jdbc.sql("""
            insert into notification_delivery (notification_id, channel, state, attempts, next_attempt_at)
            values (:notification, :channel, 'PENDING', 0, :now)
            """)
        .param("notification", notificationId).param("channel", sender.channel()).param("now", Timestamp.from(now))
        .update());
  }

  /**
   * One pending delivery per channel that reaches the recipient, for many notifications at once ({@code ids[i]} is
   * addressed to {@code recipients[i]}), written in one batch per channel, in the caller's transaction.
   */
  public void openAll(List<Long> notificationIds, String recipientKind, List<String> recipients, Instant now) {
    Timestamp at = Timestamp.from(now);
    senders.orderedStream().forEach(sender -> {
      List<Object[]> rows = new ArrayList<>();
      for (int i = 0; i < notificationIds.size(); i++) {
        if (sender.reaches(recipientKind, recipients.get(i))) {
          rows.add(new Object[] {notificationIds.get(i), sender.channel(), at});
        }
      }
      if (!rows.isEmpty()) {
        batch.batchUpdate("""
            insert into notification_delivery (notification_id, channel, state, attempts, next_attempt_at)
            values (?, ?, 'PENDING', 0, ?)""", rows);
      }
    });
  }

  /**
   * Takes up to {@code batch} due deliveries and holds them for {@code lease}: their next attempt moves to the lease's
   * end, so that neither this node's next round nor another node takes them while they are being sent, and a node
   * that dies mid-send leaves them to be tried again. {@code for update skip locked} lets nodes claim side by side.
   */
  public List<Claim> claimDue(Instant now, int batch, Duration lease) {
    List<Long> ids = jdbc.sql("""
            select id from notification_delivery
             where state in ('PENDING', 'FAILED') and next_attempt_at <= :now
             order by next_attempt_at, id
             fetch first :batch rows only
             for update skip locked
            """)
        .param("now", Timestamp.from(now)).param("batch", batch).query(Long.class).list();
    if (ids.isEmpty()) {
      return List.of();
    }
    // the lease's end is also the claim's token: only the holder of a lease still in force records the outcome
    Instant until = now.plus(lease).truncatedTo(ChronoUnit.MILLIS);
    jdbc.sql("update notification_delivery set next_attempt_at = :until where id in (:ids)")
        .param("until", Timestamp.from(until)).param("ids", ids).update();
    return jdbc.sql(SELECT + " where d.id in (:ids) order by d.id").param("ids", ids)
        .query((rs, row) -> claim(rs, until)).list();
  }

  /**
   * Records the send as SENT; answers false, recording nothing, when the claim was taken over meanwhile (its lease ran
   * out and another round claimed the delivery again).
   */
  public boolean sent(Claim claim, Instant now) {
    return jdbc.sql("update notification_delivery set state = 'SENT', attempts = attempts + 1, sent_at = :now, "
            + "last_error = null where id = :id and " + HELD)
        .param("now", Timestamp.from(now)).param("id", claim.id()).param("leaseEnd", Timestamp.from(claim.leaseEnd()))
        .update() == 1;
  }

  /**
   * Records a failed attempt: FAILED with the next attempt at {@code retryAt}, or GAVE_UP when that is null; answers
   * false, recording nothing, when the claim was taken over meanwhile.
   */
  public boolean failed(Claim claim, String error, Instant retryAt) {
    StatementSpec update = jdbc.sql("update notification_delivery set state = :state, attempts = attempts + 1, "
            + "last_error = :error" + (retryAt == null ? "" : ", next_attempt_at = :retryAt") + " where id = :id and "
            + HELD)
        .param("state", retryAt == null ? DeliveryState.GAVE_UP.name() : DeliveryState.FAILED.name())
        .param("error", Texts.shorten(error, MAX_ERROR))
        .param("id", claim.id())
        .param("leaseEnd", Timestamp.from(claim.leaseEnd()));
    if (retryAt != null) {
      update.param("retryAt", Timestamp.from(retryAt));
    }
    return update.update() == 1;
  }

  /**
   * How many deliveries wait in each of the given states (every one of them present, 0 when none), counted on the
   * index of due deliveries.
   */
  @Transactional(readOnly = true)
  public Map<DeliveryState, Long> count(Set<DeliveryState> states) {
    Map<DeliveryState, Long> counts = new EnumMap<>(DeliveryState.class);
    states.forEach(state -> counts.put(state, 0L));
    jdbc.sql("select state, count(*) as n from notification_delivery where state in (:states) group by state")
        .param("states", states.stream().map(Enum::name).toList())
        .query(rs -> {
          counts.put(DeliveryState.valueOf(rs.getString("state")), rs.getLong("n"));
        });
    return counts;
  }

  @Transactional(readOnly = true)
  public List<Delivery> list(DeliveryState state, int limit) {
    StatementSpec query = jdbc.sql(SELECT + (state == null ? "" : " where d.state = :state") + """
             order by d.next_attempt_at desc, d.id desc
             fetch first :limit rows only
            """)
        .param("limit", limit);
    if (state != null) {
      query.param("state", state.name());
    }
    return query.query(Deliveries::delivery).list();
  }

  /**
   * A claimed delivery: which channel, how many attempts so far, the notification to send, and when the claim's lease
   * ends.
   */
  public record Claim(long id, String channel, int attempts, Notification notification, Instant leaseEnd) {
  }

  private static Claim claim(ResultSet rs, Instant leaseEnd) throws SQLException {
    Timestamp read = rs.getTimestamp("read_at");
    return new Claim(rs.getLong("id"), rs.getString("channel"), rs.getInt("attempts"),
        new Notification(rs.getLong("notification_id"), rs.getString("recipient_kind"), rs.getString("recipient"),
            rs.getString("kind"), rs.getString("case_number"), rs.getString("text"),
            rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant()), leaseEnd);
  }

  private static Delivery delivery(ResultSet rs, int row) throws SQLException {
    Timestamp sent = rs.getTimestamp("sent_at");
    return new Delivery(rs.getLong("id"), rs.getLong("notification_id"), rs.getString("channel"),
        DeliveryState.valueOf(rs.getString("state")), rs.getInt("attempts"),
        rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
        sent == null ? null : sent.toInstant(), rs.getString("recipient_kind"), rs.getString("recipient"),
        rs.getString("kind"), rs.getString("case_number"));
  }
}
