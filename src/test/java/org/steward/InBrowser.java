package org.steward;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browser test: Steward with the demo organisation on PostgreSQL at a random port, and one headless Chromium per test
 * ({@link HeadlessChromium}), closed after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"steward.demo.enabled=true", "logging.level.org.openqa.selenium=ERROR"})
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
public abstract class InBrowser {

  protected static final Duration PATIENCE = Duration.ofSeconds(60);
  /** Tasklist has logged in once its filters show (its header shows on the login page too). */
  protected static final By TASKLIST_READY = By.cssSelector(".task-filters");
  /** Cockpit has logged in once its header offers 流程 (the header itself shows on the login page too). */
  protected static final By COCKPIT_READY = By.cssSelector("[cam-widget-header] a[href='#/processes']");
  private static final Duration LOGIN_PATIENCE = Duration.ofSeconds(30);

  @LocalServerPort
  protected int port;

  protected WebDriver browser;

  @BeforeAll
  static void chromiumIsInstalled() {
    HeadlessChromium.assumeInstalled();
  }

  @AfterEach
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Opens a path of this Steward. */
  protected void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  /** Logs the enterprise login {@code user} (password "demo") into the portal and waits for its home page. */
  protected void logInToPortal(String user) {
    open("/portal/login");
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys("demo");
    browser.findElement(By.cssSelector("button[type='submit']")).click();
    waitFor(By.cssSelector(".officer"));
  }

  /**
   * Logs {@code user} (password "demo") into a Camunda webapp ({@code tasklist}, {@code cockpit}, {@code admin}) and
   * waits for {@code loggedIn}. A login form still showing after a while is tried once more, and said so: CI once saw
   * a Tasklist login not take, which no run here repeated.
   */
  protected void logInToCamunda(String app, String user, By loggedIn) {
    open("/camunda/app/" + app + "/default/");
    for (int attempt = 1; ; attempt++) {
      WebElement name = waitFor(By.cssSelector("input[ng-model='username']"));
      name.clear();
      name.sendKeys(user);
      WebElement password = browser.findElement(By.cssSelector("input[ng-model='password']"));
      password.clear();
      password.sendKeys("demo");
      browser.findElement(By.cssSelector("button[type='submit']")).click();
      try {
        new WebDriverWait(browser, LOGIN_PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(loggedIn));
        return;
      } catch (TimeoutException e) {
        if (attempt == 2) {
          throw e;
        }
        System.err.println("[" + getClass().getSimpleName() + "] login of " + user + " to " + app + " did not take; "
            + "trying once more. The page showed: " + shown());
      }
    }
  }

  /**
   * Reloads the page and waits for {@code locator}; a page that still lacks it after {@link #PATIENCE} is reloaded once
   * more, and said so on stderr with what the page held. CI once saw Tasklist stay blank after a reload (an empty body
   * for a minute, its URL already rewritten by the app), which no run here repeated.
   */
  protected WebElement reloadUntil(By locator) {
    browser.navigate().refresh();
    try {
      return new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    } catch (TimeoutException e) {
      Object state = ((JavascriptExecutor) browser).executeScript(
          "return document.readyState + ', ' + document.body.innerHTML.length + ' characters of HTML';");
      System.err.println("[" + getClass().getSimpleName() + "] no " + locator + " after a reload of "
          + browser.getCurrentUrl() + " (" + state + "); reloading once more. The page showed: " + shown());
      browser.navigate().refresh();
      return waitFor(locator);
    }
  }

  /**
   * The element once it is visible; fails after {@link #PATIENCE} saying what the page showed instead, with a
   * screenshot in {@link HeadlessChromium#SCREENSHOTS}.
   */
  protected WebElement waitFor(By locator) {
    try {
      return new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    } catch (TimeoutException e) {
      String shown = shown();
      try {
        HeadlessChromium.screenshot(browser, "failed-" + getClass().getSimpleName() + ".png");
      } catch (IOException | WebDriverException unsaved) {
        e.addSuppressed(unsaved);
      }
      throw new AssertionError("no " + locator + " on " + browser.getCurrentUrl() + "; the page showed: " + shown, e);
    }
  }

  /** The page's visible text, on one line, cut to 800 characters. */
  private String shown() {
    String text = browser.findElement(By.tagName("body")).getText();
    return text.substring(0, Math.min(text.length(), 800)).replace('\n', ' ');
  }
}
