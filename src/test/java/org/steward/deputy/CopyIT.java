package org.steward.deputy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
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
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notification;
import org.steward.notification.Notifications;
import org.steward.request.RequestFixtures;
import org.steward.shared.StewardClock;

/**
 * Copies (抄送) end to end on PostgreSQL: 王静 (wangjing, officer of ent05) copies a case to the leader 何军 (hejun) and
 * the officer 徐明 (xuming); they read it, find it under 抄送我的 and are told of its changes, but cannot act on it over
 * engine-rest. Bad copies are refused and change nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class CopyIT {

  private static final String OFFICER = "wangjing";
  private static final String LEADER = "hejun";
  private static final String OTHER_OFFICER = "xuming";

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  Notifications notifications;
  @Autowired
  JdbcClient jdbc;
  ApiCalls api;
  long ent05;

  @BeforeEach
  void setUp() {
    api = new ApiCalls(http, "demo");
    ent05 = directory.enterpriseOfUser("ent05").orElseThrow().id();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void copiedLeaderReadsAndFollowsTheCase_butCannotCompleteItsTasks() {
    at(LocalDate.of(2026, 4, 13), 10);
    String caseNumber = submit("冷链仓库消防验收");
    api.exchange(LEADER, HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.NOT_FOUND);

    JsonNode copied = api.call(OFFICER, HttpMethod.POST, "/api/copies/" + caseNumber,
        "{\"to\": [\"hejun\", \"xuming\"], \"note\": \"涉及重点项目，请关注\"}", HttpStatus.CREATED);
    assertThat(copied.path("copiedTo")).extracting(JsonNode::asText).containsExactly(LEADER, OTHER_OFFICER);
    // copying again changes nothing
    assertThat(api.call(OFFICER, HttpMethod.POST, "/api/copies/" + caseNumber, "{\"to\": [\"hejun\"]}",
        HttpStatus.CREATED).path("copiedTo")).isEmpty();

    assertThat(api.call(LEADER, HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK)
        .path("caseNumber").asText()).isEqualTo(caseNumber);
    JsonNode mine = api.call(LEADER, HttpMethod.GET, "/api/copies/mine", null, HttpStatus.OK);
    assertThat(mine).anySatisfy(copy -> {
      assertThat(copy.path("caseNumber").asText()).isEqualTo(caseNumber);
      assertThat(copy.path("title").asText()).isEqualTo("冷链仓库消防验收");
      assertThat(copy.path("copiedByName").asText()).isEqualTo("王静");
      assertThat(copy.path("note").asText()).isEqualTo("涉及重点项目，请关注");
      assertThat(copy.path("open").asBoolean()).isTrue();
    });
    assertThat(ofCase(LEADER, caseNumber)).extracting(Notification::text)
        .anyMatch(text -> text.contains("王静将案件 " + caseNumber));

    // the case moves on: those it was copied to are told
    api.completeTask(OFFICER, caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到，正在联系消防部门。");
    assertThat(ofCase(OTHER_OFFICER, caseNumber)).extracting(Notification::text)
        .contains("抄送您的案件 " + caseNumber + " 当前状态：已签收");

    // no right to act: the task is not theirs to see, and completing it by its id is refused
    String task = api.call("admin", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber,
        null, HttpStatus.OK).get(0).path("id").asText();
    assertThat(api.call(LEADER, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber, null,
        HttpStatus.OK)).isEmpty();
    ResponseEntity<String> refused = api.send(LEADER, HttpMethod.POST, "/engine-rest/task/" + task + "/complete",
        ApiCalls.completion());
    assertThat(refused.getStatusCode().is4xxClientError()).as("%s", refused.getBody()).isTrue();
    api.exchange("admin", HttpMethod.GET, "/engine-rest/task/" + task, null, HttpStatus.OK);
  }

  @Test
  void badCopies_areRefusedInChineseAndEnglish_andChangeNothing() {
    at(LocalDate.of(2026, 4, 14), 10);
    String caseNumber = submit("污水排放许可延续");
    long copies = count();

    ResponseEntity<String> unknown = api.send(OFFICER, HttpMethod.POST, "/api/copies/" + caseNumber,
        "{\"to\": [\"hejun\", \"nobody\"]}");
    JsonNode problem = ApiCalls.apiProblem(unknown, HttpStatus.BAD_REQUEST, "不是已登记的首席服务官或领导");
    assertThat(ApiCalls.fields(problem)).containsExactly("to");
    assertThat(problem.path("errors").toString()).contains("names no officer or leader");
    JsonNode empty = ApiCalls.apiProblem(api.send(OFFICER, HttpMethod.POST, "/api/copies/" + caseNumber,
        "{\"to\": []}"), HttpStatus.BAD_REQUEST, "");
    assertThat(ApiCalls.fields(empty)).containsExactly("to");
    ApiCalls.apiProblem(api.send("liuyang", HttpMethod.POST, "/api/copies/" + caseNumber, "{\"to\": [\"hejun\"]}"),
        HttpStatus.FORBIDDEN, "只有本案的首席服务官");
    api.exchange(OFFICER, HttpMethod.POST, "/api/copies/QY20990101-9999", "{\"to\": [\"hejun\"]}",
        HttpStatus.NOT_FOUND);
    assertThat(count()).isEqualTo(copies);
  }

  private List<Notification> ofCase(String user, String caseNumber) {
    return notifications.forUser(user, Set.of(StewardGroups.OFFICERS, StewardGroups.LEADERS), false, 50).stream()
        .filter(n -> caseNumber.equals(n.caseNumber())).toList();
  }

  private String submit(String title) {
    JsonNode submitted = api.call("ent05", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent05, title),
        HttpStatus.CREATED);
    assertThat(submitted.path("officer").asText()).isEqualTo(OFFICER);
    return submitted.path("caseNumber").asText();
  }

  private long count() {
    return jdbc.sql("select count(*) from case_copy").query(Long.class).single();
  }

  private static void at(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day.atTime(hour, 0), StewardClock.ZONE).toInstant()));
  }
}
