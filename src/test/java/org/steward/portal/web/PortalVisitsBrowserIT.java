package org.steward.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.steward.ApiCalls;
import org.steward.HeadlessChromium;
import org.steward.InBrowser;
import org.steward.directory.DirectoryManagement;
import org.steward.shared.StewardClock;
import org.steward.visit.VisitFixtures;
import org.steward.visit.Visits;

/**
 * 走访记录 in headless Chromium: on a phone (390×844) ent08 finds under 走访记录 its officer's two visits, the newest
 * first, the request raised from one of them (opened from there) and the visit planned next, without the officer's
 * notes; its officer xuming, handling that request in Tasklist, sees the visits in the 案件信息 tab. Screenshots go to
 * target/screenshots.
 */
class PortalVisitsBrowserIT extends InBrowser {

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  Visits visits;
  @Autowired
  DirectoryManagement directory;

  @Test
  void enterpriseOnAPhone_readsItsVisits_andOpensTheRequestRaised_andTheOfficerSeesThemInTasklist()
      throws Exception {
    long ent08 = directory.enterpriseOfUser("ent08").orElseThrow().id();
    long september = VisitFixtures.record(jdbc, visits, ent08, "xuming", LocalDate.of(2025, 9, 18), "ON_SITE",
        "陈总经理", "研发团队扩至 80 人，办公场地紧张", "研发办公用房不足，希望推荐园区载体\n软件著作权登记流程咨询");
    String caseNumber = VisitFixtures.raise(visits, september, 1, "xuming");
    VisitFixtures.record(jdbc, visits, ent08, "xuming", LocalDate.of(2025, 10, 20), "VIDEO", "陈总经理",
        "搬迁方案已定，经营平稳", "");
    LocalDate due = StewardClock.today().plusDays(12);
    VisitFixtures.plan(jdbc, ent08, "xuming", StewardClock.today().withDayOfMonth(1), due);

    browser = HeadlessChromium.start(390, 844);
    logInToPortal("ent08");
    browser.findElement(By.cssSelector("nav a[href='/portal/visits']")).click();

    String page = waitFor(By.cssSelector("ul.visits")).getText();
    assertThat(page).contains("2025-10-20 视频走访", "2025-09-18 实地走访", "徐明", "本次走访未形成诉求",
        "研发办公用房不足，希望推荐园区载体", caseNumber, "待签收");
    assertThat(page.indexOf("2025-10-20")).as("newest first").isLessThan(page.indexOf("2025-09-18"));
    assertThat(waitFor(By.cssSelector(".next-visit")).getText()).contains("下次走访", "每月", due.toString());
    assertThat(waitFor(By.tagName("main")).getText()).doesNotContain("陈总经理", "办公场地紧张", "经营平稳",
        "软件著作权登记流程咨询");
    HeadlessChromium.screenshot(browser, "portal-visits.png");

    browser.findElement(By.cssSelector("a[href='/portal/requests/" + caseNumber + "']")).click();
    new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.urlContains("/portal/requests/" + caseNumber));
    assertThat(waitFor(By.tagName("h1")).getText()).isEqualTo("研发办公用房不足，希望推荐园区载体");
    browser.quit();

    // the officer handling the request sees the enterprise's visits beside it in Tasklist
    ApiCalls api = new ApiCalls(http, "demo");
    String task = api.call("xuming", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=" + ACKNOWLEDGE_REQUEST, null, HttpStatus.OK).get(0).path("id").asText();
    browser = HeadlessChromium.start(1440, 900);
    logInToCamunda("tasklist", "xuming", TASKLIST_READY);
    open("/camunda/app/tasklist/default/#/?task=" + task);
    reloadUntil(By.xpath("//a[normalize-space(.)='案件信息']")).click();
    WebElement table = waitFor(By.cssSelector(".steward-case-tab .steward-visits"));
    assertThat(table.getText()).contains("走访日期", "发现问题", "转为诉求", "2025-10-20", "视频", "2025-09-18", "实地",
        "徐明", "2 个", caseNumber);
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", table);
    HeadlessChromium.screenshot(browser, "tasklist-case-visits.png");
  }
}
