package org.steward;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.steward.shared.StewardClock;

/** Debian's Chromium, headless, in Chinese and in Shanghai time, for the browser tests and their screenshots. */
public final class HeadlessChromium {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** Where the tests leave their screenshots; the ones shown in the README are copied to docs/screenshots/. */
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private HeadlessChromium() {
  }

  /** Fails when Chromium is missing, unless the build says to leave browser tests out. */
  public static void assumeInstalled() {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "skip".equals(System.getProperty("steward.browser-tests"))) {
      Assumptions.abort("browser tests skipped (-Dsteward.browser-tests=skip)");
    }
    if (!installed) {
      fail("The browser test needs " + CHROMIUM + " and " + CHROMEDRIVER + " (Debian: apt-get install -y chromium "
          + "chromium-driver fonts-noto-cjk); run with -Dsteward.browser-tests=skip to leave it out knowingly.");
    }
  }

  /** A fresh browser (own profile) with a window of the given size; a phone is 390×844. */
  public static WebDriver start(int width, int height) {
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=zh-CN",
        "--window-size=" + width + "," + height, "--user-data-dir=" + freshProfile());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .withEnvironment(Map.of("TZ", StewardClock.ZONE.getId())).build();
    return new ChromeDriver(driver, options);
  }

  public static void screenshot(WebDriver browser, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private static String freshProfile() {
    try {
      return Files.createTempDirectory("steward-chromium-").toString();
    } catch (IOException e) {
      throw new IllegalStateException("no temporary directory for the browser profile", e);
    }
  }
}
