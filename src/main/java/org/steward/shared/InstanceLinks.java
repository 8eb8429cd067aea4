package org.steward.shared;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The link between one of Steward's records and the process instance that acts on it ({@code process_instance_id}).
 * The instance's first step claims its record, only while the record waits for an instance; every later step finds
 * the record by its own process instance id, never by a process variable a task holder could overwrite. Each
 * capability declares its links as a small component over this class.
 *
 * @param <K> the record's key type
 */
public abstract class InstanceLinks<K> {

  private final JdbcClient jdbc;
  private final String kind;
  private final String table;
  private final String key;
  private final Class<K> keyType;
  private final String waiting;

  /**
   * @param kind    the record's kind in problems ({@code kind.<kind>})
   * @param table   the record's table (a constant, never input)
   * @param key     its key column
   * @param waiting the SQL condition under which a record waits for its instance, e.g. {@code state = 'ASSIGNED'}
   */
  protected InstanceLinks(JdbcClient jdbc, String kind, String table, String key, Class<K> keyType, String waiting) {
    this.jdbc = jdbc;
    this.kind = kind;
    this.table = table;
    this.key = key;
    this.keyType = keyType;
    this.waiting = waiting;
  }

  /**
   * Links the record to the instance starting on it.
   *
   * @throws NotWaitingForInstance when the record does not exist, already has an instance or no longer waits for one:
   *     the start is refused and rolls back with everything it did
   */
  public K claim(K id, String processInstanceId) {
    int claimed = jdbc.sql("update " + table + " set process_instance_id = :instance where " + key + " = :id"
            + " and process_instance_id is null and " + waiting)
        .param("instance", processInstanceId).param("id", id).update();
    if (claimed != 1) {
      throw new NotWaitingForInstance(kind, id);
    }
    return id;
  }

  /** The record the instance has claimed, if it has. */
  public Optional<K> linked(String processInstanceId) {
    return jdbc.sql("select " + key + " from " + table + " where process_instance_id = :instance")
        .param("instance", processInstanceId).query(keyType).optional();
  }

  /** The instance that claimed the record, if one has. */
  public Optional<String> instanceOf(K id) {
    return jdbc.sql("select process_instance_id from " + table + " where " + key + " = :id"
            + " and process_instance_id is not null")
        .param("id", id).query(String.class).optional();
  }

  /** The record the instance has claimed; {@link NotFound} when it has none (it was never started by Steward). */
  public K of(String processInstanceId) {
    return linked(processInstanceId).orElseThrow(() -> new NotFound(kind, processInstanceId));
  }
}
