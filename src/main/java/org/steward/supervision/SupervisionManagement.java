package org.steward.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;

/** Opens and closes supervision items; the 督办 tasks in Tasklist are the process side of the same items. */
@Service
@Transactional
public class SupervisionManagement {

  private static final String SELECT = """
      select id, case_number, unit_id, reason, target, opened_at, closed_at, closed_by, note from supervision_item
      """;

  private final JdbcClient jdbc;

  SupervisionManagement(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Puts a matter under supervision; {@code target} is who is chased (officer id or department code). */
  public long open(String caseNumber, Long unitId, SupervisionReason reason, String target) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into supervision_item (case_number, unit_id, reason, target, opened_at)
            values (:caseNumber, :unitId, :reason, :target, :openedAt)
            """)
        .param("caseNumber", caseNumber)
        .param("unitId", unitId)
        .param("reason", reason.name())
        .param("target", target)
        .param("openedAt", Timestamp.from(StewardClock.now()))
        .update(key, "id");
    return key.getKeyAs(Number.class).longValue();
  }

  /** Closes an open item with the supervisor's note; closing a closed item changes nothing. */
  public void close(long id, String by, String note) {
    item(id);
    jdbc.sql("update supervision_item set closed_at = :now, closed_by = :by, note = :note where id = :id and closed_at is null")
        .param("now", Timestamp.from(StewardClock.now()))
        .param("by", by)
        .param("note", note)
        .param("id", id)
        .update();
  }

  @Transactional(readOnly = true)
  public SupervisionItem item(long id) {
    return jdbc.sql(SELECT + " where id = :id").param("id", id).query(SupervisionManagement::map).optional()
        .orElseThrow(() -> new NotFound("supervision-item", id));
  }

  /** The items of a case, oldest first. */
  @Transactional(readOnly = true)
  public List<SupervisionItem> ofCase(String caseNumber) {
    return jdbc.sql(SELECT + " where case_number = :caseNumber order by opened_at, id")
        .param("caseNumber", caseNumber).query(SupervisionManagement::map).list();
  }

  private static SupervisionItem map(ResultSet rs, int row) throws SQLException {
    Timestamp closed = rs.getTimestamp("closed_at");
    long unit = rs.getLong("unit_id");
    return new SupervisionItem(rs.getLong("id"), rs.getString("case_number"), rs.wasNull() ? null : unit,
        SupervisionReason.valueOf(rs.getString("reason")), rs.getString("target"),
        rs.getTimestamp("opened_at").toInstant(), closed == null ? null : closed.toInstant(),
        rs.getString("closed_by"), rs.getString("note"));
  }
}
