package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.handling.process.DepartmentHandlingProcess.HANDLE_MATTER;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.steward.ApiCalls;
import org.steward.HeadlessChromium;
import org.steward.InBrowser;
import org.steward.directory.DirectoryManagement;
import org.steward.request.RequestFixtures;

/**
 * The officers' and departments' Camunda Forms in Tasklist, in headless Chromium in Chinese: the officer hands a case
 * over by choosing departments by name; a department signs for and handles its matter; the date picker speaks Chinese;
 * switching away from 申请延期 never leaves 完成 dead. Screenshots go to target/screenshots.
 */
class TasklistFormsBrowserIT extends InBrowser {


  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;

  private ApiCalls api;

  @Test
  void officerHandsOver_byChoosingDepartmentsByName() throws Exception {
    api = new ApiCalls(http, "demo");
    String caseNumber = acknowledgedCase("新厂房用地指标");
    browser = HeadlessChromium.start(1440, 1000);
    logIn("zhangwei");

    openTask("zhangwei", caseNumber, DECIDE_HANDLING);
    choose("交办部门");
    // the routing table's suggestion, shown by name
    assertThat(field("牵头部门").findElement(By.cssSelector("input")).getDomProperty("value")).isEqualTo("自然资源局");
    assertThat(tags("配合部门")).containsExactly("住房和城乡建设局");
    assertThat(text(By.cssSelector(".fjs-container"))).doesNotContain("resources", "housing", "代码");
    pickTag("配合部门", "供电");
    assertThat(tags("配合部门")).containsExactly("住房和城乡建设局", "供电局");
    HeadlessChromium.screenshot(browser, "tasklist-decide-handling.png");
    complete();

    JsonNode units = api.call("zhangwei", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK)
        .path("units");
    assertThat(units.findValuesAsText("department")).containsExactlyInAnyOrder("resources", "housing", "power");
  }

  @Test
  void departmentSignsByClaiming_andSwitchingAwayFromAnExtensionNeverLeavesCompleteDead() throws Exception {
    api = new ApiCalls(http, "demo");
    String caseNumber = acknowledgedCase("临时用电报装");
    api.completeTask("zhangwei", caseNumber, DECIDE_HANDLING, "decision", "HAND_OVER", "leadDepartment", "power",
        "cooperatingDepartments", "", "timeLimit", 5);
    browser = HeadlessChromium.start(1440, 1000);
    logIn("power01");

    openTask("power01", caseNumber, HANDLE_MATTER);
    click(waitFor(By.xpath("//button[normalize-space(.)='认领']")));
    waitFor(By.cssSelector(".fjs-container input[type='radio']:not([disabled])"));
    assertThat(api.call("zhangwei", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK)
        .path("units").get(0).path("state").asText()).isEqualTo("SIGNED");

    // the sequence that used to leave 完成 dead: 申请延期, open the date picker, pick nothing, back to 反馈办理结果
    choose("申请延期");
    WebElement date = field("申请延至").findElement(By.cssSelector("input"));
    click(date);
    WebElement calendar = waitFor(By.cssSelector(".flatpickr-calendar.open"));
    HeadlessChromium.screenshot(browser, "tasklist-date-picker.png");
    assertThat(calendar.getText()).contains("日", "一", "二").doesNotContain("Sun", "Mon", "January", "December");
    assertThat(date.getDomAttribute("placeholder")).isEqualTo("yyyy-mm-dd");
    click(field("理由").findElement(By.cssSelector("textarea")));
    choose("反馈办理结果");
    field("办理结果").findElement(By.cssSelector("textarea")).sendKeys("已完成临时用电接入。");
    HeadlessChromium.screenshot(browser, "tasklist-handle-matter.png");
    complete();

    assertThat(api.call("zhangwei", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK)
        .path("units").get(0).path("feedback").asText()).isEqualTo("已完成临时用电接入。");
  }

  private String acknowledgedCase(String title) {
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    String caseNumber = api.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, title),
        HttpStatus.CREATED).path("caseNumber").asText();
    api.completeTask("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到，今天内联系您。");
    return caseNumber;
  }

  private void logIn(String user) {
    open("/camunda/app/tasklist/default/");
    waitFor(By.cssSelector("input[ng-model='username']")).sendKeys(user);
    browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    waitFor(By.cssSelector(".task-filters"));
  }

  private void openTask(String user, String caseNumber, String taskKey) {
    JsonNode tasks = api.call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=" + taskKey, null, HttpStatus.OK);
    open("/camunda/app/tasklist/default/#/?task=" + tasks.get(0).path("id").asText());
    waitFor(By.cssSelector(".fjs-container .fjs-form-field"));
  }

  /** Clicks the radio option with this label. */
  private void choose(String option) {
    click(waitFor(By.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space(.)='" + option
        + "']")));
  }

  private WebElement field(String label) {
    return waitFor(By.xpath("//div[contains(@class,'fjs-form-field')][.//label[starts-with(normalize-space(.),'"
        + label + "')]]"));
  }

  private List<String> tags(String label) {
    return field(label).findElements(By.cssSelector(".fjs-taglist-tag-label")).stream().map(WebElement::getText)
        .toList();
  }

  private void pickTag(String label, String typed) {
    WebElement input = field(label).findElement(By.cssSelector("input.fjs-taglist-input"));
    click(input);
    input.sendKeys(typed);
    waitFor(By.cssSelector(".fjs-dropdownlist-item"));
    input.sendKeys(Keys.ENTER);
  }

  private void complete() {
    WebElement button = waitFor(By.xpath("//button[@type='submit'][normalize-space(.)='完成']"));
    click(new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.elementToBeClickable(button)));
    new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector(".fjs-container")));
  }

  /** Clicks in the middle of the window: Tasklist's fixed footer and task header cover what is at the edges. */
  private void click(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }


  private String text(By locator) {
    return waitFor(locator).getText();
  }
}
