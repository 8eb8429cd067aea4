package org.steward.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.steward.HeadlessChromium;
import org.steward.InBrowser;
import org.steward.calendar.WorkingDayCalendar;
import org.steward.directory.DirectoryManagement;
import org.steward.handling.process.DepartmentHandlingProcess;
import org.steward.request.NewRequest;
import org.steward.request.RequestIntake;
import org.steward.request.process.EnterpriseRequestProcess;
import org.steward.shared.StewardClock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Cockpit plugin 督办看板 in a real browser: headless Chromium with a Chinese browser language logs in through the
 * Camunda login page, opens the dashboard and compares every count it shows with {@code GET /api/dashboard}, follows a
 * longest-overdue link to its process instance, then finds his own red tasks under Tasklist's 已超期 filter.
 * Screenshots go to {@code target/screenshots/}. Without Chromium and chromedriver the test fails, unless
 * {@code -Dsteward.browser-tests=skip} is given. The data: three requests made ten working days ago, one with a red
 * department unit, one with a yellow one and one never signed for within 24 hours; timers fire as their jobs are
 * executed with the engine clock at their due time.
 */
// its own application context (and database), so that only this test's cases are on the dashboard: the other browser
// tests share one context, so this one names itself
@TestPropertySource(properties = "steward.test.context=dashboard")
class DashboardBrowserIT extends InBrowser {

  static final Path SCREENSHOTS = HeadlessChromium.SCREENSHOTS;
  private static final String PASSWORD = "demo";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate http;
  @Autowired
  RequestIntake requests;
  @Autowired
  DirectoryManagement directory;
  @Autowired
  WorkingDayCalendar calendar;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  IdentityService identity;
  @Autowired
  AuthorizationService authorizations;

  @BeforeEach
  void startBrowser() {
    browser = HeadlessChromium.start(1440, 900);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void supervisor_seesTheDashboardWithTheApiFigures_andTheRedMattersUnderTheOverdueFilter() throws Exception {
    Cases cases = redAndYellowMatters();
    JsonNode api = json(http.withBasicAuth("chenjianguo", PASSWORD).getForEntity("/api/dashboard", String.class));

    logIn("cockpit", "chenjianguo");
    waitFor(By.cssSelector("a[href='#/steward-dashboard']")).click();
    WebElement dashboard;
    try {
      dashboard = waitFor(By.cssSelector(".steward-dashboard[data-loaded='true']"));
    } catch (RuntimeException e) {
      HeadlessChromium.screenshot(browser, "failed-dashboard.png");
      throw new AssertionError("the 督办看板 did not load; the page shows: "
          + browser.findElement(By.tagName("body")).getText() + "; console: "
          + browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll(), e);
    }

    assertThat(text(dashboard.findElement(By.tagName("h1")))).isEqualTo("督办看板");
    assertThat(dashboard.findElements(By.tagName("h2"))).extracting(DashboardBrowserIT::text)
        .anySatisfy(h -> assertThat(h).startsWith("本月关键指标"))
        .contains("各部门红黄绿灯（在办事项）", "各首席服务官红黄绿灯（在办诉求）", "超期最久的事项", "部门办理评价", "本月政策推送",
            "工业项目看板", "首席服务官工作量");
    assertThat(lightRows("sd-by-department")).isEqualTo(lightRows(api.path("byDepartment")))
        .contains(List.of("power", "0", "0", "1"), List.of("housing", "0", "1", "0"));
    assertThat(lightRows("sd-by-officer")).isEqualTo(lightRows(api.path("byOfficer")))
        .contains(List.of("zhangwei", "0", "1", "1"), List.of("liuyang", "0", "0", "1"));
    assertThat(ratingRows()).isEqualTo(ratingRows(api.path("ratings")))
        .contains(List.of("power", "0", "0", "1"), List.of("housing", "0", "1", "0"));
    assertThat(overdueShown()).isEqualTo(overdueCases(api))
        .containsExactlyInAnyOrder(cases.redUnit(), cases.unsigned());
    assertThat(figure("resolutionRate")).isEqualTo(expectedResolutionRate(api.path("today").asText()));
    assertThat(text(browser.findElement(By.cssSelector("[data-policy-figure='matched'] .sd-tile-value"))))
        .isEqualTo(monthReport(api.path("today").asText()).path("policies").path("totals").path("matched").asText());
    assertThat(text(browser.findElement(By.cssSelector("[data-project-state='TOTAL'] .sd-tile-value"))))
        .isEqualTo(json(http.withBasicAuth("chenjianguo", PASSWORD).getForEntity("/api/projects/board", String.class))
            .path("total").asText());
    screenshotWhole(dashboard, "dashboard.png");
    Map<Integer, Long> tilesPerRow = browser.findElements(By.cssSelector(".sd-tiles")).get(0)
        .findElements(By.cssSelector(".sd-tile")).stream()
        .collect(Collectors.groupingBy(tile -> tile.getLocation().getY(), Collectors.counting()));
    assertThat(tilesPerRow.values()).as("the key figures' rows: none holds one tile alone").allMatch(n -> n > 1);

    WebElement link = browser.findElement(By.cssSelector("tr[data-case='" + cases.redUnit() + "'] a.sd-case-link"));
    String instance = instanceOf(cases.redUnit());
    // Cockpit's own route for the instance, which opens in the same session (the board's API calls once changed the
    // session's id, and Cockpit then sometimes showed its login page here)
    assertThat(link.getDomAttribute("href")).isEqualTo("#/process-instance/" + instance + "/runtime");
    link.click();
    new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.urlContains("/process-instance/" + instance));
    waitFor(By.xpath("//*[normalize-space(text())='" + cases.redUnit() + "']"));
    assertThat(browser.getCurrentUrl()).as("still logged in").doesNotContain("login");

    logIn("tasklist", "chenjianguo");
    waitFor(By.xpath("//*[contains(@class,'task-filters')]//*[normalize-space(text())='已超期']")).click();
    // away from the filter, whose description tooltip would cover the list in the screenshot
    new Actions(browser).moveToElement(waitFor(By.cssSelector(".tasks-list"))).perform();
    new WebDriverWait(browser, PATIENCE).until(driver -> {
      String shown = text(driver.findElement(By.cssSelector(".tasks-list")));
      return shown.contains(cases.redUnit()) && shown.contains(cases.unsigned());
    });
    String listed = text(browser.findElement(By.cssSelector(".tasks-list")));
    // his own red tasks only (the officer's 签收诉求 is the officer's): the unit's and the response's supervision
    assertThat(listed).contains("督办逾期事项", "督促首次响应").doesNotContain("签收诉求", cases.yellowUnit());
    // Chinese colons after the cards' variable labels (tasklist/scripts/steward-punctuation.js)
    assertThat(listed).contains("编号：").doesNotContain("编号:");
    screenshot("tasklist-overdue.png");
  }

  @Test
  void officerLetIntoCockpit_getsTheChineseRefusal() throws Exception {
    ResponseEntity<String> refused =
        http.withBasicAuth("zhangwei", PASSWORD).getForEntity("/api/dashboard", String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(JSON.readTree(refused.getBody()).path("titleZh").asText()).isEqualTo("无权查看督办看板");
    // an administrator lets the officer into Cockpit; the dashboard still refuses
    Authorization cockpit = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    cockpit.setUserId("zhangwei");
    cockpit.setResource(Resources.APPLICATION);
    cockpit.setResourceId("cockpit");
    cockpit.addPermission(Permissions.ACCESS);
    authorizations.saveAuthorization(cockpit);
    try {
      logIn("cockpit", "zhangwei");
      waitFor(By.cssSelector("a[href='#/steward-dashboard']")).click();

      WebElement refusal = waitFor(By.cssSelector(".steward-dashboard .sd-refusal"));
      assertThat(refusal.getText()).contains("无权查看督办看板", "只有系统管理员和督办负责人可以查看督办看板");
      assertThat(browser.findElements(By.id("sd-by-department"))).isEmpty();
    } finally {
      authorizations.deleteAuthorization(cockpit.getId());
    }
  }

  // --- the browser ------------------------------------------------------------------------------------------------

  private void logIn(String app, String user) {
    browser.manage().deleteAllCookies();
    logInToCamunda(app, user, "tasklist".equals(app) ? TASKLIST_READY : COCKPIT_READY);
  }

  private List<List<String>> lightRows(String tableId) {
    return rows(tableId, "GREEN", "YELLOW", "RED", "data-light");
  }

  private List<List<String>> ratingRows() {
    return rows("sd-ratings", "DONE", "ON_TRACK", "SLOW", "data-rating");
  }

  private List<List<String>> rows(String tableId, String first, String second, String third, String attribute) {
    List<List<String>> rows = new ArrayList<>();
    for (WebElement row : browser.findElements(By.cssSelector("#" + tableId + " tbody tr"))) {
      rows.add(List.of(row.getDomAttribute("data-id"),
          cell(row, attribute, first), cell(row, attribute, second), cell(row, attribute, third)));
    }
    return rows;
  }

  private static String cell(WebElement row, String attribute, String value) {
    return text(row.findElement(By.cssSelector("td[" + attribute + "='" + value + "']")));
  }

  /** The text of an element, also of one scrolled out of Cockpit's content pane (which getText() reads as empty). */
  private static String text(WebElement element) {
    return element.getDomProperty("textContent").strip();
  }

  private List<String> overdueShown() {
    return browser.findElements(By.cssSelector("#sd-overdue tbody tr")).stream()
        .map(row -> row.getDomAttribute("data-case")).toList();
  }

  private String figure(String key) {
    return text(browser.findElement(By.cssSelector("[data-figure='" + key + "'] .sd-tile-value")));
  }

  /** A screenshot of the whole dashboard: the window grows to its height (Cockpit scrolls inside a fixed pane). */
  private void screenshotWhole(WebElement content, String name) throws IOException {
    Dimension window = browser.manage().window().getSize();
    long contentHeight =
        (Long) ((JavascriptExecutor) browser).executeScript("return arguments[0].scrollHeight;", content);
    int height = (int) contentHeight + content.getLocation().getY() + 160;
    browser.manage().window().setSize(new Dimension(window.getWidth(), Math.max(window.getHeight(), height)));
    try {
      screenshot(name);
    } finally {
      browser.manage().window().setSize(window);
    }
  }

  private void screenshot(String name) throws IOException {
    HeadlessChromium.screenshot(browser, name);
  }

  // --- what the API says ------------------------------------------------------------------------------------------

  private static List<List<String>> lightRows(JsonNode counts) {
    List<List<String>> rows = new ArrayList<>();
    counts.forEach(c -> rows.add(List.of(c.path("id").asText(), c.path("green").asText(), c.path("yellow").asText(),
        c.path("red").asText())));
    return rows;
  }

  private static List<List<String>> ratingRows(JsonNode counts) {
    List<List<String>> rows = new ArrayList<>();
    counts.forEach(c -> rows.add(List.of(c.path("department").asText(), c.path("done").asText(),
        c.path("onTrack").asText(), c.path("slow").asText())));
    return rows;
  }

  private static List<String> overdueCases(JsonNode api) {
    List<String> cases = new ArrayList<>();
    api.path("longestOverdue").forEach(m -> cases.add(m.path("caseNumber").asText()));
    return cases;
  }

  /** The month's resolution rate as the tile must show it: "—" while the report endpoint does not answer. */
  private String expectedResolutionRate(String today) throws IOException {
    JsonNode rate = monthReport(today).path("totals").path("resolutionRate");
    return rate.isNull() || rate.isMissingNode() ? "—" : String.format("%.1f%%", rate.asDouble() * 100);
  }

  private JsonNode monthReport(String today) throws IOException {
    ResponseEntity<String> report = http.withBasicAuth("chenjianguo", PASSWORD)
        .getForEntity("/api/reports?period=" + today.substring(0, 7), String.class);
    assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(report.getBody());
  }

  private static JsonNode json(ResponseEntity<String> response) throws IOException {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }

  // --- the data ---------------------------------------------------------------------------------------------------

  private record Cases(String redUnit, String yellowUnit, String unsigned) {
  }

  /**
   * Ten working days back: zhangwei hands one request to 供电局 (2 working days, signed, both deadline timers fire:
   * red) and one to 住房和城乡建设局 (10 working days, due today, the warning fires: yellow); liuyang leaves a third
   * unsigned past 24 hours (red).
   */
  private Cases redAndYellowMatters() {
    LocalDate start = calendar.subtractWorkingDays(StewardClock.today(), 10);
    at(start, 10);
    String red = submit("ent01", "厂区临时用电增容");
    handOver(red, "power", 2);
    claim("power01", red, DepartmentHandlingProcess.HANDLE_MATTER);
    fire(red, DepartmentHandlingProcess.DEADLINE_NEAR);
    fire(red, DepartmentHandlingProcess.DEADLINE_MISSED);

    at(start, 11);
    String yellow = submit("ent02", "新建厂房施工许可");
    handOver(yellow, "housing", 10);
    fire(yellow, DepartmentHandlingProcess.DEADLINE_NEAR);

    at(start, 12);
    String unsigned = submit("ent04", "员工子女入学咨询");
    fire(unsigned, EnterpriseRequestProcess.RESPONSE_OVERDUE);
    ClockUtil.reset();
    return new Cases(red, yellow, unsigned);
  }

  private String submit(String enterpriseUser, String title) {
    long enterprise = directory.enterpriseOfUser(enterpriseUser).orElseThrow().id();
    return requests.submit(new NewRequest(enterprise, "power", title, "请协调办理。", "王经理", "020-12345678", "NORMAL",
        "PORTAL"), enterpriseUser, null).request().caseNumber();
  }

  private void handOver(String caseNumber, String department, int workingDays) {
    complete("zhangwei", caseNumber, EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到，正在协调。");
    complete("zhangwei", caseNumber, EnterpriseRequestProcess.DECIDE_HANDLING, "decision", "HAND_OVER",
        "leadDepartment", department, "cooperatingDepartments", "", "timeLimit", workingDays);
  }

  /** The user claims the one task of that kind in the case unless somebody has; a department's claim signs for it. */
  private Task claim(String user, String caseNumber, String taskKey) {
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey)
          .singleResult();
      assertThat(task).as("%s in %s for %s", taskKey, caseNumber, user).isNotNull();
      if (task.getAssignee() == null) {
        tasks.claim(task.getId(), user);
      }
      return task;
    } finally {
      identity.clearAuthentication();
    }
  }

  /** The user claims (if nobody has) and completes the one task of that kind in the case, as in Tasklist. */
  private void complete(String user, String caseNumber, String taskKey, Object... namesAndValues) {
    Task task = claim(user, caseNumber, taskKey);
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      Map<String, Object> variables = new LinkedHashMap<>();
      for (int i = 0; i < namesAndValues.length; i += 2) {
        variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
      }
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Executes the case's timer jobs of that event, the engine clock moved to their due time (never back). */
  private void fire(String caseNumber, String activityId) {
    List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
        .map(ProcessInstance::getId).toList();
    List<Job> jobs = instances.stream().flatMap(id -> management.createJobQuery().processInstanceId(id)
        .activityId(activityId).list().stream()).toList();
    assertThat(jobs).as("timer jobs of %s in %s", activityId, caseNumber).isNotEmpty();
    for (Job job : jobs) {
      if (job.getDuedate() != null && job.getDuedate().after(ClockUtil.getCurrentTime())) {
        ClockUtil.setCurrentTime(new Date(job.getDuedate().getTime() + 60_000));
      }
      management.executeJob(job.getId());
    }
  }

  private String instanceOf(String caseNumber) {
    return runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber, EnterpriseRequestProcess.ID).singleResult().getId();
  }

  private static void at(LocalDate day, int hour) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day.atTime(hour, 0), StewardClock.ZONE).toInstant()));
  }
}
