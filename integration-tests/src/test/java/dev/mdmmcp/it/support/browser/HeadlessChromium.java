package dev.mdmmcp.it.support.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium ({@code /usr/bin/chromium}) driven through its own chromedriver
 * ({@code /usr/bin/chromedriver}) by Selenium, with a fresh profile per instance. Both paths are
 * given to Selenium, so Selenium Manager never runs and nothing is downloaded; a machine without
 * the packages fails with the command that installs them. Close it to end the browser and delete
 * the profile.
 *
 * <pre>{@code
 * try (HeadlessChromium chromium = HeadlessChromium.start()) {
 *     chromium.open(page.url());
 *     Object answer = chromium.runAsync("fetch(arguments[0]).then(r => arguments[1](r.status))", url);
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path BROWSER = Path.of(System.getProperty("mdm-mcp.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("mdm-mcp.chromedriver", "/usr/bin/chromedriver"));
    /** Headless, usable as root in a container, and quiet: no update checks, sync or first-run pages. */
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--no-default-browser-check");
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A new browser with an empty profile; fails naming the missing package when Chromium is not installed. */
    public static HeadlessChromium start() {
        for (Path program : List.of(BROWSER, DRIVER)) {
            if (!Files.isExecutable(program)) {
                throw new AssertionError(program + " is missing: these tests drive Debian's Chromium;"
                        + " install it with: apt-get update && apt-get install -y chromium chromium-driver");
            }
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("mdm-mcp-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(SCRIPT_TIMEOUT);
        return new HeadlessChromium(driver, profile);
    }

    /** Loads a page and waits for it (its origin is then the origin of every script run). */
    public void open(String url) {
        driver.get(url);
    }

    /**
     * Runs an asynchronous script in the open page: the script calls its last argument with the
     * answer (a string, number, boolean, list or map), e.g. after a {@code fetch}.
     */
    public Object runAsync(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** The driver, for anything this class does not wrap (forms, clicks, cookies). */
    public WebDriver driver() {
        return driver;
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
        try (Stream<Path> paths = Files.walk(profile)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Chromium may still be letting go of a lock file; the temp folder is cleaned by the OS.
        }
    }
}
