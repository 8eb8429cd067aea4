package org.steward.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.request.process.EnterpriseRequestProcess.RESPONSE_DUE_SOON;
import static org.steward.request.process.EnterpriseRequestProcess.RESPONSE_OVERDUE;

import java.time.LocalDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.steward.ApiCalls;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.directory.DirectoryManagement;
import org.steward.request.RequestFixtures;
import org.steward.shared.StewardClock;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The metrics move with the cases, on PostgreSQL, read as Prometheus reads them (the monitoring account, HTTP basic):
 * a submission counts as intake and queues its notifications; its 24-hour timers become due jobs; the overdue timer,
 * executed, counts as a job executed and turns a light red; a job out of retries is an open incident. Routes are
 * templates, never raw paths. Gauges are read afresh at every scrape here ({@code steward.metrics.max-age=0s}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"steward.demo.enabled=true", "steward.metrics.max-age=0s"})
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class MetricsIT {

  private static final String ENGINE = "/engine-rest";
  private static final String RED = "light=\"RED\"";
  private static final String PORTAL = "channel=\"PORTAL\"";

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;

  private ApiCalls calls;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aRequestsLife_movesIntakeBacklogDueJobsExecutedJobsLightsAndIncidents() {
    calls = new ApiCalls(http, "demo");
    at(LocalDateTime.of(2026, 9, 7, 10, 0));
    Scrape before = scrape();

    // when ent01 submits a request
    String caseNumber = calls.call("ent01", HttpMethod.POST, "/api/requests",
        RequestFixtures.body(directory.enterpriseOfUser("ent01").orElseThrow().id(), "指标：新厂房用地"),
        HttpStatus.CREATED).path("caseNumber").asText();

    // then intake counts it once, and its notifications wait for the dispatcher
    Scrape submitted = scrape();
    assertThat(submitted.value("steward_requests_submitted_total", PORTAL))
        .isEqualTo(before.value("steward_requests_submitted_total", PORTAL) + 1);
    assertThat(submitted.value("steward_notifications_backlog", "state=\"PENDING\""))
        .isGreaterThan(before.value("steward_notifications_backlog", "state=\"PENDING\""));

    // when a day passes unanswered, its two 24-hour timers (4 hours left, overdue) are due jobs
    at(LocalDateTime.of(2026, 9, 8, 10, 30));
    Scrape late = scrape();
    assertThat(late.value("steward_jobs_due")).isGreaterThanOrEqualTo(submitted.value("steward_jobs_due") + 2);

    // when the reminder's job has no retries left, it is an open incident until it gets one back
    String reminder = job(caseNumber, RESPONSE_DUE_SOON);
    calls.exchange("admin", HttpMethod.PUT, ENGINE + "/job/" + reminder + "/retries", "{\"retries\": 0}",
        HttpStatus.NO_CONTENT);
    assertThat(scrape().value("steward_incidents_open")).isEqualTo(late.value("steward_incidents_open") + 1);
    calls.exchange("admin", HttpMethod.PUT, ENGINE + "/job/" + reminder + "/retries", "{\"retries\": 1}",
        HttpStatus.NO_CONTENT);
    assertThat(scrape().value("steward_incidents_open")).isEqualTo(late.value("steward_incidents_open"));

    // when the overdue timer runs, the job counts as executed and the case's light is red
    String overdue = job(caseNumber, RESPONSE_OVERDUE);
    calls.exchange("admin", HttpMethod.POST, ENGINE + "/job/" + overdue + "/execute", null, HttpStatus.NO_CONTENT);
    Scrape red = scrape();
    assertThat(red.value("steward_cases_open", RED)).isEqualTo(late.value("steward_cases_open", RED) + 1);
    assertThat(red.value("steward_jobs_executed_total", "outcome=\"successful\""))
        .isGreaterThanOrEqualTo(late.value("steward_jobs_executed_total", "outcome=\"successful\"") + 1);

    // and every route is named by its template, never by a case number or a job id
    assertThat(red.samples("http_server_requests_seconds_count"))
        .anyMatch(sample -> sample.contains("uri=\"/api/requests\"") && sample.contains("method=\"POST\""))
        .anyMatch(sample -> sample.contains("uri=\"/engine-rest/job/{id}/execute\""))
        .anyMatch(sample -> sample.contains("uri=\"/engine-rest/job/{id}/retries\""))
        .anyMatch(sample -> sample.contains("uri=\"/engine-rest/job\""))
        .noneMatch(sample -> sample.contains(caseNumber) || sample.contains(overdue) || sample.contains(reminder));
  }

  @Test
  void ordinaryUsers_areRefused_andTheMonitoringAccountReadsNothingElse() {
    calls = new ApiCalls(http, "demo");
    assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    calls.exchange("zhangwei", HttpMethod.GET, "/actuator/prometheus", null, HttpStatus.FORBIDDEN);
    calls.exchange("ent01", HttpMethod.GET, "/actuator/prometheus", null, HttpStatus.FORBIDDEN);
    calls.exchange("jiankong01", HttpMethod.GET, "/api/ledger", null, HttpStatus.FORBIDDEN);
    JsonNode tasks = calls.call("jiankong01", HttpMethod.GET, ENGINE + "/task", null, HttpStatus.OK);
    assertThat(tasks).isEmpty();
  }

  private Scrape scrape() {
    return Scrape.of(calls.exchange("jiankong01", HttpMethod.GET, "/actuator/prometheus", null, HttpStatus.OK)
        .getBody());
  }

  /** The one timer job of the case's main instance at that boundary event. */
  private String job(String caseNumber, String activityId) {
    String instance = calls.call("admin", HttpMethod.GET, ENGINE + "/process-instance?processDefinitionKey="
        + "enterprise-request&businessKey=" + caseNumber, null, HttpStatus.OK).get(0).path("id").asText();
    JsonNode jobs = calls.call("admin", HttpMethod.GET, ENGINE + "/job?processInstanceId=" + instance
        + "&activityId=" + activityId, null, HttpStatus.OK);
    assertThat(jobs).as("timer %s of %s", activityId, caseNumber).hasSize(1);
    return jobs.get(0).path("id").asText();
  }

  private static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(StewardClock.ZONE).toInstant()));
  }
}
