package org.servicesignals.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * The system's Chromium in headless mode, driven through the system's chromedriver (never one
 * downloaded), with its own profile and the browser console recorded. A test using it is skipped,
 * saying why, where no Chromium or chromedriver is installed ({@code .ci/run} installs both).
 */
public final class HeadlessChromium implements AutoCloseable {
  private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome");
  private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

  private final ChromeDriverService service;
  private final ChromeDriver driver;

  private HeadlessChromium(ChromeDriverService service, ChromeDriver driver) {
    this.service = service;
    this.driver = driver;
  }

  /** Starts the browser with a window of {@code width} by {@code height}, its profile in {@code tmp}. */
  public static HeadlessChromium start(Path tmp, int width, int height) throws IOException {
    Optional<String> browser = BROWSERS.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    Optional<String> chromedriver = DRIVERS.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    assumeTrue(browser.isPresent(), "no Chromium installed (looked for " + BROWSERS + "); .ci/run installs chromium");
    assumeTrue(chromedriver.isPresent(),
        "no chromedriver installed (looked for " + DRIVERS + "); .ci/run installs chromium-driver");
    Path profile = Files.createDirectories(tmp.resolve("chromium-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(chromedriver.get())).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.get());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--lang=en-US");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(width, height));
    return new HeadlessChromium(service, driver);
  }

  public ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
    service.stop();
  }
}
