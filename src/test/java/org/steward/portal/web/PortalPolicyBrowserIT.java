package org.steward.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.steward.directory.TargetInput;
import org.steward.HeadlessChromium;
import org.steward.InBrowser;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.policy.NewPolicy;
import org.steward.policy.Policies;
import org.steward.policy.PolicyJobs;
import org.steward.request.Caller;
import org.steward.shared.StewardClock;

/**
 * The enterprise's 政策 pages in headless Chromium on a phone (390×844): ent01 finds a policy published for it under
 * 政策, unread, reads it (its Markdown as headings and lists, a script in it shown as text and not run) and asks about
 * it with 我要咨询, which becomes one of its requests. Screenshots go to target/screenshots.
 */
class PortalPolicyBrowserIT extends InBrowser {

  @Autowired
  Policies policies;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  DirectoryManagement directory;

  @Test
  void enterpriseOnAPhone_readsItsPolicy_andAsksAboutIt() throws Exception {
    long id = publishForEnt01("2026年度先进制造业高质量发展专项资金", """
        ## 支持对象

        在本区注册、上年度工业产值 **5000 万元** 以上的先进制造业企业。

        ## 支持方式

        1. 技术改造：按设备投资额的 10% 给予补助，最高 500 万元；
        2. 首台（套）装备：按销售额的 20% 给予奖励。

        > 申报材料请于截止日前通过“我要咨询 / 申报”提交。
        """);
    browser = HeadlessChromium.start(390, 844);
    logInToPortal("ent01");

    // the menu counts the unread policy
    assertThat(Integer.parseInt(text(By.cssSelector("nav a[href='/portal/policies'] .badge")))).isPositive();
    browser.findElement(By.cssSelector("nav a[href='/portal/policies']")).click();
    String list = waitFor(By.cssSelector("ul.policies")).getText();
    assertThat(list).contains("未读", "2026年度先进制造业高质量发展专项资金", "区工业和信息化局");
    HeadlessChromium.screenshot(browser, "portal-policies.png");

    browser.findElement(By.cssSelector("a[href='/portal/policies/" + id + "']")).click();
    String body = waitFor(By.cssSelector(".policy-body")).getText();
    assertThat(body).contains("支持对象", "技术改造");
    assertThat(browser.findElements(By.cssSelector(".policy-body h2"))).hasSize(3);
    HeadlessChromium.screenshot(browser, "portal-policy.png");

    // a script in a policy's text is shown as text and never runs
    long scripted = publishForEnt01("含脚本的政策", "正文。\n\n<script>window.stewardXss=1</script>");
    open("/portal/policies/" + scripted);
    assertThat(waitFor(By.cssSelector(".policy-body")).getText()).contains("<script>window.stewardXss=1</script>");
    assertThat(((JavascriptExecutor) browser).executeScript("return window.stewardXss === undefined")).isEqualTo(true);
    open("/portal/policies/" + id);
    waitFor(By.id("question"));

    browser.findElement(By.id("question")).sendKeys("我司去年购置设备 800 万元，能否申报技术改造补助？");
    browser.findElement(By.id("contactName")).sendKeys("王经理");
    browser.findElement(By.id("contactPhone")).sendKeys("020-12345678");
    browser.findElement(By.cssSelector("form[action$='/consult'] button[type='submit']")).click();
    new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.urlMatches(".*/portal/requests/QY[^/?]+.*"));
    assertThat(waitFor(By.cssSelector(".notice")).getText()).contains("诉求已提交");
    assertThat(waitFor(By.cssSelector("main")).getText()).contains("政策咨询：2026年度先进制造业高质量发展专项资金");
  }

  private String text(By locator) {
    return waitFor(locator).getText();
  }

  private long publishForEnt01(String title, String body) {
    Caller admin = new Caller("demo", Set.of(StewardGroups.ADMIN));
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    long id = policies.draft(new NewPolicy(title, "区工业和信息化局", "支持先进制造业企业技术改造和首台（套）装备推广应用。", body,
        StewardClock.today().toString(), StewardClock.today().plusDays(180).toString(), null,
        new TargetInput(List.of(), List.of(), List.of(), false, List.of(ent01))), admin).id();
    policies.publish(id, admin);
    PolicyJobs.deliver(runtime, management, id);
    return id;
  }
}
