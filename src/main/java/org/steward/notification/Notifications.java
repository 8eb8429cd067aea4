package org.steward.notification;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;

/**
 * Records notifications (reminders, red lights, supervision) in Steward's own table, in the transaction of the step
 * that caused them. Delivery by SMS or e-mail would read from here; the record is what the ledger and reports count.
 */
@Service
@Transactional
public class Notifications {

  private static final String SELECT = """
      select id, recipient_kind, recipient, kind, case_number, text, created_at, read_at from notification
      """;

  private final JdbcClient jdbc;

  Notifications(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void notifyUser(String userId, String kind, String caseNumber, String text) {
    insert("USER", userId, kind, caseNumber, text);
  }

  public void notifyGroup(String groupId, String kind, String caseNumber, String text) {
    insert("GROUP", groupId, kind, caseNumber, text);
  }

  /** Every notification about a case, oldest first. */
  @Transactional(readOnly = true)
  public List<Notification> ofCase(String caseNumber) {
    return jdbc.sql(SELECT + " where case_number = :caseNumber order by created_at, id")
        .param("caseNumber", caseNumber).query(Notifications::map).list();
  }

  /** A user's notifications, addressed to the user or to one of the groups, newest first. */
  @Transactional(readOnly = true)
  public List<Notification> forUser(String userId, Collection<String> groupIds, boolean unreadOnly, int limit) {
    return jdbc.sql(SELECT + """
             where ((recipient_kind = 'USER' and recipient = :userId)
                or (recipient_kind = 'GROUP' and recipient in (:groups)))
               and (:all = true or read_at is null)
             order by created_at desc, id desc
             fetch first :limit rows only
            """)
        .param("userId", userId)
        .param("groups", groupIds.isEmpty() ? List.of("") : groupIds)
        .param("all", !unreadOnly)
        .param("limit", limit)
        .query(Notifications::map).list();
  }

  /** Marks a notification addressed to the user (or one of the groups) as read. */
  public void markRead(long id, String userId, Collection<String> groupIds) {
    int updated = jdbc.sql("""
            update notification set read_at = :now
             where id = :id and read_at is null
               and ((recipient_kind = 'USER' and recipient = :userId)
                 or (recipient_kind = 'GROUP' and recipient in (:groups)))
            """)
        .param("now", Timestamp.from(StewardClock.now()))
        .param("id", id)
        .param("userId", userId)
        .param("groups", groupIds.isEmpty() ? List.of("") : groupIds)
        .update();
    if (updated == 0 && forUser(userId, groupIds, false, Integer.MAX_VALUE).stream().noneMatch(n -> n.id() == id)) {
      throw new NotFound("notification", id);
    }
  }

  private void insert(String recipientKind, String recipient, String kind, String caseNumber, String text) {
    jdbc.sql("""
            insert into notification (recipient_kind, recipient, kind, case_number, text, created_at)
            values (:recipientKind, :recipient, :kind, :caseNumber, :text, :createdAt)
            """)
        .param("recipientKind", recipientKind)
        .param("recipient", recipient)
        .param("kind", kind)
        .param("caseNumber", caseNumber)
        .param("text", text)
        .param("createdAt", Timestamp.from(StewardClock.now()))
        .update();
  }

  private static Notification map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    Timestamp read = rs.getTimestamp("read_at");
    return new Notification(rs.getLong("id"), rs.getString("recipient_kind"), rs.getString("recipient"),
        rs.getString("kind"), rs.getString("case_number"), rs.getString("text"),
        rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
  }
}
