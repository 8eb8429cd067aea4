package org.steward;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
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

  /**
   * The element once it is visible; fails after {@link #PATIENCE} saying what the page showed instead, with a
   * screenshot in {@link HeadlessChromium#SCREENSHOTS}.
   */
  protected WebElement waitFor(By locator) {
    try {
      return new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    } catch (TimeoutException e) {
      String shown = browser.findElement(By.tagName("body")).getText();
      try {
        HeadlessChromium.screenshot(browser, "failed-" + getClass().getSimpleName() + ".png");
      } catch (IOException | WebDriverException unsaved) {
        e.addSuppressed(unsaved);
      }
      throw new AssertionError("no " + locator + " on " + browser.getCurrentUrl() + "; the page showed: "
          + shown.substring(0, Math.min(shown.length(), 800)).replace('\n', ' '), e);
    }
  }
}
