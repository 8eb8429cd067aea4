package org.steward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.directory.Departments;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.NewOfficer;
import org.steward.directory.OfficerKind;
import org.steward.directory.Officers;
import org.steward.handling.process.DepartmentHandlingProcess;
import org.steward.ledger.CaseStandings;
import org.steward.ledger.EndedCaseFigures;
import org.steward.request.Caller;
import org.steward.request.NewRequest;
import org.steward.request.RequestIntake;
import org.steward.request.RequestRatings;
import org.steward.request.process.EnterpriseRequestProcess;

/**
 * Fills the embedded PostgreSQL of a running Steward (demo organisation on, job executor off) with a city: departments,
 * officers and supervisors registered through the directory (Camunda users, groups, memberships, department filters),
 * enterprises with their officers in bulk, open cases in every state and light and closed cases over a year.
 *
 * <p>Open cases are real: one <em>template</em> case per state and light is driven through Steward's own code (the
 * request intake, task completions as the demo's officer, department staff and supervisor, timer jobs executed) and
 * then cloned in SQL, {@code insert ... select ... from generate_series}, for every engine row the case owns (runtime
 * executions, tasks, identity links, variables, jobs, event subscriptions, byte arrays, the per-case authorizations,
 * all its history) and every Steward row keyed by its case number. A clone gets its own ids (the last 12 characters of
 * every id the template's rows own are replaced by the clone's number in hex, so ids keep their length), case number,
 * officer, supervisor, departments, their staff, enterprise and category; its times move back by up to an hour.
 * Closed cases are cloned from a closed template the same way, but only Steward's rows, the historic process instance
 * and the authorizations a closed case keeps: the rest of a closed case's history (activity, task and variable
 * history, the operation log, decisions) is left out, as no measured query reads it.
 *
 * <p>Sizes: {@code -Dbenchmark.enterprises} (20,000), {@code .officers} (500), {@code .departments} (50),
 * {@code .open} (100,000), {@code .closed} (1,000,000). Checks its own result and fails loudly when a clone is wrong.
 * Used by {@code CityBenchmark}: {@code ./mvnw -B verify -Pbenchmark -Dit.test=CityBenchmark} (docs/benchmarks.md).
 */
public final class CityData {

  private static final Logger log = LoggerFactory.getLogger(CityData.class);
  private static final String PASSWORD = "demo";
  /** The template cases' people and departments (the demo organisation's) and what every clone replaces them with. */
  private static final String OFFICER = EngineSteps.OFFICER;
  private static final String SUPERVISOR = "chenjianguo";
  private static final String LEAD = EngineSteps.LEAD;
  private static final String COOPERATING = EngineSteps.COOPERATING;
  private static final String CATEGORY = "permits";
  /** Departments 1 to 5 are the officers' own; cases are handed over to the others. */
  private static final int OFFICER_DEPARTMENTS = 5;
  private static final int SUPERVISORS = 25;
  /** Unit ids of a clone: the template's plus the clone's number times this (templates own units below it). */
  private static final long UNIT_ID_STRIDE = 1000;
  /** Tables of the engine that no case owns. */
  private static final Set<String> ENGINE_TABLES_SKIPPED = Set.of("act_ru_jobdef", "act_ru_meter_log",
      "act_ru_task_meter_log", "act_ru_filter", "act_ru_batch", "act_hi_batch", "act_ru_authorization",
      "act_ge_bytearray", "act_ru_identitylink", "act_ge_property", "act_ge_schema_log");
  /**
   * Steward's tables with a case number that a template's clone does not copy; the ledger's standings are computed
   * from the clones instead ({@link CaseStandings#rebuild()}), since a clone's times are shifted and its dates not.
   */
  private static final Set<String> STEWARD_TABLES_SKIPPED = Set.of("request_idempotency", "access_log",
      "ledger_standing", "ledger_standing_unit");

  /** One template per state and light, with its share of the open cases (in hundredths). */
  private enum Template {
    SUBMITTED_GREEN("SUBMITTED", "GREEN", 10),
    SUBMITTED_YELLOW("SUBMITTED", "YELLOW", 3),
    SUBMITTED_RED("SUBMITTED", "RED", 2),
    ACKNOWLEDGED_GREEN("ACKNOWLEDGED", "GREEN", 8),
    MATERIAL_GREEN("AWAITING_MATERIAL", "GREEN", 2),
    HANDLING_ASSIGNED("HANDLING", "GREEN", 10),
    HANDLING_SIGNED("HANDLING", "GREEN", 25),
    HANDLING_YELLOW("HANDLING", "YELLOW", 8),
    HANDLING_RED("HANDLING", "RED", 7),
    CONSOLIDATING_GREEN("CONSOLIDATING", "GREEN", 8),
    REPLYING_GREEN("REPLYING", "GREEN", 7),
    RETURN_VISIT_GREEN("RETURN_VISIT", "GREEN", 10);

    final String state;
    final String light;
    final int share;

    Template(String state, String light, int share) {
      this.state = state;
      this.light = light;
      this.share = share;
    }
  }

  /** How big a city. */
  public record Sizes(int enterprises, int officers, int departments, int open, int closed) {

    /** From {@code -Dbenchmark.*}, a city by default. */
    public static Sizes fromProperties() {
      return new Sizes(Integer.getInteger("benchmark.enterprises", 20_000),
          Integer.getInteger("benchmark.officers", 500), Integer.getInteger("benchmark.departments", 50),
          Integer.getInteger("benchmark.open", 100_000), Integer.getInteger("benchmark.closed", 1_000_000));
    }
  }

  private final Sizes sizes;
  private final JdbcClient jdbc;
  private final Departments departments;
  private final Officers officers;
  private final DirectoryManagement directory;
  private final EndedCaseFigures ended;
  private final EngineSteps steps;
  private final RequestIntake intake;
  private final RequestRatings ratings;
  private final CaseStandings standings;
  private final Map<String, Double> seconds = new LinkedHashMap<>();

  public CityData(ApplicationContext context, Sizes sizes) {
    this.sizes = sizes;
    this.jdbc = context.getBean(JdbcClient.class);
    this.departments = context.getBean(Departments.class);
    this.officers = context.getBean(Officers.class);
    this.directory = context.getBean(DirectoryManagement.class);
    this.ended = context.getBean(EndedCaseFigures.class);
    this.steps = new EngineSteps(context);
    this.intake = context.getBean(RequestIntake.class);
    this.ratings = context.getBean(RequestRatings.class);
    this.standings = context.getBean(CaseStandings.class);
  }

  /** The city's officer number {@code i} (1-based), department code {@code i}, its staff, supervisor {@code i}. */
  public static String officer(int i) {
    return String.format(Locale.ROOT, "o%03d", i);
  }

  public static String department(int i) {
    return String.format(Locale.ROOT, "c%02d", i);
  }

  public static String staff(int i) {
    return department(i) + "staff";
  }

  public static String supervisor(int i) {
    return String.format(Locale.ROOT, "s%02d", i);
  }

  /** How long each phase took, in seconds. */
  public Map<String, Double> seconds() {
    return seconds;
  }

  /** Builds the whole city and checks it. */
  public void build() {
    timed("organisation (directory API + bulk enterprises)", this::organisation);
    Map<Template, String> templates = new LinkedHashMap<>();
    timed("template cases (Steward's code)", () -> {
      long enterprise = directory.enterpriseOfUser("ent01").orElseThrow().id();
      for (Template template : Template.values()) {
        templates.put(template, make(template, enterprise));
      }
      templates.put(null, closed(enterprise));
      // the closed template's figures, added when it ended, are those rebuild() computes
      List<Map<String, Object>> maintained = endedDays();
      ended.rebuild();
      assertThat(endedDays()).as("ended cases' days as maintained").isEqualTo(maintained).isNotEmpty();
    });
    timed("clone map", () -> cloneMap(templates));
    timed("clone open cases (bulk SQL)", () -> cloneCases(true));
    timed("clone closed cases (bulk SQL)", () -> cloneCases(false));
    timed("ledger standings (rebuilt)", standings::rebuild);
    timed("ended cases' days (EndedCaseFigures.rebuild)", ended::rebuild);
    timed("analyze", () -> jdbc.sql("analyze").update());
    timed("check", () -> check(templates));
  }

  private void timed(String phase, Runnable work) {
    long start = System.nanoTime();
    work.run();
    double took = (System.nanoTime() - start) / 1e9;
    seconds.put(phase, took);
    log.info("City: {} took {} s", phase, String.format(Locale.ROOT, "%.1f", took));
  }

  // --- the organisation ----------------------------------------------------------------------------------------------

  private void organisation() {
    for (int d = 1; d <= sizes.departments(); d++) {
      departments.createDepartment(department(d), "城市部门" + d);
      departments.createDepartmentStaff(staff(d), "经办人" + d, department(d), PASSWORD);
    }
    for (int s = 1; s <= SUPERVISORS; s++) {
      officers.createSupervisor(new NewOfficer(supervisor(s), "督办" + s, department(1), OfficerKind.ENTERPRISE, null,
          null), PASSWORD);
    }
    for (int o = 1; o <= sizes.officers(); o++) {
      officers.createOfficer(new NewOfficer(officer(o), "服务官" + o, department((o - 1) % OFFICER_DEPARTMENTS + 1),
          OfficerKind.ENTERPRISE, supervisor((o - 1) % SUPERVISORS + 1), null), PASSWORD);
    }
    // enterprise i belongs to officer (i - 1) % officers + 1
    jdbc.sql("""
        insert into directory_enterprise (name, credit_code, industry, area, created_at)
        select '城市企业' || i, 'C' || lpad(i::text, 17, '0'), '制造业', '区' || (i % 12), now()
          from generate_series(1, :n) i""").param("n", sizes.enterprises()).update();
    jdbc.sql("""
        insert into directory_assignment (enterprise_id, officer_id, valid_from, reason, assigned_by)
        select e.id, 'o' || lpad(((cast(substr(e.credit_code, 2) as int) - 1) % :officers + 1)::text, 3, '0'), now(),
               '企业登记时分配', 'city'
          from directory_enterprise e where e.credit_code like 'C%'""")
        .param("officers", sizes.officers()).update();
  }

  // --- templates -----------------------------------------------------------------------------------------------------

  private String make(Template template, long enterprise) {
    Caller caller = new Caller("ent01", Set.of("enterprises"));
    String caseNumber = intake.submit(new NewRequest(enterprise, CATEGORY, "模板诉求 " + template,
        "城市规模基准的模板诉求。", "王经理", "13800000000", "NORMAL", "PORTAL"), caller, null).request().caseNumber();
    switch (template) {
      case SUBMITTED_GREEN -> { }
      case SUBMITTED_YELLOW -> fire(caseNumber, EnterpriseRequestProcess.RESPONSE_DUE_SOON);
      case SUBMITTED_RED -> {
        fire(caseNumber, EnterpriseRequestProcess.RESPONSE_DUE_SOON);
        fire(caseNumber, EnterpriseRequestProcess.RESPONSE_OVERDUE);
      }
      case ACKNOWLEDGED_GREEN -> steps.acknowledged(caseNumber);
      case MATERIAL_GREEN -> {
        steps.acknowledged(caseNumber);
        complete(OFFICER, "officers", caseNumber, EnterpriseRequestProcess.DECIDE_HANDLING,
            Map.of("decision", "REQUEST_MATERIAL", "materialAsk", "请补充用地红线图。"));
      }
      case HANDLING_ASSIGNED -> steps.handedOver(caseNumber);
      case HANDLING_SIGNED -> steps.signed(caseNumber);
      case HANDLING_YELLOW -> {
        steps.signed(caseNumber);
        fire(caseNumber, DepartmentHandlingProcess.DEADLINE_NEAR);
      }
      case HANDLING_RED -> {
        steps.signed(caseNumber);
        fire(caseNumber, DepartmentHandlingProcess.DEADLINE_NEAR);
        fire(caseNumber, DepartmentHandlingProcess.DEADLINE_MISSED);
      }
      case CONSOLIDATING_GREEN -> steps.fedBack(caseNumber);
      case REPLYING_GREEN -> steps.consolidated(caseNumber);
      case RETURN_VISIT_GREEN -> steps.replied(caseNumber);
      default -> throw new IllegalStateException(template.name());
    }
    String state = jdbc.sql("select state from request where case_number = :c").param("c", caseNumber)
        .query(String.class).single();
    assertThat(state).as("template %s", template).isEqualTo(template.state);
    return caseNumber;
  }

  private String closed(long enterprise) {
    String caseNumber = make(Template.RETURN_VISIT_GREEN, enterprise);
    ratings.rate(caseNumber, "SATISFIED", "响应很快", new Caller("ent01", Set.of("enterprises")));
    return caseNumber;
  }

  private void complete(String user, String group, String caseNumber, String taskKey, Map<String, Object> values) {
    steps.complete(user, group, caseNumber, taskKey, values);
  }

  private void fire(String caseNumber, String activityId) {
    steps.fire(caseNumber, activityId);
  }

  // --- clones --------------------------------------------------------------------------------------------------------

  /**
   * Tables city_template (each template's case number and root instance), city_clone (one row per clone: its number,
   * template, case number, people, departments, enterprise, category and time shift) and city_rows (the engine rows
   * each template owns, by table and id) and city_ids (those ids).
   */
  private void cloneMap(Map<Template, String> templates) {
    jdbc.sql("""
        create table city_template (name varchar(32) primary key, case_number varchar(32), root_id varchar(64),
          open boolean, first_clone int, clones int, enterprise_name varchar(200))""").update();
    int first = 1;
    for (Map.Entry<Template, String> template : templates.entrySet()) {
      boolean open = template.getKey() != null;
      int clones = open ? (int) ((long) sizes.open() * template.getKey().share / 100) : sizes.closed();
      jdbc.sql("""
          insert into city_template values (:name, :caseNumber,
            (select ID_ from ACT_HI_PROCINST where BUSINESS_KEY_ = :caseNumber and SUPER_PROCESS_INSTANCE_ID_ is null),
            :open, :first, :clones, (select enterprise_name from request where case_number = :caseNumber))""")
          .param("name", open ? template.getKey().name() : "CLOSED").param("caseNumber", template.getValue())
          .param("open", open).param("first", first).param("clones", clones).update();
      first += clones;
    }
    // every clone: its officer (and the enterprise of that officer), that officer's supervisor, two departments
    // among those cases are handed over to, their staff; open cases CY0000001..., closed ones CB0000001...
    jdbc.sql("""
        create table city_clone as
        select n, t.name as template, t.case_number as template_case, t.open,
               case when t.open then 'CY' else 'CB' end || lpad(n::text, 8, '0') as case_number,
               e.id as enterprise_id, e.name as enterprise_name,
               'o' || lpad(((n - 1) % :enterprises % :officers + 1)::text, 3, '0') as officer,
               's' || lpad((((n - 1) % :enterprises % :officers) % :supervisors + 1)::text, 2, '0') as supervisor,
               'c' || lpad((n % (:departments - :own) + :own + 1)::text, 2, '0') as lead,
               'c' || lpad(((n + 7) % (:departments - :own) + :own + 1)::text, 2, '0') as cooperating,
               (array['land','power','water','permits','licences','talent','schooling','finance','policy',
                      'transport','other'])[n % 11 + 1] as category,
               case when t.open then (n % 3600) * interval '1 second'
                    else (date_trunc('day', now()) - timestamptz '2026-01-01 00:00:00+08') * (n - t.first_clone + 1)
                         / (t.clones + 1) end as shift
          from city_template t
          cross join generate_series(t.first_clone, t.first_clone + t.clones - 1) n
          join directory_enterprise e on e.credit_code = 'C' || lpad(((n - 1) % :enterprises + 1)::text, 17, '0')
        """).param("enterprises", sizes.enterprises()).param("officers", sizes.officers())
        .param("supervisors", SUPERVISORS).param("departments", sizes.departments())
        .param("own", OFFICER_DEPARTMENTS).update();
    jdbc.sql("create index ix_city_clone_template on city_clone (template)").update();
    jdbc.sql("create table city_rows (tbl varchar(64), row_id varchar(64), template varchar(32))").update();
    jdbc.sql("""
        create table city_inst as select h.ID_ as id, t.name as template
          from ACT_HI_PROCINST h join city_template t on h.ROOT_PROC_INST_ID_ = t.root_id""").update();
    for (String table : engineTables()) {
      List<String> columns = columns(table);
      // (the runtime's ROOT_PROC_INST_ID_ is not set on every execution: each row by its own instance)
      String owner = columns.contains("proc_inst_id_") ? "proc_inst_id_"
          : columns.contains("process_instance_id_") ? "process_instance_id_"
          : columns.contains("root_proc_inst_id_") ? "root_proc_inst_id_" : null;
      if (owner == null || !columns.contains("id_")) {
        continue;
      }
      jdbc.sql("insert into city_rows select '%s', x.ID_, i.template from %s x join city_inst i on x.%s = i.id"
          .formatted(table, table, owner)).update();
    }
    // a root instance's history and runtime rows name the root itself; executions found through their instance
    jdbc.sql("""
        insert into city_rows select 'act_ru_identitylink', l.ID_, r.template
          from ACT_RU_IDENTITYLINK l join city_rows r on r.tbl = 'act_ru_task' and l.TASK_ID_ = r.row_id""").update();
    jdbc.sql("""
        insert into city_rows select 'act_ge_bytearray', b.ID_, r.template
          from ACT_GE_BYTEARRAY b
          join (select distinct BYTEARRAY_ID_ as id, template from ACT_RU_VARIABLE v
                  join city_rows r on r.tbl = 'act_ru_variable' and r.row_id = v.ID_
                union select distinct BYTEARRAY_ID_, template from ACT_HI_VARINST v
                  join city_rows r on r.tbl = 'act_hi_varinst' and r.row_id = v.ID_) r on r.id = b.ID_""").update();
    jdbc.sql("create table city_ids as select distinct row_id as id from city_rows").update();
    jdbc.sql("alter table city_ids add primary key (id)").update();
    jdbc.sql("""
        insert into city_rows select 'act_ru_authorization', a.ID_, r.template
          from ACT_RU_AUTHORIZATION a
          join (select distinct row_id, template from city_rows) r on r.row_id = a.RESOURCE_ID_""").update();
    jdbc.sql("insert into city_ids select row_id from city_rows where tbl = 'act_ru_authorization'").update();
    jdbc.sql("create index ix_city_rows on city_rows (tbl, row_id)").update();
    jdbc.sql("analyze city_template, city_clone, city_rows, city_ids, city_inst").update();
    log.info("City: template rows per table {}", jdbc.sql("""
        select tbl || '=' || count(*) from city_rows group by tbl order by tbl""").query(String.class).list());
  }

  private List<String> engineTables() {
    return jdbc.sql("""
        select table_name from information_schema.tables
         where table_schema = current_schema() and (table_name like 'act_ru_%' or table_name like 'act_hi_%')
         order by table_name""").query(String.class).list().stream()
        .filter(t -> !ENGINE_TABLES_SKIPPED.contains(t)).toList();
  }

  private List<String> stewardTables() {
    return jdbc.sql("""
        select c.table_name from information_schema.columns c
          join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
         where c.table_schema = current_schema() and c.column_name = 'case_number' and t.table_type = 'BASE TABLE'
           and c.table_name not like 'city_%'
         order by c.table_name""").query(String.class).list().stream()
        .filter(t -> !STEWARD_TABLES_SKIPPED.contains(t)).toList();
  }

  private List<String> columns(String table) {
    return jdbc.sql("""
        select column_name from information_schema.columns where table_schema = current_schema()
           and table_name = :t order by ordinal_position""").param("t", table).query(String.class).list();
  }

  private record Column(String name, String type, boolean identity) {
  }

  private List<Column> typedColumns(String table) {
    return jdbc.sql("""
        select column_name, data_type, is_identity from information_schema.columns
         where table_schema = current_schema() and table_name = :t order by ordinal_position""").param("t", table)
        .query((rs, n) -> new Column(rs.getString(1), rs.getString(2), "YES".equals(rs.getString(3)))).list();
  }

  /** Clones the open templates' or the closed template's rows, table by table. */
  private void cloneCases(boolean open) {
    // parents before the rows that refer to them (the engine's foreign keys)
    List<String> engine = new ArrayList<>(List.of("act_ge_bytearray", "act_ru_execution", "act_ru_task",
        "act_ru_identitylink", "act_ru_authorization"));
    engineTables().stream().filter(t -> !engine.contains(t)).forEach(engine::add);
    for (String table : engine) {
      if (!open && !Set.of("act_hi_procinst", "act_ru_authorization").contains(table)) {
        continue;
      }
      long rows = jdbc.sql(cloneEngine(table, open)).update();
      log.info("City: {} rows cloned into {}", rows, table);
    }
    for (String table : stewardTables()) {
      long rows = jdbc.sql(cloneSteward(table, open)).update();
      log.info("City: {} rows cloned into {}", rows, table);
    }
    if (open) {
      jdbc.sql("select setval(pg_get_serial_sequence('handling_unit', 'id'), (select max(id) from handling_unit))")
          .query(Long.class).single();
    }
  }

  private String cloneEngine(String table, boolean open) {
    List<Column> columns = typedColumns(table);
    boolean variables = columns.stream().anyMatch(c -> "name_".equals(c.name()))
        && columns.stream().anyMatch(c -> "long_".equals(c.name()));
    String values = columns.stream().map(c -> expression(table, c, variables)).collect(Collectors.joining(",\n  "));
    return """
        insert into %1$s (%2$s)
        select %3$s
          from city_rows r
          join %1$s x on x.ID_ = r.row_id
          join city_template t on t.name = r.template and t.open = %4$s
          join city_clone m on m.template = r.template
         where r.tbl = '%1$s'""".formatted(table, columns.stream().map(Column::name).collect(Collectors.joining(", ")),
        values, open);
  }

  private String cloneSteward(String table, boolean open) {
    List<Column> columns = typedColumns(table).stream()
        .filter(c -> !c.identity() || "handling_unit".equals(table)).toList();
    String values = columns.stream().map(c -> expression(table, c, false))
        .collect(Collectors.joining(",\n  "));
    return """
        insert into %1$s (%2$s) overriding system value
        select %3$s
          from city_template t
          join %1$s x on x.case_number = t.case_number
          join city_clone m on m.template = t.name
         where t.open = %4$s""".formatted(table, columns.stream().map(Column::name).collect(Collectors.joining(", ")),
        values, open);
  }

  /** What a clone's row holds in the column: the template row's value, re-pointed to the clone. */
  private static String expression(String table, Column column, boolean variables) {
    String x = "x." + column.name();
    String type = column.type();
    if (type.startsWith("character") || "text".equals(type)) {
      String special = "";
      if (variables && "text_".equals(column.name())) {
        special = """
            when x.NAME_ = 'unitId' then cast(x.LONG_ + m.n * %d as varchar)
            when x.NAME_ = 'enterpriseId' then cast(m.enterprise_id as varchar)
            """.formatted(UNIT_ID_STRIDE);
      }
      return """
          case when %1$s is null then null
          %2$s     when exists (select 1 from city_ids i where i.id = %1$s) then
                 case when length(%1$s) >= 20 then left(%1$s, length(%1$s) - 12) || lpad(to_hex(m.n), 12, '0')
                      else %1$s || '-' || m.n end
               when %1$s = t.case_number then m.case_number
               when %1$s = '%3$s' then m.officer
               when %1$s = '%4$s' then m.supervisor
               when %1$s = '%5$s' then m.lead
               when %1$s = '%6$s' then m.cooperating
               when %1$s = 'dept-%5$s' then 'dept-' || m.lead
               when %1$s = 'dept-%6$s' then 'dept-' || m.cooperating
               when %1$s = '%5$s01' then m.lead || 'staff'
               when %1$s = '%6$s01' then m.cooperating || 'staff'
               when %1$s = '%7$s' then m.category
               when %1$s = t.enterprise_name then m.enterprise_name
               else %1$s end""".formatted(x, special, OFFICER, SUPERVISOR, LEAD, COOPERATING, CATEGORY);
    }
    if (type.startsWith("timestamp")) {
      return x + " - m.shift";
    }
    if ("bigint".equals(type) || "integer".equals(type)) {
      if (variables && "long_".equals(column.name())) {
        return "case when x.NAME_ = 'unitId' then x.LONG_ + m.n * %d when x.NAME_ = 'enterpriseId' "
            .formatted(UNIT_ID_STRIDE) + "then m.enterprise_id else x.LONG_ end";
      }
      if ("unit_id".equals(column.name()) || "handling_unit".equals(table) && "id".equals(column.name())) {
        return x + " + m.n * " + UNIT_ID_STRIDE;
      }
      if ("enterprise_id".equals(column.name())) {
        return "m.enterprise_id";
      }
    }
    return x;
  }

  // --- checks --------------------------------------------------------------------------------------------------------

  private List<Map<String, Object>> endedDays() {
    return jdbc.sql("select * from ledger_ended_day where collected > 0 order by submitted_on, dimension, group_key")
        .query().listOfRows();
  }

  private void check(Map<Template, String> templates) {
    assertThat(jdbc.sql("select coalesce(sum(collected), 0) from ledger_ended_day where dimension = 'OFFICER'")
        .query(Long.class).single()).as("ended cases in their days").isEqualTo(jdbc.sql(
            "select count(*) from request where state in ('CLOSED', 'WITHDRAWN', 'NO_RESPONSE')")
        .query(Long.class).single());
    long maxUnit = jdbc.sql("select coalesce(max(id), 0) from handling_unit where case_number not like 'C%'")
        .query(Long.class).single();
    assertThat(maxUnit).as("template units below the stride").isLessThan(UNIT_ID_STRIDE);
    // per template: the clones' open cases by state and light, as the template
    for (Template template : Template.values()) {
      long expected = (long) sizes.open() * template.share / 100;
      long cases = jdbc.sql("""
          select count(*) from request r join city_clone m on m.case_number = r.case_number
           where m.template = :t and r.state = :state""")
          .param("t", template.name()).param("state", template.state).query(Long.class).single();
      assertThat(cases).as("clones of %s in state %s", template, template.state).isEqualTo(expected);
      long standing = jdbc.sql("""
          select count(*) from ledger_standing s join city_clone m on m.case_number = s.case_number
           where m.template = :t and s.light = :light""")
          .param("t", template.name()).param("light", template.light).query(Long.class).single();
      assertThat(standing).as("clones of %s standing %s on the ledger", template, template.light)
          .isEqualTo(expected);
      long lit = jdbc.sql("""
          select count(distinct v.PROC_INST_ID_) from ACT_RU_VARIABLE v
            join ACT_RU_EXECUTION e on e.ID_ = v.PROC_INST_ID_ and e.BUSINESS_KEY_ is not null
            join city_clone m on m.case_number = e.BUSINESS_KEY_
           where m.template = :t and v.NAME_ = 'light' and v.TEXT_ = :light""")
          .param("t", template.name()).param("light", template.light).query(Long.class).single();
      long templateLit = jdbc.sql("""
          select count(distinct v.PROC_INST_ID_) from ACT_RU_VARIABLE v
            join ACT_RU_EXECUTION e on e.ID_ = v.PROC_INST_ID_ and e.BUSINESS_KEY_ = :c
           where v.NAME_ = 'light' and v.TEXT_ = :light""")
          .param("c", templates.get(template)).param("light", template.light).query(Long.class).single();
      assertThat(lit).as("clones of %s lit %s", template, template.light).isEqualTo(templateLit * expected);
    }
    assertThat(jdbc.sql("select count(*) from ledger_standing").query(Long.class).single())
        .as("one standing per open case").isEqualTo(jdbc.sql("select count(*) from request where "
            + "state not in ('CLOSED', 'WITHDRAWN', 'NO_RESPONSE')").query(Long.class).single());
    long closed = jdbc.sql("select count(*) from request where case_number like 'CB%' and state = 'CLOSED'")
        .query(Long.class).single();
    assertThat(closed).as("closed cases").isEqualTo(sizes.closed());
    assertThat(jdbc.sql("""
        select count(*) from ACT_RU_TASK t where not exists
          (select 1 from ACT_RU_EXECUTION e where e.ID_ = t.PROC_INST_ID_ and e.ID_ = e.PROC_INST_ID_)""")
        .query(Long.class).single()).as("open tasks without their instance").isZero();
    assertThat(jdbc.sql("""
        select count(*) from ACT_RU_TASK t where not exists
          (select 1 from ACT_RU_EXECUTION e where e.ID_ = t.EXECUTION_ID_)""")
        .query(Long.class).single()).as("open tasks without their execution").isZero();
    assertThat(jdbc.sql("""
        select count(*) from request r where r.state not in ('CLOSED', 'WITHDRAWN', 'NO_RESPONSE') and not exists
          (select 1 from ACT_RU_EXECUTION e where e.BUSINESS_KEY_ = r.case_number and e.ID_ = e.PROC_INST_ID_
             and e.SUPER_EXEC_ is null)""").query(Long.class).single()).as("open cases without their instance")
        .isZero();
    assertThat(jdbc.sql("""
        select count(*) from request r where r.state = 'CLOSED' and not exists
          (select 1 from ACT_HI_PROCINST h where h.BUSINESS_KEY_ = r.case_number)""").query(Long.class).single())
        .as("closed cases without their historic instance").isZero();
    assertThat(jdbc.sql("""
        select count(*) from ACT_RU_EXECUTION e where e.PARENT_ID_ is not null and not exists
          (select 1 from ACT_RU_EXECUTION p where p.ID_ = e.PARENT_ID_)""").query(Long.class).single())
        .as("executions without their parent").isZero();
    assertThat(jdbc.sql("""
        select count(*) from ACT_RU_VARIABLE v where v.BYTEARRAY_ID_ is not null and not exists
          (select 1 from ACT_GE_BYTEARRAY b where b.ID_ = v.BYTEARRAY_ID_)""").query(Long.class).single())
        .as("variables without their bytes").isZero();
    assertThat(jdbc.sql("""
        select count(*) from handling_unit u where not exists
          (select 1 from request r where r.case_number = u.case_number)""").query(Long.class).single())
        .as("units without their case").isZero();
    assertThat(jdbc.sql("""
        select count(*) from ACT_RU_TASK t where t.ASSIGNEE_ is not null and not exists
          (select 1 from ACT_ID_USER u where u.ID_ = t.ASSIGNEE_)""").query(Long.class).single())
        .as("tasks assigned to nobody known").isZero();
    assertThat(jdbc.sql("""
        select count(*) from ACT_RU_IDENTITYLINK l where l.GROUP_ID_ is not null and not exists
          (select 1 from ACT_ID_GROUP g where g.ID_ = l.GROUP_ID_)""").query(Long.class).single())
        .as("candidate groups nobody knows").isZero();
    long perCaseGrants = jdbc.sql("""
        select count(*) from ACT_RU_AUTHORIZATION a join city_rows r on r.row_id = a.ID_
          join city_template t on t.name = r.template where t.open""").query(Long.class).single();
    assertThat(perCaseGrants).as("the open templates' own grants").isPositive();
  }

  /** What the city holds, table by table, for the benchmark's report. */
  public String summary() {
    StringBuilder lines = new StringBuilder();
    jdbc.sql("""
        select state, count(*) from request group by state order by count(*) desc""")
        .query((rs, n) -> lines.append(String.format(Locale.ROOT, "    request %-18s %,10d%n", rs.getString(1),
            rs.getLong(2)))).list();
    for (String table : List.of("handling_unit", "timeline_entry", "notification", "directory_enterprise",
        "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_VARIABLE", "ACT_RU_JOB",
        "ACT_RU_AUTHORIZATION", "ACT_GE_BYTEARRAY", "ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
        "ACT_HI_VARINST", "ACT_ID_USER", "ACT_ID_MEMBERSHIP")) {
      lines.append(String.format(Locale.ROOT, "    %-22s %,12d rows%n", table.toLowerCase(Locale.ROOT),
          jdbc.sql("select count(*) from " + table).query(Long.class).single()));
    }
    jdbc.sql("""
        select v.TEXT_, count(*) from ACT_RU_VARIABLE v where v.NAME_ = 'light' group by v.TEXT_ order by 1""")
        .query((rs, n) -> lines.append(String.format(Locale.ROOT, "    light variables %-8s %,10d%n",
            rs.getString(1), rs.getLong(2)))).list();
    return lines.toString();
  }
}
