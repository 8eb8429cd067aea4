package org.steward.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.attachment.SampleFiles;

import jakarta.servlet.http.Cookie;

/**
 * The portal on PostgreSQL, as a browser would use it (form login, session cookie, CSRF token in every form): pages,
 * one case per form however often it is sent, escaping, and another enterprise's ids answered 404.
 */
@SpringBootTest(properties = "steward.demo.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class PortalIT {

  @Autowired
  MockMvc mvc;
  @Autowired
  JdbcClient jdbc;

  @Test
  void enterpriseLogsIn_andSeesItsHomePage_underAStrictPolicy() throws Exception {
    Cookie session = login("ent01");

    MvcResult home = mvc.perform(get("/portal/").cookie(session)).andReturn();

    assertThat(home.getResponse().getStatus()).isEqualTo(200);
    assertThat(home.getResponse().getContentAsString()).contains("lang=\"zh-CN\"", "广州某某精密制造有限公司",
        "我的首席服务官", "张伟", "办理中", "待评价");
    assertThat(home.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'self'",
        "script-src 'self'");
    assertThat(home.getResponse().getHeader("X-Frame-Options")).isEqualTo("DENY");
  }

  @Test
  void staffLoggingInHere_isSentToTasklist_withoutAPortalSession() throws Exception {
    MvcResult login = mvc.perform(formLogin("/portal/login").user("zhangwei").password("demo")).andReturn();

    assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/camunda/app/tasklist/");
    Cookie left = login.getResponse().getCookie(PortalSessions.COOKIE);
    MockHttpServletRequestBuilder home = left == null ? get("/portal/") : get("/portal/").cookie(left);
    assertThat(mvc.perform(home).andReturn().getResponse().getRedirectedUrl()).endsWith("/portal/login");
  }

  @Test
  void wrongPassword_staysOnTheLoginPage_inChinese_andNoSessionKeepsWhatWasTyped() throws Exception {
    String typed = "wrong-" + UUID.randomUUID();
    MvcResult login = mvc.perform(formLogin("/portal/login").user("ent01").password(typed)).andReturn();

    assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/portal/login?error");
    assertThat(mvc.perform(get("/portal/login").param("error", "")).andReturn().getResponse().getContentAsString())
        .contains("用户名或密码不正确");
    // sessions are serialized into the database: Spring's failure exception (which holds the attempt) is not kept
    assertThat(jdbc.sql("select count(*) from spring_session_attributes"
        + " where position(convert_to(:typed, 'UTF8') in attribute_bytes) > 0").param("typed", typed)
        .query(Long.class).single()).isZero();
  }

  @Test
  void fiveWrongPasswords_lockTheAccount_andTheLoginPageSaysWhy() throws Exception {
    MvcResult last = null;
    for (int i = 0; i < 5; i++) {
      last = mvc.perform(formLogin("/portal/login").user("ent09").password("wrong")).andReturn();
    }
    MvcResult right = mvc.perform(formLogin("/portal/login").user("ent09").password("demo")).andReturn();

    assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/portal/login?error");
    String page = mvc.perform(get("/portal/login").param("error", "").cookie(session(right))).andReturn()
        .getResponse().getContentAsString();
    assertThat(page).contains("登录失败次数过多", "账户已锁定");
    assertThat(last.getResponse().getRedirectedUrl()).isEqualTo("/portal/login?error");
    jdbc.sql("delete from login_failure where user_id = 'ent09'").update();
  }

  @Test
  void aFormSentTwice_makesOneCase_withItsFile_andTheTitleIsShownEscaped() throws Exception {
    Cookie session = login("ent01");
    String key = UUID.randomUUID().toString();
    String title = "<script>alert(1)</script><img src=x onerror=alert(2)>" + key.substring(0, 8);

    MvcResult first = mvc.perform(submit(session, key, title, new MockMultipartFile("files", "现场照片.png",
        "image/png", SampleFiles.png()))).andReturn();
    MvcResult again = mvc.perform(submit(session, key, title, new MockMultipartFile("files", "现场照片.png",
        "image/png", SampleFiles.png()))).andReturn();

    String location = first.getResponse().getRedirectedUrl();
    assertThat(location).startsWith("/portal/requests/QY").endsWith("?submitted");
    String caseNumber = location.substring("/portal/requests/".length(), location.indexOf('?'));
    assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/portal/requests/" + caseNumber);
    assertThat(jdbc.sql("select count(*) from request where title = :t").param("t", title).query(Long.class).single())
        .isEqualTo(1);
    assertThat(jdbc.sql("select count(*) from attachment where case_number = :c").param("c", caseNumber)
        .query(Long.class).single()).isEqualTo(1);

    String page = mvc.perform(get("/portal/requests/" + caseNumber).cookie(session)).andReturn().getResponse()
        .getContentAsString();
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;", "现场照片.png")
        .doesNotContain("<script>alert(1)", "<img src=x");
    String list = mvc.perform(get("/portal/requests").cookie(session)).andReturn().getResponse()
        .getContentAsString();
    assertThat(list).contains(caseNumber, "待签收").doesNotContain("<script>alert(1)");
  }

  @Test
  void formWithoutItsCsrfToken_isRefused() throws Exception {
    Cookie session = login("ent01");
    MockHttpServletRequestBuilder forged = post("/portal/requests").cookie(session).param("title", "伪造")
        .param("idempotencyKey", UUID.randomUUID().toString());

    assertThat(mvc.perform(forged).andReturn().getResponse().getStatus()).isEqualTo(403);
    assertThat(jdbc.sql("select count(*) from request where title = '伪造'").query(Long.class).single()).isZero();
  }

  @Test
  void badInput_comesBackWithChineseMessages_andEverythingTyped() throws Exception {
    Cookie session = login("ent01");

    MvcResult refused = mvc.perform(multipart("/portal/requests").cookie(session).with(csrf())
        .param("idempotencyKey", UUID.randomUUID().toString()).param("category", "land").param("title", " ")
        .param("description", "这段说明不能丢").param("urgency", "NORMAL").param("contactName", "王经理")
        .param("contactPhone", "020-12345678")).andReturn();

    assertThat(refused.getResponse().getStatus()).isEqualTo(400);
    assertThat(refused.getResponse().getContentAsString()).contains("这段说明不能丢", "王经理", "不能为空");
  }

  @Test
  void refusedFile_keepsTheFormAndStoresNothing() throws Exception {
    Cookie session = login("ent01");
    String title = "附件被拒" + UUID.randomUUID().toString().substring(0, 8);

    MvcResult refused = mvc.perform(submit(session, UUID.randomUUID().toString(), title,
        new MockMultipartFile("files", "说明.pdf", "application/pdf", SampleFiles.html()))).andReturn();

    assertThat(refused.getResponse().getStatus()).isEqualTo(400);
    assertThat(refused.getResponse().getContentAsString()).contains(title, "说明.pdf");
    assertThat(jdbc.sql("select count(*) from request where title = :t").param("t", title).query(Long.class).single())
        .isZero();
  }

  @Test
  void anotherEnterprise_findsNeitherTheCaseNorItsFile() throws Exception {
    Cookie owner = login("ent01");
    String location = mvc.perform(submit(owner, UUID.randomUUID().toString(), "别家看不到",
        new MockMultipartFile("files", "营业执照.pdf", "application/pdf", SampleFiles.pdf()))).andReturn()
        .getResponse().getRedirectedUrl();
    String caseNumber = location.substring("/portal/requests/".length(), location.indexOf('?'));
    long file = jdbc.sql("select id from attachment where case_number = :c").param("c", caseNumber)
        .query(Long.class).single();
    assertThat(mvc.perform(get("/portal/attachments/" + file).cookie(owner)).andReturn().getResponse()
        .getHeader("Content-Disposition")).startsWith("attachment;");

    Cookie other = login("ent02");

    assertThat(mvc.perform(get("/portal/requests/" + caseNumber).cookie(other)).andReturn().getResponse()
        .getStatus()).isEqualTo(404);
    assertThat(mvc.perform(get("/portal/attachments/" + file).cookie(other)).andReturn().getResponse()
        .getStatus()).isEqualTo(404);
    assertThat(mvc.perform(post("/portal/requests/" + caseNumber + "/withdrawal").cookie(other).with(csrf())
        .param("reason", "不要了")).andReturn().getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void enterpriseWithdrawsOnThePortal_andReadsItsMessages() throws Exception {
    Cookie session = login("ent01");
    String location = mvc.perform(submit(session, UUID.randomUUID().toString(), "门户撤回")).andReturn()
        .getResponse().getRedirectedUrl();
    String caseNumber = location.substring("/portal/requests/".length(), location.indexOf('?'));
    assertThat(mvc.perform(get("/portal/requests/" + caseNumber).cookie(session)).andReturn().getResponse()
        .getContentAsString()).contains("撤回诉求");

    mvc.perform(post("/portal/requests/" + caseNumber + "/withdrawal").cookie(session).with(csrf())
        .param("reason", "已自行解决"));

    String page = mvc.perform(get("/portal/requests/" + caseNumber).cookie(session)).andReturn().getResponse()
        .getContentAsString();
    assertThat(page).contains("已撤回", "已自行解决").doesNotContain("撤回理由");
    mvc.perform(get("/portal/messages").cookie(session));
    assertThat(jdbc.sql("select count(*) from notification where recipient = 'ent01' and read_at is null")
        .query(Long.class).single()).isZero();
  }

  @Test
  void enterpriseWithAProject_seesItsMilestones_andReportsAProblem_othersCannot() throws Exception {
    Cookie session = login("ent07");
    String page = mvc.perform(get("/portal/projects").cookie(session)).andReturn().getResponse()
        .getContentAsString();
    assertThat(page).contains("汽车零部件智能工厂扩建", "动工", "竣工", "投产", "上报卡点");

    MvcResult reported = mvc.perform(post("/portal/projects/XM-DEMO-003/problems").cookie(session).with(csrf())
        .param("milestone", "CONSTRUCTION_START").param("category", "power")
        .param("description", "施工用电尚未接入。")).andReturn();

    assertThat(reported.getResponse().getRedirectedUrl()).isEqualTo("/portal/projects");
    assertThat(String.valueOf(reported.getFlashMap().get("notice"))).startsWith("卡点已上报，案件编号 QY");
    Cookie other = login("ent01");
    assertThat(mvc.perform(get("/portal/").cookie(other)).andReturn().getResponse().getContentAsString())
        .doesNotContain("我的项目");
    assertThat(mvc.perform(post("/portal/projects/XM-DEMO-003/problems").cookie(other).with(csrf())
        .param("milestone", "CONSTRUCTION_START").param("category", "power").param("description", "冒充"))
        .andReturn().getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void withoutALogin_everyPageLeadsToTheLoginPage() throws Exception {
    assertThat(mvc.perform(get("/portal/requests")).andReturn().getResponse().getRedirectedUrl())
        .endsWith("/portal/login");
  }

  private MockHttpServletRequestBuilder submit(Cookie session, String key, String title,
      MockMultipartFile... files) {
    var request = multipart("/portal/requests");
    for (MockMultipartFile file : files) {
      request.file(file);
    }
    return request.cookie(session).with(csrf()).param("idempotencyKey", key).param("category", "land")
        .param("title", title).param("description", "扩产需要新增用地。").param("urgency", "NORMAL")
        .param("contactName", "王经理").param("contactPhone", "020-12345678");
  }

  private Cookie login(String user) throws Exception {
    return PortalSessions.login(mvc, user);
  }

  private static Cookie session(MvcResult result) {
    return PortalSessions.of(result);
  }
}
