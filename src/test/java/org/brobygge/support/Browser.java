package org.brobygge.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven by
 * Selenium, at 1280x800, with a fresh profile. Without the two packages the test is skipped with a
 * message saying what to install, unless {@code BROBYGGE_REQUIRE_BROWSER=1} (set by {@code
 * .ci/run}, which installs them), where it fails instead. Screenshots go to {@code
 * target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");
  public static final Duration WAIT = Duration.ofSeconds(30);

  private final ChromeDriver driver;
  private final Path profile;
  private final String base;

  private Browser(ChromeDriver driver, Path profile, String base) {
    this.driver = driver;
    this.profile = profile;
    this.base = base;
  }

  /** A browser for the app on {@code port}; skips (or fails in CI) without Chromium. */
  public static Browser open(int port) {
    boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    if (!present && "1".equals(System.getenv("BROBYGGE_REQUIRE_BROWSER"))) {
      throw new IllegalStateException(
          "BROBYGGE_REQUIRE_BROWSER=1 but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
    }
    assumeTrue(
        present,
        "No Chromium here: apt-get install chromium chromium-driver to run the browser tests");
    try {
      Path profile = Files.createTempDirectory("brobygge-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-extensions",
          "--no-first-run",
          "--window-size=1280,800",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(WAIT);
      Files.createDirectories(SCREENSHOTS);
      return new Browser(driver, profile, "http://localhost:" + port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Opens {@code path} of the app; {@link #awaitReady()} then waits for its script. */
  public Browser visit(String path) {
    driver.get(base + path);
    return this;
  }

  /** Waits until the page's script has drawn everything ({@code body[data-ready=true]}). */
  public Browser awaitReady() {
    new WebDriverWait(driver, WAIT)
        .until(
            d ->
                "true"
                        .equals(
                            ((JavascriptExecutor) d)
                                .executeScript("return document.body.dataset.ready || ''"))
                    || "error"
                        .equals(
                            ((JavascriptExecutor) d)
                                .executeScript("return document.body.dataset.ready || ''")));
    Object ready = script("return document.body.dataset.ready");
    if (!"true".equals(ready)) {
      throw new AssertionError(
          "The page " + driver.getCurrentUrl() + " failed: " + find(By.tagName("main")).getText());
    }
    return this;
  }

  public WebElement find(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(by));
  }

  public WebElement visible(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public Object script(String js, Object... args) {
    return driver.executeScript(js, args);
  }

  public WebDriverWait waiting() {
    // a page that re-renders between finding an element and reading it is still loading: retry
    WebDriverWait wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  /** The whole page, not only the 1280x800 viewport, as {@code target/screenshots/NAME.png}. */
  public Path screenshot(String name) {
    @SuppressWarnings("unchecked")
    Map<String, Object> size =
        (Map<String, Object>)
            driver.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
    Map<String, Object> clip =
        Map.of(
            "x", 0,
            "y", 0,
            "width", ((Number) size.get("width")).doubleValue(),
            "height", Math.min(((Number) size.get("height")).doubleValue(), 6000),
            "scale", 1);
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    Path file = SCREENSHOTS.resolve(name + ".png");
    try {
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temp folder left behind is harmless
      }
    }
  }
}
