package org.servicesignals.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.servicesignals.testing.HeadlessChromium;

/**
 * The page at {@code /} in a real headless Chromium, driven by Selenium through the system's
 * chromedriver (never one downloaded): the shipped page, the shipped models, a server on a free
 * port. Screenshots go to {@code target/screenshots/}. Skipped, saying why, only where no Chromium
 * or chromedriver is installed ({@code .ci/run} installs them).
 */
class TriagePageBrowserTest {
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(90);

  private static ApiServer server;
  private static HeadlessChromium chromium;
  private static WebDriver driver;

  @BeforeAll
  static void start(@TempDir Path tmp) throws IOException {
    chromium = HeadlessChromium.start(tmp, 1280, 1000);
    driver = chromium.driver();
    server = new ApiServer(TestServer.classifier(), ServerOptions.defaults("127.0.0.1", 0)).start();
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void openPage() {
    driver.get(server.uri().toString());
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.id("triage-paste")));
  }

  @Test
  void aFinnishComplaintTypedInIsPoorWithItsWordsMarked() throws IOException {
    driver.findElement(By.id("paste")).sendKeys("Tilaus ei ollut hyvää, odotin kolme viikkoa.");
    driver.findElement(By.id("triage-paste")).click();
    List<WebElement> rows = rows(1);

    WebElement row = rows.get(0);
    assertThat(row.findElement(By.cssSelector(".badge")).getText()).isEqualTo("poor");
    assertThat(row.findElement(By.cssSelector("td.lang")).getText()).isEqualTo("fi");
    assertThat(Double.parseDouble(row.findElement(By.cssSelector("td.confidence")).getText())).isGreaterThan(0.9);
    List<String> marked = row.findElements(By.cssSelector(".text mark")).stream().map(WebElement::getText).toList();
    assertThat(marked).as("the negation that counted, with the word it negates").contains("ei ollut hyvää");
    assertThat(row.findElement(By.cssSelector(".text")).getText()).isEqualTo("Tilaus ei ollut hyvää, odotin kolme viikkoa.");
    assertThat(driver.findElement(By.cssSelector(".count.poor")).getText()).isEqualTo("1 poor");
    shot("finnish-complaint");
  }

  @Test
  void aMailboxChosenIsTheQueuePoorFirstWithMarkupShownAsTextAndUrduRightToLeft() throws IOException {
    driver.findElement(By.id("file")).sendKeys(fixture("small.mbox").toAbsolutePath().toString());
    List<WebElement> rows = rows(5);

    List<String> labels = rows.stream().map(r -> r.findElement(By.cssSelector(".badge")).getText()).toList();
    assertThat(labels).containsExactly("poor", "poor", "poor", "not classified", "exceptional");
    List<Double> poor = rows.subList(0, 3).stream()
        .map(r -> Double.parseDouble(r.findElement(By.cssSelector("td.confidence")).getText())).toList();
    assertThat(poor).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(rows.get(3).findElement(By.cssSelector(".error")).getText())
        .contains("small.mbox message 5").contains("no closing boundary");

    WebElement hostile = rows.stream().filter(r -> r.getText().contains("delivery was terrible")).findFirst().orElseThrow();
    assertThat(hostile.findElement(By.cssSelector(".text")).getText()).startsWith("<script>window.pwned=2</script>");
    assertThat(hostile.findElement(By.cssSelector(".from")).getText()).contains("<img src=x onerror=window.pwned=1>");
    assertThat(hostile.findElement(By.cssSelector(".text")).getText())
        .contains("<img src=x onerror=\"window.pwned=3\">").contains("<script>window.pwned=4</script>");
    assertThat(driver.findElements(By.cssSelector("#queue img, #queue script"))).isEmpty();
    assertThat(js("return typeof window.pwned")).isEqualTo("undefined");

    WebElement urdu = rows.stream().filter(r -> r.findElement(By.cssSelector("td.lang")).getText().equals("ur"))
        .findFirst().orElseThrow();
    WebElement text = urdu.findElement(By.cssSelector(".text"));
    assertThat(js("return getComputedStyle(arguments[0]).direction", text)).isEqualTo("rtl");
    assertThat(js("return arguments[0].matches(':dir(rtl)')", text)).isEqualTo(true);
    assertThat(urdu.findElements(By.cssSelector(".text mark"))).isNotEmpty();
    shot("mailbox-queue");

    new Select(driver.findElement(By.id("filter-lang"))).selectByValue("ur");
    assertThat(visibleRows()).hasSize(1);
    new Select(driver.findElement(By.id("filter-lang"))).selectByValue("");
    new Select(driver.findElement(By.id("filter-label"))).selectByValue("poor");
    assertThat(visibleRows()).hasSize(3);
    driver.findElement(By.cssSelector(".count.kudos")).click();
    assertThat(visibleRows()).hasSize(1);
    assertThat(driver.findElement(By.id("shown")).getText()).isEqualTo("1 of 5 messages shown");
  }

  @Test
  void pastedMarkupIsShownAsTextAndNothingRuns() throws IOException {
    String payload = "Worst support ever <img src=x onerror=\"window.pwned=5\"> <script>window.pwned=6</script>";
    driver.findElement(By.id("paste")).sendKeys(payload);
    driver.findElement(By.id("triage-paste")).click();
    WebElement row = rows(1).get(0);
    assertThat(row.findElement(By.cssSelector(".text")).getText()).isEqualTo(payload);
    assertThat(driver.findElements(By.cssSelector("#queue img, #queue script"))).isEmpty();
    assertThat(js("return typeof window.pwned")).isEqualTo("undefined");
    shot("markup-as-text");
  }

  @Test
  void messagesInEveryScriptReadWellSideBySide() throws IOException {
    String messages = String.join("\n\n",
        "ऐप से बिजली का बिल भरा, पैसे कट गए पर बिल अभी भी बकाया दिखा रहा है। कोई हल नहीं।",
        "دو ہفتے ہو گئے، رقم ابھی تک واپس نہیں آئی۔ بہت مایوسی ہوئی۔",
        "மூன்று வாரமாக இணைய இணைப்பு வேலை செய்யவில்லை. யாரும் பதில் சொல்லவில்லை.",
        "Kiitos Mikolle, joka korjasi vian jo samana iltana ja soitti vielä perään.",
        "Delivery arrived on time and the packing was fine.");
    setPaste(messages);
    driver.findElement(By.id("triage-paste")).click();
    List<WebElement> rows = rows(5);
    assertThat(rows.stream().map(r -> r.findElement(By.cssSelector("td.lang")).getText()).toList())
        .contains("hi", "ur", "ta", "fi", "en");
    shot("five-languages");
  }

  /** Waits for the queue to hold {@code n} rows and returns them. */
  private static List<WebElement> rows(int n) {
    By rows = By.cssSelector("#queue tbody tr");
    new WebDriverWait(driver, WAIT).until(d -> d.findElements(rows).size() == n
        && d.findElement(By.id("results")).isDisplayed());
    return driver.findElements(rows);
  }

  private static List<WebElement> visibleRows() {
    return driver.findElements(By.cssSelector("#queue tbody tr")).stream().filter(WebElement::isDisplayed).toList();
  }

  /** Puts text in the box as a paste would (sendKeys types blank lines as Enter presses, which is the same). */
  private static void setPaste(String text) {
    js("arguments[0].value = arguments[1]", driver.findElement(By.id("paste")), text);
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static Path fixture(String name) {
    return Path.of("src", "test", "resources", "web-page", name);
  }

  private static void shot(String name) throws IOException {
    long height = (Long) js("return Math.ceil(document.documentElement.scrollHeight)");
    driver.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height + 200, 700), 3000)));
    File png = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }
}
