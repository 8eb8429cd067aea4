package org.steward.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code /actuator/prometheus} on the embedded default (H2): only the metrics' readers (group {@code monitoring}) and
 * administrators read it, and every {@code steward.*} meter is there with a value; health stays open.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
class PrometheusEndpointTests {

  static final String PROMETHEUS = "/actuator/prometheus";
  /** Every steward meter as Prometheus names it. */
  static final List<String> STEWARD_METRICS = List.of("steward_jobs_acquired_total",
      "steward_jobs_acquisition_attempts_total", "steward_jobs_acquisition_conflicts_total",
      "steward_jobs_executed_total", "steward_jobs_rejected_total", "steward_jobs_due", "steward_incidents_open",
      "steward_cases_open", "steward_requests_submitted_total", "steward_notifications_backlog",
      "steward_notifications_sent_total", "steward_notifications_failed_total",
      "steward_notifications_gave_up_total");

  private static final Pattern METRIC_NAME = Pattern.compile("steward_[a-z_]*[a-z]");

  @Autowired
  TestRestTemplate http;

  @Test
  void anonymous_gets401Problem_butHealthStaysOpen() {
    ResponseEntity<String> metrics = http.getForEntity(PROMETHEUS, String.class);
    ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);

    assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(metrics.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/actuator/health/readiness", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void staffEnterprisesAndDesigners_get403() {
    for (String user : List.of("zhangwei", "chenjianguo", "ent01", "sheji01")) {
      ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(PROMETHEUS, String.class);
      assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void wrongPassword_gets401() {
    ResponseEntity<String> response = http.withBasicAuth("jiankong01", "wrong").getForEntity(PROMETHEUS,
        String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void monitoringAccountAndAdministrator_readEveryStewardMetric_eachWithAValue() {
    for (String user : List.of("jiankong01", "admin")) {
      ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(PROMETHEUS, String.class);
      assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);

      Scrape scrape = Scrape.of(response.getBody());
      for (String metric : STEWARD_METRICS) {
        assertThat(scrape.samples(metric)).as(metric).isNotEmpty()
            .allSatisfy(sample -> assertThat(sample).doesNotEndWith("NaN"));
      }
      assertThat(scrape.samples("steward_cases_open")).hasSize(3);
      assertThat(scrape.value("steward_requests_submitted_total", "channel=\"HOTLINE\"")).isNotNegative();
    }
  }

  @Test
  void everyStewardMetricOfTheDashboardAndTheAlerts_isOneStewardReports() throws IOException {
    String operations = Files.readString(Path.of("docs/operations.md"));
    String alerts = operations.substring(operations.indexOf("## Metrics and alerts"));
    String dashboard = Files.readString(Path.of("docs/grafana/steward.json"));
    Set<String> named = new TreeSet<>();
    for (String text : List.of(alerts, dashboard)) {
      Matcher name = METRIC_NAME.matcher(text);
      while (name.find()) {
        named.add(name.group());
      }
    }
    ResponseEntity<String> response = http.withBasicAuth("jiankong01", "demo").getForEntity(PROMETHEUS, String.class);
    Scrape scrape = Scrape.of(response.getBody());

    assertThat(named).containsAll(STEWARD_METRICS);
    assertThat(named).allSatisfy(metric -> assertThat(scrape.samples(metric)).as(metric).isNotEmpty());
  }

  @Test
  void otherActuatorEndpoints_areNotExposed() {
    ResponseEntity<String> response = http.withBasicAuth("admin", "demo").getForEntity("/actuator/env",
        String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }
}
