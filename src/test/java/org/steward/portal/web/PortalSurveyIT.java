package org.steward.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.directory.TargetInput;
import org.steward.request.Caller;
import org.steward.shared.StewardClock;
import org.steward.survey.Campaigns;
import org.steward.survey.NewCampaign;

import jakarta.servlet.http.Cookie;

/**
 * The enterprise's 问卷 pages on PostgreSQL, as a browser would use them: a survey opened for ent01 is listed to be
 * answered; a bad answer comes back with what was typed and a Chinese reason beside each question, and stores nothing;
 * a good one is stored and can be changed until the close, after which the page only shows it; another enterprise
 * finds no such survey.
 */
@SpringBootTest(properties = "steward.demo.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class PortalSurveyIT {

  private static final Caller ADMIN = new Caller("demo", Set.of(StewardGroups.ADMIN));

  @Autowired
  MockMvc mvc;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  Campaigns campaigns;
  @Autowired
  DirectoryManagement directory;

  @Test
  void anOpenSurvey_isListed_andShowsItsQuestions() throws Exception {
    String title = "经营现状调查" + suffix();
    long id = openFor("ent01", title);
    Cookie session = login("ent01");

    assertThat(page(session, "/portal/surveys")).contains(title, "待填写", "截止日期", "/portal/surveys/" + id);
    assertThat(page(session, "/portal/surveys/" + id)).contains(title, "本季度营业收入同比变化", "当前主要困难",
        "name=\"revenueChange\"", "name=\"mainDifficulties\"", "name=\"employeeCount\"", "type=\"date\"",
        "name=\"_csrf\"", "提交答卷");
  }

  @Test
  void aBadAnswer_comesBackInChinese_withWhatWasTyped_andStoresNothing() throws Exception {
    long id = openFor("ent01", "经营现状调查" + suffix());
    Cookie session = login("ent01");

    MvcResult refused = mvc.perform(answer(id, session, "很多").param("revenueChange", "SOARING")).andReturn();

    assertThat(refused.getResponse().getStatus()).isEqualTo(400);
    assertThat(refused.getResponse().getContentAsString()).contains("请修改标出的内容后再提交", "很多",
        "用电增容审批较慢", "aria-invalid=\"true\"");
    assertThat(answers(id)).isZero();
  }

  @Test
  void aGoodAnswer_isStored_andCanBeChangedUntilTheClose() throws Exception {
    long id = openFor("ent01", "经营现状调查" + suffix());
    Cookie session = login("ent01");

    MvcResult saved = mvc.perform(answer(id, session, "120")).andReturn();
    assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/portal/surveys/" + id + "?saved");
    String shown = mvc.perform(get("/portal/surveys/" + id).param("saved", "").cookie(session)).andReturn()
        .getResponse().getContentAsString();
    assertThat(shown).contains("答卷已保存", "保存修改", "value=\"120\"", "用电增容审批较慢");
    assertThat(page(session, "/portal/surveys")).contains("已填写");

    mvc.perform(answer(id, session, "135")).andReturn();
    assertThat(answers(id)).isEqualTo(1);
    assertThat(page(session, "/portal/surveys/" + id)).contains("value=\"135\"");

    campaigns.close(id);
    assertThat(page(session, "/portal/surveys/" + id)).contains("问卷已截止", "135").doesNotContain("保存修改");
    MvcResult late = mvc.perform(answer(id, session, "150")).andReturn();
    assertThat(late.getResponse().getStatus()).isEqualTo(409);
    assertThat(late.getResponse().getContentAsString()).contains("尚未开放或已截止");
    assertThat(page(session, "/portal/surveys/" + id)).contains("135").doesNotContain("150");
  }

  @Test
  void anotherEnterprise_findsNoSuchSurvey() throws Exception {
    long id = openFor("ent01", "仅发给一家企业的问卷" + suffix());
    Cookie other = login("ent02");

    MvcResult refused = mvc.perform(get("/portal/surveys/" + id).cookie(other)).andReturn();
    assertThat(refused.getResponse().getStatus()).isEqualTo(404);
    assertThat(refused.getResponse().getContentAsString()).contains("没有找到您要的内容");
    assertThat(mvc.perform(answer(id, other, "9")).andReturn().getResponse().getStatus()).isEqualTo(404);
    assertThat(page(other, "/portal/surveys")).doesNotContain("/portal/surveys/" + id + "\"");
    assertThat(answers(id)).isZero();
  }

  /** A campaign of business-conditions for {@code user}'s enterprise, opened at once. */
  private long openFor(String user, String title) {
    long enterprise = directory.enterpriseOfUser(user).orElseThrow().id();
    long id = campaigns.create(new NewCampaign("business-conditions", title,
        new TargetInput(List.of(), List.of(), List.of(), false, List.of(enterprise)), StewardClock.today().toString(),
        StewardClock.today().plusDays(14).toString(), null), ADMIN).id();
    campaigns.open(id);
    return id;
  }

  /** A complete answer but for {@code employees}, as the page posts it. */
  private static MockHttpServletRequestBuilder answer(long id, Cookie session, String employees) {
    return post("/portal/surveys/" + id).cookie(session).with(csrf()).param("revenueChange", "DOWN_WITHIN_10")
        .param("mainDifficulties", "FINANCING", "POWER").param("employeeCount", employees)
        .param("overallSatisfaction", "4").param("coordinationNeeded", "NEEDED")
        .param("coordinationMatters", "用电增容审批较慢");
  }

  private long answers(long campaign) {
    return jdbc.sql("select count(*) from survey_answer where campaign_id = :c").param("c", campaign)
        .query(Long.class).single();
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
