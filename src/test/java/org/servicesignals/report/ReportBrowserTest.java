package org.servicesignals.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.servicesignals.testing.HeadlessChromium;

/**
 * The report page in a real headless Chromium through the system's chromedriver, opened from disk:
 * the charts are drawn, nothing is fetched, the console stays clean, markup among the words never
 * runs, Urdu reads right to left. The screenshot goes to
 * {@code target/screenshots/report.png}. With {@code -Dreport.page=DIR/index.html
 * -Dreport.screenshot=FILE}, {@link #screenshotOfAGivenPage} photographs a full report instead (how
 * {@code src/docs/report.png} is made). Skipped, saying why, where no Chromium is installed.
 */
class ReportBrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");

  private static HeadlessChromium chromium;
  private static ChromeDriver driver;

  @BeforeAll
  static void start(@TempDir Path tmp) throws IOException {
    chromium = HeadlessChromium.start(tmp, 1320, 1000);
    driver = chromium.driver();
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void theChartsAreDrawnAndNothingRunsOrFails(@TempDir Path dir) throws Exception {
    Path page = ReportPage.write(ReportPageTest.hostile(), dir);
    driver.get(page.toUri().toString());

    List<WebElement> charts = driver.findElements(By.cssSelector("div.chart > svg"));
    assertThat(charts).hasSize(1 + 2 * 2 + 2 + 2);
    for (WebElement svg : charts) {
      assertThat(svg.getSize().getWidth()).isGreaterThan(200);
      assertThat(svg.findElements(By.cssSelector("path")).size()).isGreaterThan(10);
    }
    assertThat(js("return performance.getEntriesByType('resource').map(e => e.name)")).asList().isEmpty();
    assertThat(js("return typeof window.pwned")).isEqualTo("undefined");
    assertThat(driver.findElements(By.cssSelector("script, img"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("span.word")).stream().map(WebElement::getText))
        .contains(ReportPageTest.HOSTILE);

    WebElement urdu = driver.findElement(By.cssSelector("span.word[lang=ur]"));
    assertThat(js("return getComputedStyle(arguments[0]).direction", urdu)).isEqualTo("rtl");

    shot(SHOTS.resolve("report.png"));
    List<LogEntry> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    assertThat(problems).as("browser console").isEmpty();
  }

  @Test
  void screenshotOfAGivenPage() throws Exception {
    String page = System.getProperty("report.page");
    String out = System.getProperty("report.screenshot");
    assumeTrue(page != null && out != null, "photographs a full report only when -Dreport.page and -Dreport.screenshot are given");
    driver.get(Path.of(page).toAbsolutePath().toUri().toString());
    assertThat(driver.findElements(By.cssSelector("div.chart > svg"))).isNotEmpty();
    shot(Path.of(out));
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** The whole page, top to bottom. */
  private static void shot(Path to) throws IOException {
    long height = (Long) js("return Math.ceil(document.documentElement.scrollHeight)");
    driver.manage().window().setSize(new Dimension(1320, (int) Math.min(height + 140, 16000)));
    File png = driver.getScreenshotAs(OutputType.FILE);
    Files.createDirectories(to.toAbsolutePath().getParent());
    Files.copy(png.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
    driver.manage().window().setSize(new Dimension(1320, 1000));
  }
}
