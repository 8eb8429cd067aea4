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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.attachment.SampleFiles;

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
    MockHttpSession session = login("ent01");

    MvcResult home = mvc.perform(get("/portal/").session(session)).andReturn();

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
    assertThat(mvc.perform(get("/portal/").session(session(login))).andReturn().getResponse().getRedirectedUrl())
        .endsWith("/portal/login");
  }

  @Test
  void wrongPassword_staysOnTheLoginPage_inChinese() throws Exception {
    MvcResult login = mvc.perform(formLogin("/portal/login").user("ent01").password("wrong")).andReturn();

    assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/portal/login?error");
    assertThat(mvc.perform(get("/portal/login").param("error", "")).andReturn().getResponse().getContentAsString())
        .contains("用户名或密码不正确");
  }

  @Test
  void fiveWrongPasswords_lockTheAccount_andTheLoginPageSaysWhy() throws Exception {
    MvcResult last = null;
    for (int i = 0; i < 5; i++) {
      last = mvc.perform(formLogin("/portal/login").user("ent09").password("wrong")).andReturn();
    }
    MvcResult right = mvc.perform(formLogin("/portal/login").user("ent09").password("demo")).andReturn();

    assertThat(right.getResponse().getRedirectedUrl()).isEqualTo("/portal/login?error");
    String page = mvc.perform(get("/portal/login").param("error", "").session(session(right))).andReturn()
        .getResponse().getContentAsString();
    assertThat(page).contains("登录失败次数过多", "账户已锁定");
    assertThat(last.getResponse().getRedirectedUrl()).isEqualTo("/portal/login?error");
    jdbc.sql("delete from login_failure where user_id = 'ent09'").update();
  }

  @Test
  void aFormSentTwice_makesOneCase_withItsFile_andTheTitleIsShownEscaped() throws Exception {
    MockHttpSession session = login("ent01");
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

    String page = mvc.perform(get("/portal/requests/" + caseNumber).session(session)).andReturn().getResponse()
        .getContentAsString();
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;", "现场照片.png")
        .doesNotContain("<script>alert(1)", "<img src=x");
    String list = mvc.perform(get("/portal/requests").session(session)).andReturn().getResponse()
        .getContentAsString();
    assertThat(list).contains(caseNumber, "待签收").doesNotContain("<script>alert(1)");
  }

  @Test
  void formWithoutItsCsrfToken_isRefused() throws Exception {
    MockHttpSession session = login("ent01");
    MockHttpServletRequestBuilder forged = post("/portal/requests").session(session).param("title", "伪造")
        .param("idempotencyKey", UUID.randomUUID().toString());

    assertThat(mvc.perform(forged).andReturn().getResponse().getStatus()).isEqualTo(403);
    assertThat(jdbc.sql("select count(*) from request where title = '伪造'").query(Long.class).single()).isZero();
  }

  @Test
  void badInput_comesBackWithChineseMessages_andEverythingTyped() throws Exception {
    MockHttpSession session = login("ent01");

    MvcResult refused = mvc.perform(multipart("/portal/requests").session(session).with(csrf())
        .param("idempotencyKey", UUID.randomUUID().toString()).param("category", "land").param("title", " ")
        .param("description", "这段说明不能丢").param("urgency", "NORMAL").param("contactName", "王经理")
        .param("contactPhone", "020-12345678")).andReturn();

    assertThat(refused.getResponse().getStatus()).isEqualTo(400);
    assertThat(refused.getResponse().getContentAsString()).contains("这段说明不能丢", "王经理", "不能为空");
  }

  @Test
  void refusedFile_keepsTheFormAndStoresNothing() throws Exception {
    MockHttpSession session = login("ent01");
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
    MockHttpSession owner = login("ent01");
    String location = mvc.perform(submit(owner, UUID.randomUUID().toString(), "别家看不到",
        new MockMultipartFile("files", "营业执照.pdf", "application/pdf", SampleFiles.pdf()))).andReturn()
        .getResponse().getRedirectedUrl();
    String caseNumber = location.substring("/portal/requests/".length(), location.indexOf('?'));
    long file = jdbc.sql("select id from attachment where case_number = :c").param("c", caseNumber)
        .query(Long.class).single();
    assertThat(mvc.perform(get("/portal/attachments/" + file).session(owner)).andReturn().getResponse()
        .getHeader("Content-Disposition")).startsWith("attachment;");

    MockHttpSession other = login("ent02");

    assertThat(mvc.perform(get("/portal/requests/" + caseNumber).session(other)).andReturn().getResponse()
        .getStatus()).isEqualTo(404);
    assertThat(mvc.perform(get("/portal/attachments/" + file).session(other)).andReturn().getResponse()
        .getStatus()).isEqualTo(404);
    assertThat(mvc.perform(post("/portal/requests/" + caseNumber + "/withdrawal").session(other).with(csrf())
        .param("reason", "不要了")).andReturn().getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void enterpriseWithdrawsOnThePortal_andReadsItsMessages() throws Exception {
    MockHttpSession session = login("ent01");
    String location = mvc.perform(submit(session, UUID.randomUUID().toString(), "门户撤回")).andReturn()
        .getResponse().getRedirectedUrl();
    String caseNumber = location.substring("/portal/requests/".length(), location.indexOf('?'));
    assertThat(mvc.perform(get("/portal/requests/" + caseNumber).session(session)).andReturn().getResponse()
        .getContentAsString()).contains("撤回诉求");

    mvc.perform(post("/portal/requests/" + caseNumber + "/withdrawal").session(session).with(csrf())
        .param("reason", "已自行解决"));

    String page = mvc.perform(get("/portal/requests/" + caseNumber).session(session)).andReturn().getResponse()
        .getContentAsString();
    assertThat(page).contains("已撤回", "已自行解决").doesNotContain("撤回理由");
    mvc.perform(get("/portal/messages").session(session));
    assertThat(jdbc.sql("select count(*) from notification where recipient = 'ent01' and read_at is null")
        .query(Long.class).single()).isZero();
  }

  @Test
  void enterpriseWithAProject_seesItsMilestones_andReportsAProblem_othersCannot() throws Exception {
    MockHttpSession session = login("ent07");
    String page = mvc.perform(get("/portal/projects").session(session)).andReturn().getResponse()
        .getContentAsString();
    assertThat(page).contains("汽车零部件智能工厂扩建", "动工", "竣工", "投产", "上报卡点");

    MvcResult reported = mvc.perform(post("/portal/projects/XM-DEMO-003/problems").session(session).with(csrf())
        .param("milestone", "CONSTRUCTION_START").param("category", "power")
        .param("description", "施工用电尚未接入。")).andReturn();

    assertThat(reported.getResponse().getRedirectedUrl()).isEqualTo("/portal/projects");
    assertThat(String.valueOf(reported.getFlashMap().get("notice"))).startsWith("卡点已上报，案件编号 QY");
    MockHttpSession other = login("ent01");
    assertThat(mvc.perform(get("/portal/").session(other)).andReturn().getResponse().getContentAsString())
        .doesNotContain("我的项目");
    assertThat(mvc.perform(post("/portal/projects/XM-DEMO-003/problems").session(other).with(csrf())
        .param("milestone", "CONSTRUCTION_START").param("category", "power").param("description", "冒充"))
        .andReturn().getResponse().getStatus()).isEqualTo(404);
  }

  @Test
  void withoutALogin_everyPageLeadsToTheLoginPage() throws Exception {
    assertThat(mvc.perform(get("/portal/requests")).andReturn().getResponse().getRedirectedUrl())
        .endsWith("/portal/login");
  }

  private MockHttpServletRequestBuilder submit(MockHttpSession session, String key, String title,
      MockMultipartFile... files) {
    var request = multipart("/portal/requests");
    for (MockMultipartFile file : files) {
      request.file(file);
    }
    return request.session(session).with(csrf()).param("idempotencyKey", key).param("category", "land")
        .param("title", title).param("description", "扩产需要新增用地。").param("urgency", "NORMAL")
        .param("contactName", "王经理").param("contactPhone", "020-12345678");
  }

  private MockHttpSession login(String user) throws Exception {
    MvcResult login = mvc.perform(formLogin("/portal/login").user(user).password("demo")).andReturn();
    assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/portal/");
    return session(login);
  }

  private static MockHttpSession session(MvcResult result) {
    return (MockHttpSession) result.getRequest().getSession();
  }
}
