package org.prolotrack.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real-browser tests with Debian's headless Chromium. Use it with a running server:
 * <pre>
 * &#64;SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
 * &#64;ExtendWith(BrowserSupport.class)
 * class SomethingBrowserTests {
 *     &#64;LocalServerPort int port;
 *     &#64;Test void aClinicianDoesSomething(WebDriver browser) {
 *         BrowserSupport.signIn(browser, BrowserSupport.baseUrl(port), "clinician");
 *         ...
 *     }
 * }
 * </pre>
 * One browser per test class, in a fresh profile directory (deleted afterwards); cookies are cleared before each
 * test, so every test starts signed out. Without /usr/bin/chromium or /usr/bin/chromedriver the tests are skipped
 * — unless the environment variable {@code CI} is set, where a missing browser fails them.
 */
public class BrowserSupport implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    public static final Path CHROMIUM = Path.of(System.getProperty("prolotrack.test.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("prolotrack.test.chromedriver", "/usr/bin/chromedriver"));
    public static final String DEMO_PASSWORD = "prolotrack-demo";
    public static final Duration WAIT = Duration.ofSeconds(45);

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserSupport.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        var missing = !Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER);
        if (missing) {
            var message = "Real-browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian packages chromium and chromium-driver).";
            if (System.getenv("CI") != null) {
                Assertions.fail(message + " CI is set, so a missing browser is a failure, not a skip.");
            }
            Assumptions.abort(message + " Skipped outside CI.");
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        var session = context.getParent().orElseThrow().getStore(NAMESPACE).get(Browser.class, Browser.class);
        if (session != null) {
            session.driver().manage().deleteAllCookies();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        var classContext = context.getParent().orElseThrow();
        return classContext.getStore(NAMESPACE).computeIfAbsent(Browser.class, k -> Browser.start(), Browser.class).driver();
    }

    /** The address of the server started by {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}. */
    public static String baseUrl(int port) {
        return "http://localhost:" + port;
    }

    /** Signs in through the sign-in page and waits until the landing page has loaded. */
    public static void signIn(WebDriver browser, String baseUrl, String username) {
        browser.get(baseUrl + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor(browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Waits for a condition; an element htmx swapped out between finding and reading it is looked up again. */
    public static WebDriverWait waitFor(WebDriver browser) {
        var wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** A running Chromium and the profile directory it owns; closed by JUnit when the test class ends. */
    record Browser(WebDriver driver, Path profile) implements AutoCloseable {

        static Browser start() {
            try {
                var profile = Files.createTempDirectory("prolotrack-chromium-");
                var options = new ChromeOptions();
                options.setBinary(CHROMIUM.toFile());
                options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
                var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
                return new Browser(new ChromeDriver(service, options), profile);
            } catch (IOException e) {
                throw new IllegalStateException("Could not create a browser profile directory", e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                driver.quit();
            } finally {
                try (var files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
