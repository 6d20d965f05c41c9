package ru.nko42.portal.it.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver; never a downloaded browser or driver. Where they
 * are not installed the browser tests are skipped on a developer's machine and fail in CI (CI=true).
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File(System.getProperty("portal.chromium", "/usr/bin/chromium"));
    private static final File CHROMEDRIVER =
            new File(System.getProperty("portal.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final Path profile;

    private Browser(String language, int width, int height) throws IOException {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI needs Debian's chromium and chromium-driver (see .ci/run)");
        }
        assumeTrue(
                installed, "chromium and chromium-driver are not installed: apt-get install chromium chromium-driver");
        profile = Files.createTempDirectory("portal-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM)
                .addArguments(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--lang=" + language,
                        "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** A desktop browser whose user prefers the given language ("ru", "en"). */
    public static Browser desktop(String language) throws IOException {
        return new Browser(language, 1280, 900);
    }

    /** A phone 360 px wide. */
    public static Browser phone(String language) throws IOException {
        return new Browser(language, 360, 740);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(TestServer.page(path).toString());
        waitForPage();
    }

    /** Waits until the document is loaded and PrimeFaces' ajax queue (where present) is empty. */
    public void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    /** The session cookie's value, or null without a session. */
    public String sessionId() {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /**
     * Clicks what submits a whole page and waits for the next page: until the old document is gone, then until the
     * new one has loaded (a readyState check alone can still see the old page).
     */
    public void clickAndWaitForNextPage(By target) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(page -> isGone(oldPage));
        waitForPage();
    }

    /** Chromium reports a replaced document as stale, or, caught mid-swap, as a node of no document. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
        }
    }

    public Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /** Keeps a screenshot under target/screenshots for a person to look at. */
    public void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
