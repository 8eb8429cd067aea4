package org.steward.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;

import java.net.URI;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
import org.steward.directory.DirectoryManagement;
import org.steward.handling.process.DepartmentHandlingProcess;
import org.steward.request.RequestFixtures;
import org.steward.request.process.EnterpriseRequestProcess;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The input rules on PostgreSQL, which refuses U+0000 in text and stores at most 4,000 characters in a String process
 * variable: such input answers 400 problem+json naming the field (never the database's 500), long texts kept only in
 * Steward's tables are stored whole, and lengths count characters.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class InputRulesIT {

  private static final String SUPERVISOR = "chenjianguo";
  private static final String STAFF = "power01";

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  RuntimeService runtime;
  @Autowired
  JdbcClient jdbc;
  ApiCalls api;
  long ent01;

  @BeforeEach
  void setUp() {
    api = new ApiCalls(http, "demo");
    ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/ledger?officer=%00                  | officer",
      "/api/ledger?size=20&officer=zhang%01wei  | officer",
      "/api/ledger?officer=%C3%28               | officer",
      "/api/ledger?officer=ab%E2%80             | officer",
      "/api/ledger?of%00ficer=x                 | query",
      "/api/reports/export?period=2026%EF%BF%BF | period",
      "/engine-rest/task?assignee=%00           | assignee",
      "/camunda/api/engine/engine/default/task?assignee=%00 | assignee",
      "/portal/requests?state=%00               | state"})
  void aQueryStringWithAControlCharacterOrBrokenUtf8_answers400NamingTheParameter(String path, String field) {
    ResponseEntity<String> response = http.withBasicAuth(SUPERVISOR, "demo")
        .exchange(URI.create(http.getRootUri() + path), HttpMethod.GET, null, String.class);

    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode problem = ApiCalls.json(response);
    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo(field);
    assertThat(problem.path("errors").get(0).path("messageZh").asText()).isEqualTo("不能包含控制字符或无效字符");
  }

  @Test
  void aQueryStringWithTabsAndChinese_passes() {
    ResponseEntity<String> response = http.withBasicAuth(SUPERVISOR, "demo").exchange(
        URI.create(http.getRootUri() + "/api/ledger?officer=%E5%BC%A0%09%E4%BC%9F&size=5"), HttpMethod.GET, null,
        String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void descriptionLongerThanAVariableHolds_isStoredWholeAndReadBack_theVariableHoldsItsFirst4000Characters() {
    String description = "诉".repeat(4001) + "𠀀".repeat(999);

    JsonNode submitted = api.call("ent01", HttpMethod.POST, "/api/requests",
        RequestFixtures.body(ent01, "长描述").replace("扩产需要新增工业用地约 20 亩。", description), HttpStatus.CREATED);

    String caseNumber = submitted.path("caseNumber").asText();
    assertThat(api.call("ent01", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK)
        .path("description").asText()).isEqualTo(description);
    String variable = (String) runtime.getVariable(instanceOf(caseNumber), EnterpriseRequestProcess.DESCRIPTION);
    assertThat(variable.codePointCount(0, variable.length())).isEqualTo(Violations.MAX_VARIABLE_TEXT);
    assertThat(variable).startsWith("诉".repeat(3999)).endsWith("…");
  }

  @Test
  void titleOf60CharactersOutsideTheBmp_isWithinItsLimitOf100() {
    String title = "𠀀".repeat(60);

    JsonNode submitted = api.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, title),
        HttpStatus.CREATED);

    assertThat(submitted.path("title").asText()).isEqualTo(title);
  }

  @Test
  void nulInATitle_answers400NamingTheTitle_andStoresNothing() {
    long before = requests();

    JsonNode problem = refused("ent01", "/api/requests", RequestFixtures.body(ent01, "用地\\u0000申请"));

    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("title");
    assertThat(problem.path("errors").get(0).path("messageZh").asText()).isEqualTo("不能包含控制字符或无效字符");
    assertThat(requests()).isEqualTo(before);
  }

  @Test
  void fractionalNumbers_areRefusedNotCut_inRequestsConveningsAndSupervisionOrders() {
    String caseNumber = handedOverToPower("小数时限");

    assertThat(refused("ent01", "/api/requests", RequestFixtures.body(ent01, "小数")
        .replace("\"enterpriseId\": " + ent01, "\"enterpriseId\": " + ent01 + ".7"))
        .path("errors").get(0).path("field").asText()).isEqualTo("enterpriseId");
    assertThat(refused("zhangwei", "/api/cases/" + caseNumber + "/convenings", """
        {"question": "是否需要增容？", "officers": ["lina", "huangqiang"], "timeLimit": 2.5}""")
        .path("errors").get(0).path("field").asText()).isEqualTo("timeLimit");
    assertThat(refused(SUPERVISOR, "/api/supervision-orders", """
        {"caseNumber": "%s", "department": "power", "requirement": "说明供电方案", "timeLimit": 1.5}
        """.formatted(caseNumber)).path("errors").get(0).path("messageZh").asText()).isEqualTo("必须是整数");
    assertThat(jdbc.sql("select count(*) from supervision_order where case_number = ?").param(caseNumber)
        .query(Long.class).single()).isZero();
  }

  @Test
  void answerBoundToAProcessVariable_of4001Characters_answers400_andOf4000IsStoredWhole() {
    String caseNumber = handedOverToPower("督办反馈长度");
    long id = api.call(SUPERVISOR, HttpMethod.POST, "/api/supervision-orders", """
        {"caseNumber": "%s", "department": "power", "requirement": "说明供电方案", "timeLimit": 2}
        """.formatted(caseNumber), HttpStatus.CREATED).path("id").asLong();
    api.call(STAFF, HttpMethod.POST, "/api/supervision-orders/" + id + "/sign", "{}", HttpStatus.OK);

    JsonNode problem = refused(STAFF, "/api/supervision-orders/" + id + "/answer",
        "{\"answer\": \"" + "答".repeat(4001) + "\"}");
    assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("answer");
    assertThat(problem.path("errors").get(0).path("messageZh").asText()).isEqualTo("不能超过 4,000 个字符");
    assertThat(order(id).path("state").asText()).isEqualTo("SIGNED");

    String answer = "𠀀".repeat(4000);
    api.call(STAFF, HttpMethod.POST, "/api/supervision-orders/" + id + "/answer", "{\"answer\": \"" + answer + "\"}",
        HttpStatus.OK);
    assertThat(order(id).path("state").asText()).isEqualTo("ANSWERED");
    assertThat(order(id).path("answer").asText()).isEqualTo(answer);
  }

  @Test
  void twoDepartmentsFeedBack4000CharactersEach_theSummaryTheLeadConsolidatesIsCutTo4000() {
    String caseNumber = handedOverToPower("两个部门的长反馈", "water");

    api.completeTask("power01", caseNumber, DepartmentHandlingProcess.HANDLE_MATTER, "action", "FEEDBACK", "feedback",
        "电".repeat(4000));
    api.completeTask("water01", caseNumber, DepartmentHandlingProcess.HANDLE_MATTER, "action", "FEEDBACK", "feedback",
        "水".repeat(4000));

    assertThat(api.call("zhangwei", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK)
        .path("state").asText()).isEqualTo("CONSOLIDATING");
    String summary = (String) runtime.getVariable(instanceOf(caseNumber), EnterpriseRequestProcess.FEEDBACK_SUMMARY);
    assertThat(summary.codePointCount(0, summary.length())).isEqualTo(Violations.MAX_VARIABLE_TEXT);
    assertThat(summary).contains("电".repeat(3900)).endsWith("…");
  }

  private String handedOverToPower(String title) {
    return handedOverToPower(title, "");
  }

  /** A new request of ent01, acknowledged by zhangwei and handed over to power (lead) for 5 working days. */
  private String handedOverToPower(String title, String cooperatingDepartments) {
    String caseNumber = api.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, title),
        HttpStatus.CREATED).path("caseNumber").asText();
    api.completeTask("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到，张伟负责跟进。");
    api.completeTask("zhangwei", caseNumber, DECIDE_HANDLING, "decision", "HAND_OVER", "leadDepartment", "power",
        "cooperatingDepartments", cooperatingDepartments, "timeLimit", 5);
    return caseNumber;
  }

  private JsonNode refused(String user, String path, String body) {
    ResponseEntity<String> response = api.exchange(user, HttpMethod.POST, path, body, HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    return ApiCalls.json(response);
  }

  private JsonNode order(long id) {
    return api.call(SUPERVISOR, HttpMethod.GET, "/api/supervision-orders/" + id, null, HttpStatus.OK);
  }

  private String instanceOf(String caseNumber) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(EnterpriseRequestProcess.ID).singleResult().getId();
  }

  private long requests() {
    return jdbc.sql("select count(*) from request").query(Long.class).single();
  }
}
