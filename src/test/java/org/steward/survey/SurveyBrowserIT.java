package org.steward.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.steward.HeadlessChromium;
import org.steward.InBrowser;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.directory.TargetInput;
import org.steward.request.Caller;
import org.steward.shared.StewardClock;

/**
 * Surveys in headless Chromium: ent01 answers the 经营现状调查 on a phone (390×844) — a missing answer and a number that
 * is no number come back with the reasons beside the questions, then the answer is saved and shown for changing; a
 * supervisor opens a campaign's results on the 督办看板 in Cockpit, with the response rates and a bar chart per choice
 * question. Screenshots go to target/screenshots.
 */
class SurveyBrowserIT extends InBrowser {

  private static final Caller ADMIN = new Caller("demo", Set.of(StewardGroups.ADMIN));

  @Autowired
  Campaigns campaigns;
  @Autowired
  SurveyAnswers answers;
  @Autowired
  DirectoryManagement directory;

  @Test
  void enterpriseOnAPhone_answersItsSurvey() throws Exception {
    long id = open("2026年一季度企业经营现状调查", List.of(enterprise("ent01")));
    browser = HeadlessChromium.start(390, 844);
    logInToPortal("ent01");

    assertThat(Integer.parseInt(waitFor(By.cssSelector("nav a[href='/portal/surveys'] .badge")).getText()))
        .isPositive();
    browser.findElement(By.cssSelector("nav a[href='/portal/surveys']")).click();
    assertThat(waitFor(By.cssSelector("ul.surveys")).getText()).contains("待填写", "2026年一季度企业经营现状调查");
    HeadlessChromium.screenshot(browser, "portal-surveys.png");

    browser.findElement(By.cssSelector("a[href='/portal/surveys/" + id + "']")).click();
    waitFor(By.cssSelector("form.survey"));
    click("input[name='revenueChange'][value='DOWN_WITHIN_10']");
    click("input[name='mainDifficulties'][value='FINANCING']");
    click("input[name='mainDifficulties'][value='POWER']");
    browser.findElement(By.cssSelector("[name='employeeCount']")).sendKeys("一百二十");
    browser.findElement(By.cssSelector("select[name='overallSatisfaction'] option[value='4']")).click();
    browser.findElement(By.cssSelector("[name='coordinationMatters']")).sendKeys("用电增容审批较慢，希望协调供电局加快办理。");
    submit();

    // refused: the reasons beside the questions, everything typed kept
    assertThat(waitFor(By.cssSelector("p.error[role='alert']")).getText()).contains("请修改标出的内容后再提交");
    assertThat(browser.findElements(By.cssSelector("[aria-invalid='true']"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector("[name='coordinationMatters']")).getDomProperty("value"))
        .isEqualTo("用电增容审批较慢，希望协调供电局加快办理。");
    assertThat(browser.findElement(By.cssSelector("input[name='mainDifficulties'][value='POWER']")).isSelected())
        .isTrue();

    WebElement employees = browser.findElement(By.cssSelector("[name='employeeCount']"));
    employees.clear();
    employees.sendKeys("120");
    click("input[name='coordinationNeeded'][value='NEEDED']");
    submit();
    new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.urlContains("?saved"));
    assertThat(waitFor(By.cssSelector(".notice")).getText()).contains("答卷已保存");
    assertThat(browser.findElement(By.cssSelector("form.survey button[type='submit']")).getText()).isEqualTo("保存修改");
    assertThat(answers.page(id, enterprise("ent01")).answers()).containsEntry("coordinationNeeded", "NEEDED");
    screenshotWhole("portal-survey.png");
  }

  @Test
  void supervisor_readsTheResultsWithTheirCharts_onTheDashboard() throws Exception {
    List<Long> asked = List.of(enterprise("ent01"), enterprise("ent02"), enterprise("ent04"), enterprise("ent07"));
    long id = open("错峰用电意向调查", asked);
    answer(id, asked.get(0), "WILLING", List.of("NOON", "NIGHT"), "120");
    answer(id, asked.get(1), "CONDITIONAL", List.of("NIGHT"), "80.5");
    answer(id, asked.get(2), "UNWILLING", List.of(), null);
    browser = HeadlessChromium.start(1280, 900);
    logInToCamunda("cockpit", "chenjianguo", COCKPIT_READY);
    waitFor(By.cssSelector("a[href='#/steward-dashboard']")).click();
    WebElement row = present(By.cssSelector("#sd-survey-list tr[data-survey='" + id + "']"));
    assertThat(row.findElement(By.cssSelector("td[data-figure='rate']")).getDomProperty("textContent"))
        .contains("75");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", row);
    row.findElement(By.cssSelector(".sd-survey-show")).click();

    WebElement results = present(By.cssSelector(".sd-survey[data-survey='" + id + "']"));
    List<WebElement> charts = results.findElements(By.cssSelector(".sd-survey-charts img"));
    assertThat(charts).extracting(c -> c.getDomAttribute("data-question"))
        .contains("offPeakWillingness", "offPeakPeriods");
    new WebDriverWait(browser, PATIENCE).until(b -> charts.stream().allMatch(c -> Boolean.TRUE.equals(
        ((JavascriptExecutor) b).executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", c))));
    assertThat(results.findElement(By.cssSelector("#sd-survey-by-officer tr[data-name='张伟'] td[data-figure='rate']"))
        .getDomProperty("textContent")).contains("100");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", results);
    browser.manage().window().setSize(new Dimension(1280, 1400));
    HeadlessChromium.screenshot(browser, "survey-results.png");
  }

  private long open(String title, List<Long> enterprises) {
    String form = title.contains("用电") ? "off-peak-power" : "business-conditions";
    long id = campaigns.create(new NewCampaign(form, title,
        new TargetInput(List.of(), List.of(), List.of(), false, enterprises), StewardClock.today().toString(),
        StewardClock.today().plusDays(14).toString(), null), ADMIN).id();
    campaigns.open(id);
    return id;
  }

  private void answer(long id, long enterprise, String willing, List<String> periods, String load) {
    Map<String, List<String>> raw = new LinkedHashMap<>();
    raw.put("offPeakWillingness", List.of(willing));
    raw.put("offPeakPeriods", periods);
    raw.put("powerContactPhone", List.of("020-12345678"));
    if (load != null) {
      raw.put("shiftableLoad", List.of(load));
    }
    answers.answer(id, enterprise, "ent", raw);
  }

  /** An element once it is in the page (Cockpit's content pane scrolls; what is below it is not "visible"). */
  private WebElement present(By locator) {
    return new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(locator));
  }

  private long enterprise(String login) {
    return directory.enterpriseOfUser(login).orElseThrow().id();
  }

  private void click(String css) {
    WebElement input = browser.findElement(By.cssSelector(css));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
    input.click();
  }

  private void submit() {
    WebElement button = browser.findElement(By.cssSelector("form.survey button[type='submit']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    button.click();
  }

  /** The whole page on the phone's width: the window grows to the page's height. */
  private void screenshotWhole(String name) throws Exception {
    long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.body.scrollHeight;");
    browser.manage().window().setSize(new Dimension(390, (int) Math.max(844, height + 120)));
    HeadlessChromium.screenshot(browser, name);
  }
}
