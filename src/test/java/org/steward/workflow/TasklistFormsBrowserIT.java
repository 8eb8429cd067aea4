package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.handling.process.DepartmentHandlingProcess.HANDLE_MATTER;
import static org.steward.jointoffice.process.JointMeetingProcess.ANALYSE_ESCALATION;
import static org.steward.jointoffice.process.JointMeetingProcess.GIVE_POSITION;
import static org.steward.jointoffice.process.JointMeetingProcess.RECORD_MINUTES_TASK;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
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
 * switching away from 申请延期 never leaves 完成 dead; the joint-meeting office convenes departments by name and lists
 * its handover items one by one. Screenshots go to target/screenshots.
 */
class TasklistFormsBrowserIT extends InBrowser {

  private static final String OFFICE = "lianxiban";
  private static final String FIELD_CLASS = "contains(concat(' ', @class, ' '), ' fjs-form-field ')";

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
    logInToCamunda("tasklist", "zhangwei", TASKLIST_READY);

    // the task list writes Chinese names and commas (scripts/steward-punctuation.js, styles/user-styles.css)
    new WebDriverWait(browser, PATIENCE).until(d -> !d.findElements(By.cssSelector(".tasks-list .assignee")).isEmpty());
    assertThat(browser.findElements(By.cssSelector(".tasks-list .assignee"))).extracting(WebElement::getText)
        .contains("张伟");
    assertThat(((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.querySelector("
        + "'.tasks-list .dates > span > span:last-of-type'), '::after').content")).isEqualTo("\"，\"");

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
    logInToCamunda("tasklist", "power01", TASKLIST_READY);

    openTask("power01", caseNumber, HANDLE_MATTER);
    claim();
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

  @Test
  void jointOffice_convenesDepartmentsByName_andListsHandoverItemsOneByOne() throws Exception {
    api = new ApiCalls(http, "demo");
    String caseNumber = acknowledgedCase("新厂区供电供水同步接入");
    api.completeTask("zhangwei", caseNumber, DECIDE_HANDLING, "decision", "ESCALATE", "escalationReason",
        "涉及供电、供水两个部门，需联席研究");
    browser = HeadlessChromium.start(1440, 1000);
    logInToCamunda("tasklist", OFFICE, TASKLIST_READY);

    openTask(OFFICE, caseNumber, ANALYSE_ESCALATION);
    claim();
    assertThat(text(By.cssSelector(".fjs-container"))).doesNotContain("部门代码");
    choose("召开联席会议");
    pickTag("参会部门", "供电");
    pickTag("参会部门", "水务");
    assertThat(tags("参会部门")).containsExactly("供电局", "水务局");
    field("提出意见时限").findElement(By.cssSelector("input")).sendKeys("3");
    HeadlessChromium.screenshot(browser, "tasklist-analyse-escalation.png");
    complete();
    api.completeTask("power01", caseNumber, GIVE_POSITION, "position", "可在两周内完成专线接入");
    api.completeTask("water01", caseNumber, GIVE_POSITION, "position", "需先核定供水容量");

    openTask(OFFICE, caseNumber, RECORD_MINUTES_TASK);
    claim();
    WebElement minutes = field("会议纪要").findElement(By.cssSelector("textarea"));
    minutes.sendKeys("x");
    minutes.sendKeys(Keys.BACK_SPACE);
    assertThat(text(By.cssSelector(".fjs-form-field-error"))).isEqualTo("此项必填");
    minutes.sendKeys("供电局、水务局参会。");
    field("会议决定").findElement(By.cssSelector("textarea")).sendKeys("供电、供水同步接入");
    assertThat(fields("承办部门")).as("one row until it names a department").hasSize(1);
    fillItem(0, "供电", "完成专线接入", "10");
    fillItem(1, "水务", "核定并接入供水", "5");
    assertThat(fields("承办部门")).as("the next row, left empty").hasSize(3);
    HeadlessChromium.screenshot(browser, "tasklist-record-minutes.png");
    complete();

    JsonNode units = api.call("zhangwei", HttpMethod.GET, "/api/requests/" + caseNumber, null, HttpStatus.OK)
        .path("units");
    assertThat(units.findValuesAsText("department")).containsExactly("power", "water");
  }

  /** Fills the handover row at {@code index} (from 0): the department found by typing, the task, the working days. */
  private void fillItem(int index, String department, String task, String days) {
    WebElement select = new WebDriverWait(browser, PATIENCE).until(d -> fields("承办部门").size() > index ? fields("承办部门")
        .get(index) : null).findElement(By.cssSelector("input"));
    click(select);
    select.sendKeys(department);
    waitFor(By.cssSelector(".fjs-dropdownlist-item"));
    select.sendKeys(Keys.ENTER);
    // the next row shows once this one names a department; type only after the form has drawn it
    new WebDriverWait(browser, PATIENCE).until(d -> fields("承办部门").size() > index + 1);
    type(fields("交办内容").get(index).findElement(By.cssSelector("input")), task);
    type(fields("办理时限").get(index).findElement(By.cssSelector("input")), days);
  }

  /**
   * Types into a form-js field and leaves it, until the text stays: form-js takes typing in a moment later, and a
   * redraw in between (leaving a select causes one) puts the field back as it was.
   */
  private void type(WebElement input, String text) {
    new WebDriverWait(browser, PATIENCE).until(d -> {
      input.clear();
      input.sendKeys(text, Keys.TAB);
      try {
        return new WebDriverWait(browser, Duration.ofSeconds(1)).until(
            ExpectedConditions.not(ExpectedConditions.domPropertyToBe(input, "value", text))) == null;
      } catch (TimeoutException stayed) {
        return true;
      }
    });
  }

  private String acknowledgedCase(String title) {
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    String caseNumber = api.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, title),
        HttpStatus.CREATED).path("caseNumber").asText();
    api.completeTask("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到，今天内联系您。");
    return caseNumber;
  }


  private void openTask(String user, String caseNumber, String taskKey) {
    JsonNode tasks = api.call(user, HttpMethod.GET, "/engine-rest/task?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=" + taskKey, null, HttpStatus.OK);
    open("/camunda/app/tasklist/default/#/?task=" + tasks.get(0).path("id").asText());
    waitFor(By.cssSelector(".fjs-container .fjs-form-field"));
  }

  /** Claims the open group task (认领): its form is disabled until then. */
  private void claim() {
    click(waitFor(By.xpath("//button[normalize-space(.)='认领']")));
    new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(
        By.cssSelector(".disabled-form")));
  }

  /** Clicks the radio option with this label. */
  private void choose(String option) {
    click(waitFor(By.xpath("//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space(.)='" + option
        + "']")));
  }

  private WebElement field(String label) {
    return waitFor(By.xpath(fieldPath(label)));
  }

  /** The innermost form fields with this label, in the form's order (a group holding them does not count). */
  private List<WebElement> fields(String label) {
    field(label);
    return browser.findElements(By.xpath(fieldPath(label) + "[not(.//div[" + FIELD_CLASS + "])]"));
  }

  private static String fieldPath(String label) {
    return "//div[" + FIELD_CLASS + "][.//label[starts-with(normalize-space(.),'" + label + "')]]";
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
    try {
      button = new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(ExpectedConditions.elementToBeClickable(button));
    } catch (TimeoutException e) {
      throw new AssertionError("完成 stays disabled; the form says: " + browser.findElements(By.cssSelector(
          ".fjs-form-field-error, .fjs-has-errors")).stream().map(WebElement::getText).toList(), e);
    }
    click(button);
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
