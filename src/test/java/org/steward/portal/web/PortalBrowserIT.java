package org.steward.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.steward.ApiCalls;
import org.steward.HeadlessChromium;
import org.steward.InBrowser;
import org.steward.attachment.SampleFiles;
import org.steward.directory.DirectoryManagement;
import org.steward.request.RequestFixtures;

/**
 * The enterprise's half in headless Chromium, phone first (390×844) and on a desktop: ent01 raises a request with a
 * photo, finds it in 我的诉求, withdraws another, supplies material when its officer asks, rates a reply; a title made
 * to run script is shown as text; the officer sees the photo in Tasklist's 案件信息 tab. The officer's steps are
 * driven through engine-rest as the officer. Screenshots of every page go to target/screenshots.
 */
class PortalBrowserIT extends InBrowser {


  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;

  @Test
  void enterpriseOnAPhone_raisesFollowsWithdrawsSuppliesAndRates_andTheOfficerSeesTheFileInTasklist()
      throws Exception {
    ApiCalls api = new ApiCalls(http, "demo");
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    browser = HeadlessChromium.start(390, 844);
    open("/portal/login");
    HeadlessChromium.screenshot(browser, "portal-login.png");
    logIn("ent01");
    assertThat(text(By.cssSelector("main"))).contains("我的首席服务官", "张伟", "办理中", "待评价");
    HeadlessChromium.screenshot(browser, "portal-home.png");

    // raise a request with a photo
    String caseNumber = raise("新厂房用地指标", photo());
    assertThat(text(By.cssSelector(".notice"))).contains("诉求已提交", caseNumber);
    assertThat(browser.findElement(By.linkText("现场照片.png")).getDomAttribute("href"))
        .startsWith("/portal/attachments/");
    HeadlessChromium.screenshot(browser, "portal-request.png");

    // a title written to run script is shown as text, and nothing ran
    String hostile = "<img src=x onerror=\"window.stewardXss=1\"><script>window.stewardXss=2</script>";
    raise(hostile, null);
    assertThat(text(By.tagName("h1"))).isEqualTo(hostile);
    assertThat(((JavascriptExecutor) browser).executeScript("return window.stewardXss === undefined")).isEqualTo(true);

    open("/portal/requests");
    assertThat(text(By.cssSelector("ul.cases"))).contains(caseNumber, "新厂房用地指标", "待签收");
    HeadlessChromium.screenshot(browser, "portal-requests.png");

    // withdraw another request
    String withdrawn = api.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, "不再需要的诉求"),
        HttpStatus.CREATED).path("caseNumber").asText();
    open("/portal/requests/" + withdrawn);
    browser.findElement(By.id("reason")).sendKeys("问题已自行解决");
    browser.findElement(By.cssSelector("button.danger")).click();
    waitFor(By.cssSelector(".notice"));
    assertThat(text(By.cssSelector("main"))).contains("已撤回", "问题已自行解决");

    // supply material when the officer asks for it
    String asked = api.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, "缺材料的诉求"),
        HttpStatus.CREATED).path("caseNumber").asText();
    api.completeTask("zhangwei", asked, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    api.completeTask("zhangwei", asked, DECIDE_HANDLING, "decision", "REQUEST_MATERIAL", "materialAsk",
        "请补充用地红线图。");
    open("/portal/requests/" + asked);
    assertThat(text(By.cssSelector(".card.action"))).contains("请补充材料", "请补充用地红线图。");
    browser.findElement(By.id("answer")).sendKeys("红线图见附件。");
    browser.findElement(By.id("material-files")).sendKeys(file("红线图.pdf", SampleFiles.pdf()).toString());
    HeadlessChromium.screenshot(browser, "portal-material.png");
    browser.findElement(By.cssSelector("form[action$='/material'] button")).click();
    waitFor(By.cssSelector(".notice"));
    assertThat(text(By.cssSelector("main"))).contains("材料已提交", "已签收", "红线图.pdf");

    // rate a reply
    String replied = api.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, "即时解决的诉求"),
        HttpStatus.CREATED).path("caseNumber").asText();
    api.completeTask("zhangwei", replied, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    api.completeTask("zhangwei", replied, DECIDE_HANDLING, "decision", "RESOLVE_DIRECTLY", "answer",
        "已协调供电局本周内接入。");
    open("/portal/requests/" + replied);
    assertThat(text(By.cssSelector("main"))).contains("已协调供电局本周内接入。", "评价本次服务");
    browser.findElement(By.cssSelector("input[name='satisfaction'][value='SATISFIED']")).click();
    HeadlessChromium.screenshot(browser, "portal-rating.png");
    browser.findElement(By.cssSelector("form[action$='/rating'] button")).click();
    waitFor(By.cssSelector(".notice"));
    assertThat(text(By.cssSelector("main"))).contains("已销号");

    open("/portal/messages");
    assertThat(text(By.cssSelector("ul.messages"))).contains("请补充用地红线图。");
    HeadlessChromium.screenshot(browser, "portal-messages.png");
    browser.quit();

    // the same home page on a desktop
    browser = HeadlessChromium.start(1280, 860);
    open("/portal/login");
    logIn("ent01");
    HeadlessChromium.screenshot(browser, "portal-home-desktop.png");
    browser.quit();

    // the officer opens the case's task in Tasklist and finds the photo in the 案件信息 tab
    browser = HeadlessChromium.start(1440, 900);
    String task = api.call("zhangwei", HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=" + ACKNOWLEDGE_REQUEST, null, HttpStatus.OK).get(0).path("id").asText();
    logInToCamunda("tasklist", "zhangwei", TASKLIST_READY);
    open("/camunda/app/tasklist/default/#/?task=" + task);
    reloadUntil(By.xpath("//a[normalize-space(.)='案件信息']")).click();
    // the tab renders the case, or says why it cannot: either way the test shows what it found
    WebElement tab = waitFor(By.cssSelector(".steward-case-tab, .steward-no-case, .steward-case-error"));
    assertThat(tab.getText()).contains(caseNumber, "新厂房用地指标", "待签收", "张伟", "现场照片.png", "提交诉求");
    assertThat(tab.findElement(By.linkText("现场照片.png")).getDomAttribute("href"))
        .startsWith("/api/attachments/");
    HeadlessChromium.screenshot(browser, "tasklist-case-tab.png");
  }

  private String raise(String title, Path attachment) {
    open("/portal/requests/new");
    new Select(browser.findElement(By.id("category"))).selectByVisibleText("用地");
    browser.findElement(By.id("title")).sendKeys(title);
    browser.findElement(By.id("description")).sendKeys("扩产需要新增用地 20 亩，已完成规划初步论证。");
    browser.findElement(By.id("contactName")).sendKeys("王经理");
    browser.findElement(By.id("contactPhone")).sendKeys("020-12345678");
    if (attachment != null) {
      browser.findElement(By.id("files")).sendKeys(attachment.toString());
      try {
        HeadlessChromium.screenshot(browser, "portal-new-request.png");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    browser.findElement(By.cssSelector("form[action$='/portal/requests'] button[type='submit']")).click();
    new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.urlMatches(".*/portal/requests/QY[^/?]+.*"));
    String url = browser.getCurrentUrl();
    return url.substring(url.indexOf("/portal/requests/") + "/portal/requests/".length()).replaceAll("\\?.*", "");
  }

  private void logIn(String user) {
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    waitFor(By.cssSelector(".officer"));
  }


  private String text(By locator) {
    return waitFor(locator).getText();
  }

  private static Path photo() throws IOException {
    return file("现场照片.png", SampleFiles.png());
  }

  private static Path file(String name, byte[] content) throws IOException {
    Path directory = Files.createTempDirectory("steward-upload-");
    return Files.write(directory.resolve(name), content);
  }
}
