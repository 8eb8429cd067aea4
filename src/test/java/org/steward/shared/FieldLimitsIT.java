package org.steward.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.steward.ApiCalls;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.directory.DirectoryFixtures;
import org.steward.directory.DirectoryManagement;
import org.steward.request.RequestFixtures;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The limits of every text field, as {@code docs/security.md} ("Limits of every text field") states them, hold on
 * PostgreSQL: every column the table names holds its field's limit, no process variable is asked to hold more than
 * 4,000 characters, and for the writes probed here end to end a value of exactly the limit (characters outside the
 * BMP and line breaks included) is accepted and stored whole, and one character more is refused with 400 naming the
 * field and stores nothing. The limits are read from the document, so the document and the code cannot drift apart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class FieldLimitsIT {

  private static final Path DOCUMENT = Path.of("docs/security.md");
  private static final Pattern ROW = Pattern.compile(
      "^\\| (\\S+) \\| (.+?) \\| (\\S+) \\| (line|text) \\| (\\d+)[^|]* \\| (\\w+)\\.(\\w+) \\|$");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger TAGS = new AtomicInteger();

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  JdbcClient jdbc;
  ApiCalls api;
  long ent01;

  /** One row of the document's table. */
  record Row(String capability, String write, String field, boolean multiLine, int limit, String table,
      String column) {
  }

  /** One call of a probe: who sends what where. */
  record Call(String user, HttpMethod method, String path, String body) {
  }

  @BeforeEach
  void setUp() {
    api = new ApiCalls(http, "demo");
    ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
  }

  @Test
  void everyColumnOfTheTable_holdsItsFieldsLimit_onPostgreSql_andNoProcessVariableIsAskedForMoreThan4000() {
    List<Row> rows = rows();
    assertThat(rows).as("rows of the table in %s", DOCUMENT).hasSizeGreaterThan(80);
    List<String> wrong = new ArrayList<>();
    for (Row row : rows) {
      List<Map<String, Object>> column = jdbc.sql("""
              select data_type, character_maximum_length from information_schema.columns
              where table_schema = current_schema() and table_name = ? and column_name = ?""")
          .param(row.table().toLowerCase()).param(row.column().toLowerCase()).query().listOfRows();
      if (column.isEmpty()) {
        wrong.add(row + ": no such column");
      } else if (column.get(0).get("character_maximum_length") instanceof Number length
          && length.intValue() < row.limit()) {
        wrong.add(row + ": the column holds " + length);
      }
      if (row.write().startsWith("Tasklist") && row.limit() > Violations.MAX_VARIABLE_TEXT) {
        wrong.add(row + ": a form field is a process variable, which holds 4,000 characters");
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void probedWrites_acceptTheirLimitStoredWhole_andRefuseOneCharacterMoreNamingTheField() {
    Map<String, Row> rows = new LinkedHashMap<>();
    rows().forEach(row -> rows.put(row.write() + " " + row.field(), row));
    String caseNumber = handedOverToPower("长度探测");
    Map<String, Function<String, Call>> probes = probes(caseNumber);
    List<String> wrong = new ArrayList<>();
    probes.forEach((key, probe) -> {
      Row row = rows.get(key);
      if (row == null) {
        wrong.add(key + ": no row in " + DOCUMENT);
        return;
      }
      String fits = value(row, row.limit());
      ResponseEntity<String> accepted = send(probe.apply(fits));
      if (!accepted.getStatusCode().is2xxSuccessful()) {
        wrong.add(key + " at its limit " + row.limit() + ": " + accepted.getStatusCode() + " " + accepted.getBody());
      } else if (stored(row, fits) != 1) {
        wrong.add(key + " at its limit: not stored whole in " + row.table() + "." + row.column());
      }
      String tooLong = value(row, row.limit() + 1);
      ResponseEntity<String> refused = send(probe.apply(tooLong));
      String field = row.field().replace("[i]", "[0]");
      if (refused.getStatusCode() != HttpStatus.BAD_REQUEST
          || !ApiCalls.fields(ApiCalls.json(refused)).contains(field)) {
        wrong.add(key + " past its limit: " + refused.getStatusCode() + " " + refused.getBody());
      } else if (stored(row, tooLong) != 0) {
        wrong.add(key + " past its limit: stored");
      }
    });
    assertThat(probes).hasSizeGreaterThanOrEqualTo(24);
    assertThat(wrong).isEmpty();
  }

  /** The writes probed here, each by its row's write and field, building its call from the value to send. */
  private Map<String, Function<String, Call>> probes(String caseNumber) {
    Map<String, Function<String, Call>> probes = new LinkedHashMap<>();
    for (String field : List.of("title", "description", "contactName", "contactPhone")) {
      probes.put("POST /api/requests " + field, v -> new Call("ent01", HttpMethod.POST, "/api/requests",
          with(RequestFixtures.body(ent01, "长度"), field, v)));
    }
    probes.put("POST /api/cases/{caseNumber}/urges message", v -> new Call("chenjianguo", HttpMethod.POST,
        "/api/cases/" + caseNumber + "/urges", object("message", v)));
    probes.put("POST /api/cases/{caseNumber}/convenings question", v -> new Call("zhangwei", HttpMethod.POST,
        "/api/cases/" + caseNumber + "/convenings",
        "{\"question\": %s, \"officers\": [\"lina\", \"huangqiang\"], \"timeLimit\": 3}".formatted(text(v))));
    probes.put("POST /api/supervision-orders requirement", v -> new Call("chenjianguo", HttpMethod.POST,
        "/api/supervision-orders", "{\"caseNumber\": \"%s\", \"department\": \"power\", \"requirement\": %s, "
            .formatted(caseNumber, text(v)) + "\"timeLimit\": 3}"));
    probes.put("POST /api/copies/{caseNumber} note", v -> new Call("zhangwei", HttpMethod.POST,
        "/api/copies/" + caseNumber, "{\"to\": [\"hejun\"], \"note\": %s}".formatted(text(v))));
    probes.put("POST /api/deputies reason", v -> new Call("admin", HttpMethod.POST, "/api/deputies", """
        {"officerId": "zhangwei", "deputyId": "liuyang", "startsOn": "%1$d-06-03", "endsOn": "%1$d-06-04",
         "reason": %2$s}""".formatted(2100 + TAGS.incrementAndGet(), text(v))));
    probes.put("POST /api/requests/{caseNumber}/withdrawal, portal 撤回 reason", v -> new Call("ent01",
        HttpMethod.POST, "/api/requests/" + submitted("撤回长度") + "/withdrawal", object("reason", v)));
    probes.put("POST /api/requests/{caseNumber}/escalation reason", v -> new Call("chenjianguo", HttpMethod.POST,
        "/api/requests/" + handedOverToPower("上报长度") + "/escalation", object("reason", v)));
    probes.put("POST /api/directory/departments name", v -> new Call("admin", HttpMethod.POST,
        "/api/directory/departments", "{\"code\": \"%s\", \"name\": %s}".formatted(DirectoryFixtures.freshId("fl"),
            text(v))));
    for (String field : List.of("name", "phone")) {
      probes.put("POST /api/directory/officers " + field, v -> new Call("admin", HttpMethod.POST,
          "/api/directory/officers", with("""
              {"id": "%s", "name": "测试管家", "departmentCode": "power", "kind": "ENTERPRISE",
               "supervisorId": "chenjianguo", "phone": "020-00000000", "supervisor": false, "password": "secret-123"}"""
              .formatted(DirectoryFixtures.freshId("fl")), field, v)));
    }
    for (String field : List.of("name", "industry", "area")) {
      probes.put("POST /api/directory/enterprises " + field, v -> new Call("admin", HttpMethod.POST,
          "/api/directory/enterprises", with(enterprise(), field, v)));
    }
    probes.put("POST /api/directory/enterprises tags[i]", v -> new Call("admin", HttpMethod.POST,
        "/api/directory/enterprises", enterprise().replace("[\"规上企业\"]", "[" + text(v) + "]")));
    probes.put("PUT /api/calendar/years/{year} source", v -> new Call("admin", HttpMethod.PUT,
        "/api/calendar/years/2091", "{\"source\": %s, \"days\": [{\"date\": \"2091-01-01\", \"working\": false, "
            .formatted(text(v)) + "\"name\": \"元旦\"}]}"));
    probes.put("PUT /api/calendar/years/{year} days[i].name", v -> new Call("admin", HttpMethod.PUT,
        "/api/calendar/years/2092", "{\"source\": \"长度探测\", \"days\": [{\"date\": \"2092-01-01\", "
            + "\"working\": false, \"name\": %s}]}".formatted(text(v))));
    for (String field : List.of("name", "site", "area", "followUpPlan")) {
      probes.put("POST /api/projects " + field, v -> new Call("admin", HttpMethod.POST, "/api/projects",
          with(project(), field, v)));
    }
    return probes;
  }

  private String enterprise() {
    return """
        {"name": "长度探测%s有限公司", "creditCode": "%s", "industry": "制造", "area": "黄埔区", "tags": ["规上企业"],
         "officerId": "zhangwei"}""".formatted(DirectoryFixtures.freshId(""), DirectoryFixtures.freshCreditCode());
  }

  private String project() {
    return """
        {"code": "%s", "name": "长度探测项目", "enterpriseId": %d, "investment": 1000, "site": "黄埔区", "area": "黄埔区",
         "keyProject": true, "officer": "zhangwei", "leader": "hejun", "followUpPlan": "每月走访",
         "plannedConstructionStart": "2027-03-01", "plannedCompletion": "2027-12-01",
         "plannedProductionStart": "2028-03-01"}""".formatted(DirectoryFixtures.freshId("FL").toUpperCase(), ent01);
  }

  /**
   * A value of exactly {@code length} characters, unique to this call: a tag, a character outside the BMP, a line
   * break where the field takes several lines, then Chinese characters; a phone number for phones.
   */
  private static String value(Row row, int length) {
    if (row.field().toLowerCase().endsWith("phone")) {
      StringBuilder phone = new StringBuilder("+86 " + TAGS.incrementAndGet() + "-");
      while (phone.length() < length) {
        phone.append('0');
      }
      return phone.toString();
    }
    StringBuilder value = new StringBuilder("L" + TAGS.incrementAndGet() + "𠀀" + (row.multiLine() ? "\n" : ""));
    while (value.codePointCount(0, value.length()) < length) {
      value.append('字');
    }
    return value.toString();
  }

  private ResponseEntity<String> send(Call call) {
    return api.send(call.user(), call.method(), call.path(), call.body());
  }

  private long stored(Row row, String value) {
    return jdbc.sql("select count(*) from " + row.table() + " where " + row.column() + " = ?").param(value)
        .query(Long.class).single();
  }

  private static String with(String body, String field, String value) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(body);
      node.put(field, value);
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String object(String field, String value) {
    return with("{}", field, value);
  }

  private static String text(String value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Row> rows() {
    try {
      List<Row> rows = new ArrayList<>();
      boolean inSection = false;
      for (String line : Files.readAllLines(DOCUMENT)) {
        if (line.startsWith("## ")) {
          inSection = line.equals("## Limits of every text field");
        }
        Matcher row = ROW.matcher(line);
        if (inSection && row.matches()) {
          rows.add(new Row(row.group(1), row.group(2), row.group(3), row.group(4).equals("text"),
              Integer.parseInt(row.group(5)), row.group(6), row.group(7)));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private String submitted(String title) {
    return api.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, title), HttpStatus.CREATED)
        .path("caseNumber").asText();
  }

  /** A new request of ent01, acknowledged by zhangwei and handed over to power (lead) for 5 working days. */
  private String handedOverToPower(String title) {
    String caseNumber = submitted(title);
    api.completeTask("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    api.completeTask("zhangwei", caseNumber, DECIDE_HANDLING, "decision", "HAND_OVER", "leadDepartment", "power",
        "cooperatingDepartments", "", "timeLimit", 5);
    return caseNumber;
  }
}
