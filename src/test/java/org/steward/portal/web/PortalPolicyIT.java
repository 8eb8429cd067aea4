package org.steward.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.steward.directory.TargetInput;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.policy.NewPolicy;
import org.steward.policy.Policies;
import org.steward.policy.PolicyJobs;
import org.steward.request.Caller;
import org.steward.shared.StewardClock;

import jakarta.servlet.http.Cookie;

/**
 * The enterprise's 政策 pages on PostgreSQL, as a browser would use them: a policy published for ent01 is listed
 * unread, reads as safe HTML, is listed read afterwards; 我要咨询 keeps what was typed when refused and raises a
 * request of category policy when not; another enterprise finds no such policy.
 */
@SpringBootTest(properties = "steward.demo.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class PortalPolicyIT {

  private static final Caller ADMIN = new Caller("demo", Set.of(StewardGroups.ADMIN));

  @Autowired
  MockMvc mvc;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  Policies policies;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  DirectoryManagement directory;

  @Test
  void enterpriseReadsItsPolicy_asSafeHtml_andItIsReadAfterwards() throws Exception {
    String title = "专精特新企业奖励" + suffix();
    long id = publishFor("ent01", title, """
        ## 申报条件

        - 注册在本区
        - 上年度营业收入 **2000 万元** 以上

        <script>alert(1)</script>
        """);
    Cookie session = login("ent01");

    String before = page(session, "/portal/policies");
    assertThat(before).contains(title, "区工业和信息化局", "有效期至", "未读");
    assertThat(Pattern.compile("class=\"unread\">\\s*<a href=\"/portal/policies/" + id + "\"").matcher(before).find())
        .isTrue();

    String policy = page(session, "/portal/policies/" + id);

    assertThat(policy).contains(title, "区工业和信息化局", "<h2>申报条件</h2>", "<li>注册在本区</li>",
        "<strong>2000 万元</strong>", "&lt;script&gt;alert(1)&lt;/script&gt;", "我要咨询", "name=\"_csrf\"")
        .doesNotContain("<script>alert(1)", "<script");
    String after = page(session, "/portal/policies");
    assertThat(Pattern.compile("class=\"read\">\\s*<a href=\"/portal/policies/" + id + "\"").matcher(after).find())
        .isTrue();
  }

  @Test
  void blankQuestion_comesBackInChinese_withTheContactKept_andNoCase() throws Exception {
    long id = publishFor("ent01", "稳岗补贴" + suffix(), "按参保人数发放。");
    Cookie session = login("ent01");

    MvcResult refused = mvc.perform(post("/portal/policies/" + id + "/consult").cookie(session).with(csrf())
        .param("question", " ").param("contactName", "王经理").param("contactPhone", "020-12345678")).andReturn();

    assertThat(refused.getResponse().getStatus()).isEqualTo(400);
    assertThat(refused.getResponse().getContentAsString()).contains("请修改标出的内容后再提交", "不能为空", "王经理",
        "020-12345678", "按参保人数发放。");
    assertThat(consultations(id)).isEmpty();
  }

  @Test
  void consultation_raisesAPolicyRequest_andThePolicyLinksToIt() throws Exception {
    long id = publishFor("ent01", "技改补助" + suffix(), "设备投资的 10%。");
    Cookie session = login("ent01");

    MvcResult done = mvc.perform(post("/portal/policies/" + id + "/consult").cookie(session).with(csrf())
        .param("question", "我司去年购置设备 800 万元，能否申报？").param("contactName", "王经理")
        .param("contactPhone", "020-12345678")).andReturn();

    String location = done.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/portal/requests/QY").endsWith("?submitted");
    String caseNumber = location.substring("/portal/requests/".length(), location.indexOf('?'));
    assertThat(consultations(id)).containsExactly(caseNumber);
    assertThat(jdbc.sql("select category from request where case_number = :c").param("c", caseNumber)
        .query(String.class).single()).isEqualTo("policy");
    String request = mvc.perform(get("/portal/requests/" + caseNumber).param("submitted", "").cookie(session))
        .andReturn().getResponse().getContentAsString();
    assertThat(request).contains("诉求已提交", caseNumber, "我司去年购置设备 800 万元，能否申报？");
    assertThat(page(session, "/portal/policies/" + id)).contains("本企业的咨询", "/portal/requests/" + caseNumber);
  }

  @Test
  void anotherEnterprise_findsNoSuchPolicy() throws Exception {
    long id = publishFor("ent01", "仅发给一家企业的政策" + suffix(), "正文。");
    Cookie other = login("ent02");

    MvcResult refused = mvc.perform(get("/portal/policies/" + id).cookie(other)).andReturn();
    assertThat(refused.getResponse().getStatus()).isEqualTo(404);
    assertThat(refused.getResponse().getContentAsString()).contains("没有找到您要的内容");
    assertThat(mvc.perform(post("/portal/policies/" + id + "/consult").cookie(other).with(csrf())
        .param("question", "冒充").param("contactName", "李四").param("contactPhone", "020-87654321"))
        .andReturn().getResponse().getStatus()).isEqualTo(404);
    assertThat(page(other, "/portal/policies")).doesNotContain("/portal/policies/" + id + "\"");
    assertThat(consultations(id)).isEmpty();
  }

  private long publishFor(String user, String title, String body) {
    long enterprise = directory.enterpriseOfUser(user).orElseThrow().id();
    NewPolicy policy = new NewPolicy(title, "区工业和信息化局", "符合条件的企业可申报。", body,
        StewardClock.today().toString(), StewardClock.today().plusDays(90).toString(), null,
        new TargetInput(List.of(), List.of(), List.of(), false, List.of(enterprise)));
    long id = policies.draft(policy, ADMIN).id();
    policies.publish(id, ADMIN);
    PolicyJobs.deliver(runtime, management, id);
    return id;
  }

  private List<String> consultations(long policy) {
    return jdbc.sql("select case_number from policy_consultation where policy_id = :p").param("p", policy)
        .query(String.class).list();
  }

  private String page(Cookie session, String path) throws Exception {
    MvcResult result = mvc.perform(get(path).cookie(session)).andReturn();
    assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
    return result.getResponse().getContentAsString();
  }

  private Cookie login(String user) throws Exception {
    return PortalSessions.login(mvc, user);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
