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
  private final String process;
  private final String idVariable;

  /**
   * @param kind    the record's kind in problems ({@code kind.<kind>})
   * @param table   the record's table (a constant, never input)
   * @param key     its key column
   * @param waiting the SQL condition under which a record waits for its instance, e.g. {@code state = 'ASSIGNED'}
   */
  protected InstanceLinks(JdbcClient jdbc, String kind, String table, String key, Class<K> keyType, String waiting) {
    this(jdbc, kind, table, key, keyType, waiting, null, null);
  }

  /**
   * As above, for records whose instances may have started before the links existed (Flyway V16): {@code process} is
   * the key of their process definition, {@code idVariable} the instance's variable holding the record's key, or null
   * when the business key is the record's key.
   */
  protected InstanceLinks(JdbcClient jdbc, String kind, String table, String key, Class<K> keyType, String waiting,
      String process, String idVariable) {
    this.jdbc = jdbc;
    this.kind = kind;
    this.table = table;
    this.key = key;
    this.keyType = keyType;
    this.waiting = waiting;
    this.process = process;
    this.idVariable = idVariable;
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

  /**
   * Links the records that running instances started before the links existed act on, as their own first step would
   * have; answers how many. Such an instance carries its record's key in a variable (or as its business key), which
   * nobody could overwrite before the completion guard only because nothing read it back: this runs once per record,
   * at start-up, before anyone works on them.
   */
  public int linkEarlierInstances() {
    if (process == null) {
      return 0;
    }
    String instanceOf = idVariable == null
        ? "select e.ID_ from ACT_RU_EXECUTION e where e.ID_ = e.PROC_INST_ID_ and e.PROC_DEF_KEY_ = :process"
            + " and e.BUSINESS_KEY_ = t." + key
        : "select v.PROC_INST_ID_ from ACT_RU_VARIABLE v join ACT_RU_EXECUTION e on e.ID_ = v.PROC_INST_ID_"
            + " where e.PROC_DEF_KEY_ = :process and v.NAME_ = :variable and v.EXECUTION_ID_ = v.PROC_INST_ID_"
            + " and v.LONG_ = t." + key;
    return jdbc.sql("update " + table + " t set process_instance_id = (" + instanceOf + " fetch first 1 rows only)"
            + " where t.process_instance_id is null and exists (" + instanceOf + ")")
        .param("process", process).param("variable", idVariable == null ? "" : idVariable).update();
  }
}
