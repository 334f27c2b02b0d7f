package org.raciplanner.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless Chromium, driven through its chromedriver, with a fresh profile and a download
 * folder of its own, both deleted on close. The driver's path is given, so Selenium Manager never
 * tries to download one (this machine has no network beyond its package registries); the flags
 * keep Chromium from reaching for the internet itself.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    /** Held so the level sticks: the tests use no DevTools, yet Selenium warns it has none for this Chromium's version. */
    private static final java.util.logging.Logger DEVTOOLS_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS_LOG.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;
    private final String base;

    private Browser(ChromeDriver driver, Path profile, Path downloads, String base) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
        this.base = base;
    }

    /** A browser at 1280 × 900 whose relative addresses go to {@code http://localhost:port}. */
    public static Browser start(int port) {
        requireInstalled();
        Path profile = temporaryDirectory("chromium-profile-");
        Path downloads = temporaryDirectory("chromium-downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile, downloads, "http://localhost:" + port);
    }

    /** Fails, rather than skips: a suite that silently drops its browser tests would pass without testing the page. */
    static void requireInstalled() {
        for (Path program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(program)) {
                fail(program + " is missing: the page's tests need Debian's chromium and chromium-driver "
                        + "(apt-get install -y chromium chromium-driver; .ci/run installs them)");
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in on the review page with a token, up to the first matrix shown (its rows loaded). */
    public void signIn(String token) {
        open("/");
        find(By.id("token")).sendKeys(token);
        find(By.cssSelector("#sign-in-form button[type='submit']")).click();
        find(By.cssSelector("#matrix tbody tr"));
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    public WebElement find(By by) {
        return until(d -> d.findElement(by));
    }

    /** Waits until {@code condition} answers something other than null or false. */
    public <T> T until(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(NoSuchElementException.class).until(condition);
    }

    /** Waits for {@code condition}; when it never holds, says what the page showed in its alert and console. */
    public void waitFor(String what, Predicate<WebDriver> condition) {
        try {
            new WebDriverWait(driver, PATIENCE).ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class)
                    .until(condition::test);
        } catch (TimeoutException e) {
            String alert = driver.findElements(By.id("alert-text")).stream().map(a -> a.getDomProperty("textContent")).findFirst().orElse("");
            throw new AssertionError("Waited in vain for " + what + "; the page's alert: '" + alert
                    + "'; its console errors: " + severeConsoleEntries(), e);
        }
    }

    /** Chromium's console: page errors, uncaught exceptions and failed requests are SEVERE. */
    public List<String> severeConsoleEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    public void assertConsoleClean() {
        assertEquals(List.of(), severeConsoleEntries(), "the browser console has errors");
    }

    /** Files the browser has finished downloading (Chromium names unfinished ones *.crdownload). */
    public List<Path> downloads() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".crdownload")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The element's text, also of those only screen readers see (such as a status line). */
    public String text(String id) {
        return find(By.id(id)).getDomProperty("textContent").strip();
    }

    /** The visible texts of the elements {@code css} selects, in document order. */
    public List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** Runs JavaScript in the page; {@code arguments[i]} are the elements or values given. */
    public Object script(String code, Object... arguments) {
        return driver.executeScript(code, arguments);
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
            delete(downloads);
        }
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
