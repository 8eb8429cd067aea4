package org.steward.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.ApiCalls.apiProblem;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.steward.request.RequestManagement;
import org.steward.request.RequestView;
import org.steward.shared.StewardClock;

/**
 * 座谈会 on PostgreSQL, nothing mocked: zhangwei meets three enterprises (ent01 and ent02 are his, ent04 is liuyang's),
 * records the meeting with one problem of each, raises them as three requests in one batch, linked to the meeting,
 * and prints minutes and cases as one page; bad input and a second raise change nothing; others may not read it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class ForumIT {

  @Autowired
  TestRestTemplate http;
  ApiCalls api;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  RequestManagement requests;
  @Autowired
  JdbcClient jdbc;

  long ent01;
  long ent02;
  long ent04;

  @BeforeEach
  void setUp() {
    api = new ApiCalls(http, "demo");
    ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    ent02 = directory.enterpriseOfUser("ent02").orElseThrow().id();
    ent04 = directory.enterpriseOfUser("ent04").orElseThrow().id();
  }

  @Test
  void aMeetingTurnsThreeProblemsOfThreeEnterprises_intoThreeLinkedRequests_andPrints() {
    JsonNode forum = api.call("zhangwei", HttpMethod.POST, "/api/forums", meeting(StewardClock.today().toString(),
        problem(ent01, "power", "用电增容", "020-12345678") + "," + problem(ent02, "talent", "人才公寓", "020-12345679")
            + "," + problem(ent04, "land", "用地指标", "020-12345670")), HttpStatus.CREATED);
    long id = forum.path("id").asLong();
    assertThat(forum.path("attendees")).hasSize(3);
    assertThat(forum.path("problems")).allSatisfy(p -> assertThat(p.path("caseNumber").isNull()).isTrue());

    JsonNode raised = api.call("zhangwei", HttpMethod.POST, "/api/forums/" + id + "/requests", null,
        HttpStatus.CREATED);
    List<String> cases = new ArrayList<>();
    raised.path("caseNumbers").forEach(c -> cases.add(c.asText()));
    assertThat(cases).hasSize(3).doesNotHaveDuplicates();
    List<RequestView> views = cases.stream().map(requests::view).toList();
    assertThat(views).extracting(RequestView::enterpriseId).containsExactly(ent01, ent02, ent04);
    assertThat(views).extracting(RequestView::category).containsExactly("power", "talent", "land");
    assertThat(views.get(2).officer()).as("ent04's own officer handles its request").isEqualTo("liuyang");
    JsonNode linked = api.call("zhangwei", HttpMethod.GET, "/api/forums/" + id, null, HttpStatus.OK);
    assertThat(linked.path("problems")).extracting(p -> p.path("caseNumber").asText()).containsExactlyElementsOf(cases);
    apiProblem(api.send("zhangwei", HttpMethod.POST, "/api/forums/" + id + "/requests", null), HttpStatus.CONFLICT,
        "已经转为诉求");

    ResponseEntity<String> page = api.send("chenjianguo", HttpMethod.GET, "/api/forums/" + id + "/print", null);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("重点企业政企面对面座谈会", "会议纪要", "用电增容", "人才公寓", cases.get(0),
        cases.get(2), directory.enterprise(ent04).orElseThrow().name());
    assertThat(api.send("liuyang", HttpMethod.GET, "/api/forums/" + id, null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.send("ent01", HttpMethod.POST, "/api/forums/" + id + "/requests", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void badInputIsRefusedByName_andNothingIsStored() {
    long before = jdbc.sql("select count(*) from forum_meeting").query(Long.class).single();
    JsonNode problem = apiProblem(api.send("zhangwei", HttpMethod.POST, "/api/forums",
        meeting(StewardClock.today().plusDays(1).toString(), problem(999_999, "nosuch", "标题", "电话"))),
        HttpStatus.BAD_REQUEST, "须为参会企业之一");
    assertThat(ApiCalls.fields(problem)).containsExactlyInAnyOrder("heldOn", "problems[0].enterpriseId",
        "problems[0].category", "problems[0].contactPhone");
    assertThat(api.send("ent01", HttpMethod.POST, "/api/forums", meeting(StewardClock.today().toString(), ""))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.sql("select count(*) from forum_meeting").query(Long.class).single()).isEqualTo(before);
  }

  private String meeting(String day, String problems) {
    return """
        {"title":"重点企业政企面对面座谈会","heldOn":"%s","place":"区政务服务中心三楼会议室",
         "minutes":"区经信局、供电局参加。\\n企业逐一发言，反映用电、人才和用地问题。","enterpriseIds":[%d,%d,%d],
         "problems":[%s]}""".formatted(day, ent01, ent02, ent04, problems);
  }

  private static String problem(long enterprise, String category, String title, String phone) {
    return """
        {"enterpriseId":%d,"category":"%s","title":"%s","description":"%s，请协调。","contactName":"王经理",
         "contactPhone":"%s"}""".formatted(enterprise, category, title, title, phone);
  }
}
