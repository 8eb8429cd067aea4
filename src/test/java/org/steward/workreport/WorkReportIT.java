package org.steward.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
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
import org.steward.request.Caller;
import org.steward.request.RequestFixtures;
import org.steward.request.RequestIntake;
import org.steward.shared.StewardClock;
import org.steward.workreport.process.OfficerWorkReportProcess;

/**
 * 工作季报 on PostgreSQL, nothing mocked: zhangwei visited ent01 and raised a request for it in February; on 1 April
 * the quarter's timer drafts every officer's report of the first quarter with those figures; zhangwei writes his
 * summary in Tasklist's way, his supervisor chenjianguo sends it back once (a reason is required) and accepts the
 * second; liuyang reads only his own reports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class WorkReportIT {

  @Autowired
  TestRestTemplate http;
  @Autowired
  ManagementService management;
  @Autowired
  RequestIntake intake;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  WorkReports reports;
  @Autowired
  JdbcClient jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aQuarterlyReportIsDrafted_sentBackOnce_andAccepted() {
    ApiCalls api = new ApiCalls(http, "demo");
    at(LocalDate.of(2026, 2, 10), 10);
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    intake.submit(RequestFixtures.request(ent01, "季报测试：代企业提出"), "zhangwei", null);
    jdbc.sql("""
            insert into visit (enterprise_id, officer_id, cycle, period_start, state, due_date, created_at, visited_on,
              mode, recorded_by, recorded_at)
            values (:enterprise, 'zhangwei', 'MONTHLY', date '2026-02-01', 'DONE', date '2026-02-20', :at,
              date '2026-02-10', 'ON_SITE', 'zhangwei', :at)""")
        .param("enterprise", ent01).param("at", Timestamp.from(StewardClock.now())).update();

    at(LocalDate.of(2026, 4, 1), 9);
    Job quarter = management.createJobQuery().activityId(OfficerWorkReportProcess.QUARTER_BEGINS).singleResult();
    management.executeJob(quarter.getId());

    WorkReport drafted = reports.list(new Caller("zhangwei", Set.of(StewardGroups.OFFICERS)))
        .stream().filter(r -> r.quarter().equals("2026-Q1")).findFirst().orElseThrow();
    assertThat(drafted.periodFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(drafted.periodTo()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(drafted.requestsRaised()).isEqualTo(1);
    assertThat(drafted.visitsDone()).isEqualTo(1);
    assertThat(drafted.state()).isEqualTo(WorkReportState.DRAFTED);
    assertThat(api.call("admin", HttpMethod.GET, "/api/work-reports", null, HttpStatus.OK))
        .filteredOn(r -> r.path("quarter").asText().equals("2026-Q1")).hasSize(directory.officers().size());

    String write = task(api, "zhangwei", OfficerWorkReportProcess.WRITE_SUMMARY);
    JsonNode figures = api.call("zhangwei", HttpMethod.GET, "/engine-rest/task/" + write + "/variables/figures", null,
        HttpStatus.OK);
    assertThat(figures.path("value").asText()).contains("完成走访：1 次", "代企业提出诉求：1 件");
    api.call("zhangwei", HttpMethod.POST, "/engine-rest/task/" + write + "/complete",
        ApiCalls.completion("summary", "本季度走访企业十二家，代企业提出诉求一件。"), HttpStatus.NO_CONTENT);

    String review = task(api, "chenjianguo", OfficerWorkReportProcess.REVIEW_REPORT);
    ResponseEntity<String> refused = api.send("chenjianguo", HttpMethod.POST, "/engine-rest/task/" + review
        + "/complete", ApiCalls.completion("decision", "SEND_BACK"));
    assertThat(ApiCalls.fields(ApiCalls.problem(refused, HttpStatus.BAD_REQUEST, "说明"))).containsExactly("note");
    api.call("chenjianguo", HttpMethod.POST, "/engine-rest/task/" + review + "/complete",
        ApiCalls.completion("decision", "SEND_BACK", "note", "请补充走访中发现的问题"), HttpStatus.NO_CONTENT);
    assertThat(reports.view(drafted.id()).state()).isEqualTo(WorkReportState.SENT_BACK);

    String again = task(api, "zhangwei", OfficerWorkReportProcess.WRITE_SUMMARY);
    api.call("zhangwei", HttpMethod.POST, "/engine-rest/task/" + again + "/complete",
        ApiCalls.completion("summary", "本季度走访企业十二家，发现用电问题两项，已转诉求办理。"), HttpStatus.NO_CONTENT);
    api.call("chenjianguo", HttpMethod.POST, "/engine-rest/task/" + task(api, "chenjianguo",
        OfficerWorkReportProcess.REVIEW_REPORT) + "/complete", ApiCalls.completion("decision", "ACCEPT"),
        HttpStatus.NO_CONTENT);

    WorkReport accepted = reports.view(drafted.id());
    assertThat(accepted.state()).isEqualTo(WorkReportState.ACCEPTED);
    assertThat(accepted.rounds()).isEqualTo(2);
    assertThat(accepted.summary()).contains("用电问题两项");
    assertThat(accepted.reviewerId()).isEqualTo("chenjianguo");
    assertThat(api.call("liuyang", HttpMethod.GET, "/api/work-reports", null, HttpStatus.OK))
        .allSatisfy(r -> assertThat(r.path("officerId").asText()).isEqualTo("liuyang"));
    assertThat(api.send("ent01", HttpMethod.GET, "/api/work-reports", null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** The one task {@code key} of zhangwei's report that {@code user} sees. */
  private static String task(ApiCalls api, String user, String key) {
    JsonNode tasks = api.call(user, HttpMethod.GET, "/engine-rest/task?taskDefinitionKey=" + key
        + "&processDefinitionKey=" + OfficerWorkReportProcess.ID, null, HttpStatus.OK);
    for (JsonNode task : tasks) {
      JsonNode officer = api.call(user, HttpMethod.GET, "/engine-rest/task/" + task.path("id").asText()
          + "/variables/officer", null, HttpStatus.OK);
      if ("zhangwei".equals(officer.path("value").asText())) {
        return task.path("id").asText();
      }
    }
    throw new AssertionError(user + " sees no " + key + " of zhangwei's report");
  }

  private static void at(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day.atTime(hour, 0), StewardClock.ZONE).toInstant()));
  }
}
