package org.steward.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.steward.ApiCalls.apiProblem;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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
import org.steward.directory.DirectoryFixtures;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.Enterprises;
import org.steward.directory.NewEnterprise;
import org.steward.directory.StewardGroups;
import org.steward.notification.Notifications;
import org.steward.policy.process.PolicyPushProcess;
import org.steward.request.Caller;
import org.steward.request.RequestManagement;
import org.steward.shared.NotFound;
import org.steward.shared.StewardClock;

/**
 * A policy end to end on PostgreSQL, nothing mocked: the policy editor drafts, previews and publishes it over
 * {@code /api/policies}; it reaches the enterprises its rule matches (its delivery job run as the job executor would);
 * the key enterprises' officer confirms in Tasklist's way ({@code /engine-rest} as himself), also for a key enterprise
 * that matches later; an enterprise reads it and consults; at its end it expires and the confirmations still open
 * end. Demo: ent03 (生物医药) and ent09 (新能源) are key enterprises of huangqiang.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class PolicyIT {

  private static final String EDITOR = "zhengce01";
  private static final String OFFICER = "huangqiang";

  @Autowired
  TestRestTemplate http;
  ApiCalls api;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  PolicyReading reading;
  @Autowired
  RequestManagement requests;
  @Autowired
  Notifications notifications;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  Enterprises enterprises;

  long ent01;
  long ent02;

  @BeforeEach
  void setUp() {
    api = new ApiCalls(http, "demo");
    ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    ent02 = directory.enterpriseOfUser("ent02").orElseThrow().id();
    at(LocalDate.of(2026, 3, 2), 10);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void publishMatchDeliverReadConfirmConsult_andExpire() {
    String rule = "{\"industries\":[\"生物医药\",\"新能源\"],\"enterpriseIds\":[" + ent01 + "]}";
    JsonNode preview = api.call(EDITOR, HttpMethod.POST, "/api/policies/preview", rule, HttpStatus.OK);
    assertThat(preview.path("matched").asInt()).isEqualTo(3);
    assertThat(preview.path("keyEnterprises").asInt()).isEqualTo(2);

    JsonNode draft = api.call(EDITOR, HttpMethod.POST, "/api/policies", policy("2026-03-31", rule),
        HttpStatus.CREATED);
    long id = draft.path("id").asLong();
    assertThat(draft.path("state").asText()).isEqualTo("DRAFT");
    JsonNode published = api.call(EDITOR, HttpMethod.POST, "/api/policies/" + id + "/publish", null, HttpStatus.OK);
    assertThat(published.path("state").asText()).isEqualTo("PUBLISHED");
    assertThat(published.path("delivering").asBoolean()).as("delivered after the answer, in jobs").isTrue();
    assertThat(published.path("figures").path("delivered").asLong()).isZero();
    assertThat(confirmationTasks(id)).isEmpty();
    api.executeJobs("POLICY-" + id, PolicyPushProcess.DELIVER_POLICY);
    api.executeJobs("POLICY-" + id, PolicyPushProcess.OPEN_CONFIRMATION);
    JsonNode delivered = api.call(EDITOR, HttpMethod.GET, "/api/policies/" + id, null, HttpStatus.OK);
    assertThat(delivered.path("delivering").asBoolean()).isFalse();
    assertThat(delivered.path("figures").path("delivered").asLong()).isEqualTo(3);
    apiProblem(api.send(EDITOR, HttpMethod.POST, "/api/policies/" + id + "/publish", null), HttpStatus.CONFLICT,
        "已经发布过");
    assertThat(notifications.forUser("ent01", Set.of(StewardGroups.ENTERPRISES), false, 1000))
        .anyMatch(n -> n.text().contains("新政策：企业研发费用补助"));

    // the key enterprises' officer confirms: a note is required unless the policy applies
    List<String> tasks = confirmationTasks(id);
    assertThat(tasks).hasSize(2);
    ResponseEntity<String> refused = api.send(OFFICER, HttpMethod.POST, "/engine-rest/task/" + tasks.get(0)
        + "/complete", ApiCalls.completion("applicability", "NOT_APPLICABLE"));
    assertThat(ApiCalls.fields(ApiCalls.problem(refused, HttpStatus.BAD_REQUEST, "任务未完成：说明：不能为空")))
        .containsExactly("note");
    api.call(OFFICER, HttpMethod.POST, "/engine-rest/task/" + tasks.get(0) + "/complete",
        ApiCalls.completion("applicability", "NOT_APPLICABLE", "note", "企业暂无研发投入"), HttpStatus.NO_CONTENT);
    assertThat(confirmationTasks(id)).hasSize(1);

    // the enterprise reads it (the first read is kept) and consults
    assertThat(reading.forEnterprise(ent01)).filteredOn(item -> item.id() == id).singleElement()
        .satisfies(item -> assertThat(item.read()).isFalse());
    PolicyPage page = reading.read(id, ent01, "ent01");
    assertThat(page.bodyHtml()).contains("<strong>50%</strong>").doesNotContain("<script");
    assertThat(reading.forEnterprise(ent01)).filteredOn(item -> item.id() == id).singleElement()
        .satisfies(item -> assertThat(item.read()).isTrue());
    Caller ent01User = new Caller("ent01", Set.of(StewardGroups.ENTERPRISES));
    String caseNumber = reading.consult(id, ent01, "我司今年研发投入约 800 万元，能否申报？", "王经理", "020-12345678",
        ent01User);
    assertThat(requests.view(caseNumber).category()).isEqualTo("policy");
    assertThat(reading.read(id, ent01, "ent01").consultations()).containsExactly(caseNumber);
    assertThatThrownBy(() -> reading.read(id, ent02, "ent02")).isInstanceOf(NotFound.class);

    // an enterprise that joins later and matches gets the policy; once marked key, its officer confirms it too
    long joined = enterprises.createEnterprise(new NewEnterprise("广州某某生物科技有限公司", DirectoryFixtures.freshCreditCode(),
        "生物医药", "天河区", List.of(), OFFICER), "admin").id();
    assertThat(reading.forEnterprise(joined)).extracting(PolicyItem::id).contains(id);
    assertThat(confirmationTasks(id)).hasSize(1);
    enterprises.markKey(joined, true, "admin");
    assertThat(lateConfirmationTasks(id)).hasSize(1);
    enterprises.markKey(joined, true, "admin");
    assertThat(lateConfirmationTasks(id)).as("asked once").hasSize(1);

    // at its end the policy expires; the confirmation still open ends
    at(LocalDate.of(2026, 4, 1), 0);
    api.executeJobs("POLICY-" + id, PolicyPushProcess.POLICY_EXPIRES);
    JsonNode expired = api.call(EDITOR, HttpMethod.GET, "/api/policies/" + id, null, HttpStatus.OK);
    assertThat(expired.path("state").asText()).isEqualTo("EXPIRED");
    JsonNode figures = expired.path("figures");
    assertThat(figures.path("delivered").asLong()).as("ent01, ent03, ent09 and the late joiner").isEqualTo(4);
    assertThat(figures.path("read").asLong()).isEqualTo(1);
    assertThat(figures.path("confirmed").asLong()).isEqualTo(1);
    assertThat(figures.path("applicable").asLong()).as("the one confirmed does not apply").isZero();
    assertThat(figures.path("consultations").asLong()).isEqualTo(1);
    assertThat(confirmationTasks(id)).isEmpty();
    assertThat(lateConfirmationTasks(id)).isEmpty();
    assertThat(jdbc.sql("select state from policy_confirmation where policy_id = :id order by state")
        .param("id", id).query(String.class).list()).containsExactly("CONFIRMED", "ENDED", "ENDED");
    assertThat(reading.forEnterprise(ent01)).extracting(PolicyItem::id).doesNotContain(id);
  }

  @Test
  void onlyPolicyEditorsAndAdministrators_draft_andABadRuleOrDateIsRefusedByName() {
    long stored = jdbc.sql("select count(*) from policy").query(Long.class).single();
    String rule = "{\"industries\":[\"生物医药\"]}";
    apiProblem(api.send("ent01", HttpMethod.POST, "/api/policies", policy("2026-03-31", rule)),
        HttpStatus.FORBIDDEN, "只有政策编辑人员和管理员");
    apiProblem(api.send(OFFICER, HttpMethod.POST, "/api/policies/preview", rule), HttpStatus.FORBIDDEN,
        "只有政策编辑人员和管理员");

    JsonNode problem = apiProblem(api.send(EDITOR, HttpMethod.POST, "/api/policies",
        policy("2026-02-30", "{\"enterpriseIds\":[999999]}")), HttpStatus.BAD_REQUEST, "企业库中没有该企业");
    assertThat(ApiCalls.fields(problem)).containsExactlyInAnyOrder("validTo", "target.enterpriseIds[0]");
    assertThat(ApiCalls.fields(apiProblem(api.send(EDITOR, HttpMethod.POST, "/api/policies",
        policy("2026-03-31", "{}")), HttpStatus.BAD_REQUEST, "须至少指定"))).containsExactly("target");
    assertThat(jdbc.sql("select count(*) from policy").query(Long.class).single())
        .as("nothing refused is stored").isEqualTo(stored);
  }

  private static String policy(String validTo, String rule) {
    return """
        {"title":"企业研发费用补助","issuingDepartment":"区科技局","summary":"研发投入补助","body":"补助比例 **50%**\\n\\n\
        <script>alert(1)</script>","validFrom":"2026-03-01","validTo":"VALID_TO","confirmDays":5,"target":RULE}"""
        .replace("VALID_TO", validTo).replace("RULE", rule);
  }

  private List<String> confirmationTasks(long policy) {
    return tasks(policy, PolicyPushProcess.CONFIRM_DELIVERY);
  }

  private List<String> lateConfirmationTasks(long policy) {
    return tasks(policy, PolicyPushProcess.CONFIRM_LATE_DELIVERY);
  }

  private List<String> tasks(long policy, String taskKey) {
    List<String> ids = new ArrayList<>();
    api.call(OFFICER, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=POLICY-" + policy
        + "&taskDefinitionKey=" + taskKey, null, HttpStatus.OK)
        .forEach(task -> ids.add(task.path("id").asText()));
    return ids;
  }


  private static void at(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day.atTime(hour, 0), StewardClock.ZONE).toInstant()));
  }
}
