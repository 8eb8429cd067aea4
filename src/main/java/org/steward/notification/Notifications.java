package org.steward.notification;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.notification.delivery.Deliveries;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;

/**
 * Records notifications (new tasks, reminders, lights, urges, supervision) in Steward's own table, in the transaction
 * of the step that caused them. The row is the outbox: with it, in the same transaction, each channel that reaches the
 * recipient gets a pending delivery, which the dispatcher sends once the step has committed. A step that rolls back
 * leaves neither, so nothing is sent for it.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Notifications {

  /** Kind of the notification that tells a user or a group about a task that is theirs to do. */
  public static final String TASK_CREATED = "TASK_CREATED";
  /** The states of deliveries not sent yet: not tried (PENDING) and waiting to be tried again (FAILED). */
  public static final Set<DeliveryState> BACKLOG = Set.of(DeliveryState.PENDING, DeliveryState.FAILED);

  /** The notification table's text column: a longer text (a reason quoted whole) is cut, ending in "…". */
  private static final int MAX_TEXT = 500;
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final String SELECT = """
      select id, recipient_kind, recipient, kind, case_number, text, created_at, read_at from notification
      """;
  private static final String ADDRESSED_TO_CALLER = """
      ((recipient_kind = 'USER' and recipient = :userId) or (recipient_kind = 'GROUP' and recipient in (:groups)))
      """;

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final Deliveries deliveries;

  public void notifyUser(String userId, String kind, String caseNumber, String text) {
    insert(Notification.USER, userId, kind, caseNumber, text);
  }

  /**
   * Tells many users the same thing at once, as {@link #notifyUser} would each of them: one notification per user and
   * one pending delivery per channel that reaches the user, written in batches (for a policy sent to thousands of
   * enterprises).
   */
  public void notifyUsers(List<String> userIds, String kind, String caseNumber, String text) {
    if (userIds.isEmpty()) {
      return;
    }
    String shortText = Texts.shorten(text, MAX_TEXT);
    Instant now = StewardClock.now();
    Timestamp at = Timestamp.from(now);
    KeyHolder keys = new GeneratedKeyHolder();
    batch.batchUpdate(connection -> connection.prepareStatement("""
            insert into notification (recipient_kind, recipient, kind, case_number, text, created_at)
            values (?, ?, ?, ?, ?, ?)""", new String[] {"id"}),
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement statement, int i) throws SQLException {
            statement.setString(1, Notification.USER);
            statement.setString(2, userIds.get(i));
            statement.setString(3, kind);
            statement.setString(4, caseNumber);
            statement.setString(5, shortText);
            statement.setTimestamp(6, at);
          }

          @Override
          public int getBatchSize() {
            return userIds.size();
          }
        }, keys);
    List<Long> ids = keys.getKeyList().stream().map(key -> ((Number) key.get("id")).longValue()).toList();
    deliveries.openAll(ids, Notification.USER, userIds, now);
    if (!TASK_CREATED.equals(kind)) {
      userIds.forEach(user -> StepNotices.remember(Notification.USER, user, caseNumber));
    }
  }

  public void notifyGroup(String groupId, String kind, String caseNumber, String text) {
    insert(Notification.GROUP, groupId, kind, caseNumber, text);
  }

  /**
   * Tells whoever may work on a new task about it, once: the assignee if there is one, otherwise each candidate user
   * and group. A user who just completed the step that created the task is not told about it; nor is anyone whom the
   * same step (transaction) has already told something about the same case, since that notice says what to do.
   */
  public void newTask(NewTask task) {
    String text = "您有新的待办任务：" + Objects.requireNonNullElse(task.name(), "（未命名任务）")
        + (task.due() == null ? "" : "，请于 " + DUE.format(task.due().atZone(StewardClock.ZONE)) + " 前办理");
    if (task.assignee() != null) {
      if (!task.assignee().equals(task.createdBy())
          && !StepNotices.told(Notification.USER, task.assignee(), task.caseNumber())) {
        notifyUser(task.assignee(), TASK_CREATED, task.caseNumber(), text);
      }
      return;
    }
    task.candidateUsers().stream().filter(user -> !user.equals(task.createdBy()))
        .filter(user -> !StepNotices.told(Notification.USER, user, task.caseNumber()))
        .forEach(user -> notifyUser(user, TASK_CREATED, task.caseNumber(), text));
    task.candidateGroups().stream().filter(group -> !StepNotices.told(Notification.GROUP, group, task.caseNumber()))
        .forEach(group -> notifyGroup(group, TASK_CREATED, task.caseNumber(), text));
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
    return jdbc.sql(SELECT + " where " + ADDRESSED_TO_CALLER + """
               and (:all = true or read_at is null)
             order by created_at desc, id desc
             fetch first :limit rows only
            """)
        .param("userId", userId)
        .param("groups", groups(groupIds))
        .param("all", !unreadOnly)
        .param("limit", limit)
        .query(Notifications::map).list();
  }

  /** How many of a user's notifications (to the user or one of the groups) are unread. */
  @Transactional(readOnly = true)
  public long unreadCount(String userId, Collection<String> groupIds) {
    return jdbc.sql("select count(*) from notification where read_at is null and " + ADDRESSED_TO_CALLER)
        .param("userId", userId).param("groups", groups(groupIds)).query(Long.class).single();
  }

  /** Marks a notification addressed to the user (or one of the groups) as read. */
  public void markRead(long id, String userId, Collection<String> groupIds) {
    int updated = jdbc.sql("update notification set read_at = :now where id = :id and read_at is null and "
            + ADDRESSED_TO_CALLER)
        .param("now", Timestamp.from(StewardClock.now()))
        .param("id", id)
        .param("userId", userId)
        .param("groups", groups(groupIds))
        .update();
    if (updated == 0 && jdbc.sql("select count(*) from notification where id = :id and " + ADDRESSED_TO_CALLER)
        .param("id", id).param("userId", userId).param("groups", groups(groupIds)).query(Long.class).single() == 0) {
      throw new NotFound("notification", id);
    }
  }

  /** Marks every unread notification of the user (or one of the groups) read; answers how many it marked. */
  public int markAllRead(String userId, Collection<String> groupIds) {
    return jdbc.sql("update notification set read_at = :now where read_at is null and " + ADDRESSED_TO_CALLER)
        .param("now", Timestamp.from(StewardClock.now()))
        .param("userId", userId)
        .param("groups", groups(groupIds))
        .update();
  }

  /** Deliveries in a state (all states when null), the most recently due first: what an administrator watches. */
  @Transactional(readOnly = true)
  public List<Delivery> deliveries(DeliveryState state, int limit) {
    return deliveries.list(state, limit);
  }

  /** Deliveries not sent yet, by state (each of {@link #BACKLOG} present): the backlog operators watch. */
  @Transactional(readOnly = true)
  public Map<DeliveryState, Long> backlog() {
    return deliveries.count(BACKLOG);
  }

  private void insert(String recipientKind, String recipient, String kind, String caseNumber, String text) {
    Instant now = StewardClock.now();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into notification (recipient_kind, recipient, kind, case_number, text, created_at)
            values (:recipientKind, :recipient, :kind, :caseNumber, :text, :createdAt)
            """)
        .param("recipientKind", recipientKind)
        .param("recipient", recipient)
        .param("kind", kind)
        .param("caseNumber", caseNumber)
        .param("text", Texts.shorten(text, MAX_TEXT))
        .param("createdAt", Timestamp.from(now))
        .update(key, "id");
    long id = Objects.requireNonNull(key.getKey(), "generated notification id").longValue();
    deliveries.open(id, recipientKind, recipient, now);
    if (!TASK_CREATED.equals(kind)) {
      StepNotices.remember(recipientKind, recipient, caseNumber);
    }
  }

  private static Collection<String> groups(Collection<String> groupIds) {
    return groupIds.isEmpty() ? List.of("") : groupIds;
  }

  private static Notification map(ResultSet rs, int row) throws SQLException {
    Timestamp read = rs.getTimestamp("read_at");
    return new Notification(rs.getLong("id"), rs.getString("recipient_kind"), rs.getString("recipient"),
        rs.getString("kind"), rs.getString("case_number"), rs.getString("text"),
        rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
  }
}
