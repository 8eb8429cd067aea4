package org.steward.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.directory.DirectoryManagement;
import org.steward.shared.StewardClock;
import org.steward.visit.VisitFixtures;
import org.steward.visit.Visits;

import jakarta.servlet.http.Cookie;

/**
 * 走访记录 on the portal, on PostgreSQL, as a browser would use it: wangjing visited ent05 and raised one of the two
 * problems found as a request; ent05's page lists the visit (date, mode, officer) with that request linked and the
 * visit planned next, never the officer's notes (people met, situation) nor the problem left unraised; ent04 sees none
 * of it and cannot open the request. Many visits come ten a page.
 */
@SpringBootTest(properties = "steward.demo.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class PortalVisitsIT {

  @Autowired
  MockMvc mvc;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  Visits visits;
  @Autowired
  DirectoryManagement directory;

  @Test
  void theEnterpriseSeesItsVisitsAndTheRequestRaised_notTheOfficersNotes_andAnotherEnterpriseNothing()
      throws Exception {
    long ent05 = directory.enterpriseOfUser("ent05").orElseThrow().id();
    long visit = VisitFixtures.record(jdbc, visits, ent05, "wangjing", LocalDate.of(2025, 11, 12), "ON_SITE",
        "赵厂长（生产副总）", "冷库改造进行中，资金周转偏紧", "冷库扩建需增加用电容量\n希望协调检测机构上门服务");
    String caseNumber = VisitFixtures.raise(visits, visit, 1, "wangjing");
    LocalDate due = StewardClock.today().plusDays(10);
    VisitFixtures.plan(jdbc, ent05, "wangjing", StewardClock.today().withDayOfMonth(1), due);

    Cookie ent05Session = login("ent05");
    String page = page(ent05Session, "/portal/visits", 200);
    assertThat(page).contains("href=\"/portal/visits\"", "走访记录", "2025-11-12", "实地走访", "王静",
        "href=\"/portal/requests/" + caseNumber + "\"", "冷库扩建需增加用电容量", "待签收", "下次走访", "每月",
        due.toString());
    assertThat(page).as("the officer's notes stay internal")
        .doesNotContain("赵厂长", "生产副总", "冷库改造进行中", "资金周转偏紧", "希望协调检测机构上门服务");
    assertThat(page(ent05Session, "/portal/requests/" + caseNumber, 200)).contains("冷库扩建需增加用电容量");

    Cookie ent04Session = login("ent04");
    assertThat(page(ent04Session, "/portal/visits", 200)).contains("暂无走访记录")
        .doesNotContain(caseNumber, "2025-11-12", "王静", "下次走访");
    assertThat(page(ent04Session, "/portal/requests/" + caseNumber, 404)).doesNotContain("冷库扩建");
  }

  @Test
  void elevenVisits_comeTenAPage_newestFirst() throws Exception {
    long ent06 = directory.enterpriseOfUser("ent06").orElseThrow().id();
    for (int month = 1; month <= 11; month++) {
      VisitFixtures.record(jdbc, visits, ent06, "lina", LocalDate.of(2024, month, 10), "PHONE", "周经理",
          "经营平稳", "");
    }
    Cookie session = login("ent06");

    String first = page(session, "/portal/visits", 200);
    assertThat(first).contains("2024-11-10", "2024-02-10", "第 1 / 2 页", "href=\"/portal/visits?page=1\"", "电话走访",
        "本次走访未形成诉求").doesNotContain("2024-01-10", "上一页");
    String second = page(session, "/portal/visits?page=1", 200);
    assertThat(second).contains("2024-01-10", "第 2 / 2 页", "href=\"/portal/visits?page=0\"")
        .doesNotContain("2024-02-10", "下一页");
  }

  private String page(Cookie session, String path, int status) throws Exception {
    MvcResult result = mvc.perform(get(path).cookie(session)).andReturn();
    assertThat(result.getResponse().getStatus()).as(path).isEqualTo(status);
    return result.getResponse().getContentAsString();
  }

  private Cookie login(String user) throws Exception {
    return PortalSessions.login(mvc, user);
  }
}
