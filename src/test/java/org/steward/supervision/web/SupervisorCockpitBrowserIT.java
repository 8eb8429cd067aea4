package org.steward.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.steward.request.process.EnterpriseRequestProcess.ACKNOWLEDGE_REQUEST;
import static org.steward.request.process.EnterpriseRequestProcess.DECIDE_HANDLING;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
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
 * A supervisor's Cockpit in headless Chromium in Chinese: every page a supervisor opens works without an error, and
 * nothing offers a change a supervisor may not make (suspend, cancel, edit or delete variables, retry jobs).
 */
class SupervisorCockpitBrowserIT extends InBrowser {

  private static final String SUPERVISOR = "chenjianguo";

  @Autowired
  TestRestTemplate http;
  @Autowired
  DirectoryManagement directory;

  @Test
  void supervisorsPages_workWithoutErrors_andOfferNoChangeTheyMayNotMake() throws Exception {
    ApiCalls api = new ApiCalls(http, "demo");
    long ent01 = directory.enterpriseOfUser("ent01").orElseThrow().id();
    String caseNumber = api.call("ent01", HttpMethod.POST, "/api/requests", RequestFixtures.body(ent01, "督办看板用例"),
        HttpStatus.CREATED).path("caseNumber").asText();
    api.completeTask("zhangwei", caseNumber, ACKNOWLEDGE_REQUEST, "firstAnswer", "已收到。");
    api.completeTask("zhangwei", caseNumber, DECIDE_HANDLING, "decision", "HAND_OVER", "leadDepartment", "power",
        "cooperatingDepartments", "", "timeLimit", 5);
    String instance = api.call(SUPERVISOR, HttpMethod.GET, "/engine-rest/process-instance?businessKey=" + caseNumber
        + "&processDefinitionKey=enterprise-request", null, HttpStatus.OK).get(0).path("id").asText();
    String definition = api.call(SUPERVISOR, HttpMethod.GET, "/engine-rest/process-instance/" + instance, null,
        HttpStatus.OK).path("definitionId").asText();

    browser = HeadlessChromium.start(1440, 900);
    logInToCamunda("cockpit", SUPERVISOR, COCKPIT_READY);
    // the login page asks who is logged in and gets 404 until someone is: Camunda's own check, before any page
    browser.manage().logs().get(LogType.BROWSER);

    List<String> problems = new ArrayList<>();
    visit("#/dashboard", "cockpit-supervisor-dashboard.png", problems);
    visit("#/processes", "cockpit-supervisor-processes.png", problems);
    visit("#/process-definition/" + definition + "/runtime", "cockpit-supervisor-definition.png", problems);
    visit("#/process-instance/" + instance + "/runtime?tab=variables-tab", "cockpit-supervisor-instance.png",
        problems);
    assertThat(visibleButtons(".ctn-toolbar button, .ctn-toolbar a.btn")).as("toolbar actions").isEmpty();
    assertThat(visibleButtons("[cam-widget-variables-table] .actions button, [cam-widget-variables-table] .actions a"))
        .as("variable actions").isEmpty();
    new WebDriverWait(browser, PATIENCE).until(d -> text("[cam-widget-variables-table] tbody").contains("land（用地）"));
    HeadlessChromium.screenshot(browser, "cockpit-supervisor-instance.png");
    assertThat(text("[cam-widget-header]")).contains("陈建国");
    assertThat(text("[cam-widget-variables-table] tbody")).as("codes with their words")
        .contains("HAND_OVER（交办部门）", "power（供电局）");
    visit("#/decisions", "cockpit-supervisor-decisions.png", problems);
    visit("#/tasks", "cockpit-supervisor-tasks.png", problems);
    open("/camunda/app/cockpit/default/#/steward-dashboard");
    try {
      waitFor(By.cssSelector(".steward-dashboard[data-loaded='true']"));
    } catch (RuntimeException e) {
      throw new AssertionError("the 督办看板 did not load: " + browser.manage().logs().get(LogType.BROWSER).getAll(), e);
    }
    visit("#/steward-dashboard", "cockpit-supervisor-board.png", problems);

    assertThat(problems).isEmpty();

    // an administrator may change variables: the column for it speaks Chinese too
    browser.manage().deleteAllCookies();
    logInToCamunda("cockpit", "admin", COCKPIT_READY);
    open("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime?tab=variables-tab");
    assertThat(waitFor(By.cssSelector("[cam-widget-variables-table] thead td.actions")).getText()).isEqualTo("操作");
  }

  /** The element's text with the spaces and line breaks the table's layout puts in taken out. */
  private String text(String css) {
    return waitFor(By.cssSelector(css)).getText().replaceAll("\\s+", "");
  }

  private void visit(String route, String screenshot, List<String> problems) throws Exception {
    open("/camunda/app/cockpit/default/" + route);
    // Cockpit loads each page's data after the route changes; wait until no request is pending
    new WebDriverWait(browser, PATIENCE).until(driver -> ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript("var i = window.angular && angular.element(document.body).injector();"
            + "return !!i && i.get('$http').pendingRequests.length === 0;"));
    HeadlessChromium.screenshot(browser, screenshot);
    browser.findElements(By.cssSelector(".notifications .alert-danger, .notifications .alert-error, .alert-danger"))
        .stream().filter(WebElement::isDisplayed).forEach(alert -> problems.add(route + ": " + alert.getText()));
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        problems.add(route + ": console " + entry.getMessage());
      }
    }
  }

  private List<String> visibleButtons(String css) {
    return browser.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed)
        .map(e -> e.getText() + e.getDomAttribute("class")).toList();
  }

}
