package org.steward.timeline;

import java.sql.Timestamp;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.steward.shared.StewardClock;
import org.steward.shared.Texts;

/** Appends to and reads the timeline of a case (enterprise request or project); entries are never changed. */
@Service
@Transactional
@RequiredArgsConstructor
public class Timeline {

  /** The actor of steps the engine takes by itself (timers, routing). */
  public static final String SYSTEM = "system";

  // the columns' sizes: a line joined from many fields (reasons of every unit…) is cut, never refused by the database
  private static final int MAX_DESCRIPTION = 200;
  private static final int MAX_DETAIL = 5000;

  private final JdbcClient jdbc;

  /** Records a step now; {@code actor} null means {@link #SYSTEM}; a longer description or detail is cut to fit. */
  public void record(String caseNumber, String action, String actor, String description, String detail) {
    jdbc.sql("""
            insert into timeline_entry (case_number, occurred_at, action, actor, description, detail)
            values (:caseNumber, :at, :action, :actor, :description, :detail)
            """)
        .param("caseNumber", caseNumber)
        .param("at", Timestamp.from(StewardClock.now()))
        .param("action", action)
        .param("actor", actor == null ? SYSTEM : actor)
        .param("description", Texts.shorten(description, MAX_DESCRIPTION))
        .param("detail", Texts.shorten(detail, MAX_DETAIL))
        .update();
  }

  /** The steps of a case, oldest first. */
  @Transactional(readOnly = true)
  public List<TimelineEntry> of(String caseNumber) {
    return jdbc.sql("""
            select occurred_at, action, actor, description, detail from timeline_entry
            where case_number = :caseNumber order by occurred_at, id
            """)
        .param("caseNumber", caseNumber)
        .query((rs, row) -> new TimelineEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("action"),
            rs.getString("actor"), rs.getString("description"), rs.getString("detail")))
        .list();
  }
}
