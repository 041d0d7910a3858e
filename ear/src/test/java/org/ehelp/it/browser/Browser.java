package org.ehelp.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its chromedriver. Both paths are given to Selenium, so
 * Selenium Manager never looks for, or downloads, a browser or a driver. Each browser gets a fresh
 * profile directory, deleted when it quits.
 */
public final class Browser implements AutoCloseable {

  /** Debian's package {@code chromium}. */
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** Debian's package {@code chromium-driver}. */
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Where screenshots go: {@code ear/target/screenshots} when run by the build. */
  public static final Path SCREENSHOTS =
      Path.of(System.getProperty("ehelp.screenshots", "target/screenshots"));

  private static final Logger LOG = Logger.getLogger(Browser.class.getName());

  private final WebDriver driver;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Whether this machine has Chromium and its driver, which .ci/run installs. */
  public static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /** Returns why the browser tests skip here, for the skip message. */
  public static String missingMessage() {
    return "Browser tests skipped: "
        + CHROMIUM
        + " or "
        + CHROMEDRIVER
        + " is missing; install them with apt-get install chromium chromium-driver"
        + " (.ci/run does).";
  }

  /** Starts a headless Chromium with a window of the given size, in CSS pixels. */
  public static Browser start(int width, int height) {
    Path profile;
    try {
      profile = Files.createTempDirectory("ehelp-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a Chromium profile directory", e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height,
        "--lang=en");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    driver.manage().window().setSize(new Dimension(width, height));
    return new Browser(driver, profile);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Writes a PNG of the visible page to {@link #SCREENSHOTS} and returns its path. */
  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path target = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
      Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(taken, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the screenshot " + name, e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete the Chromium profile " + profile, e);
    }
  }
}
