package com.partnerqbr.portal.it;

import com.partnerqbr.portal.stack.Distributions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * One headless Chromium, driven through chromedriver, for all browser tests of a run.
 *
 * <p>Both come from Debian's packages ({@code apt-get install chromium chromium-driver},
 * which {@code .ci/run} does) and Selenium is given both paths, so Selenium Manager never
 * looks for, or downloads, a browser or a driver. When either is missing the tests fail
 * with a message saying so: a browser test that cannot run is a failure, not a skip.
 *
 * <p>The profile is fresh for every run ({@code target/stack/chromium/profile}); the flags
 * keep Chromium from calling out to the network (there is none but loopback here) and let
 * it run as root in a container.
 */
final class Chromium implements AutoCloseable {

    static final Path BINARY = Path.of(System.getProperty("portal.it.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("portal.it.chromedriver", "/usr/bin/chromedriver"));

    /** The demo vendor's program time zone (DemoData), the browser's by default. */
    private static final String DEMO_PROGRAM_ZONE = "America/Chicago";
    private static final List<String> FLAGS = List.of(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--window-size=1280,900", "--lang=en-US");

    private final ChromeDriver driver;
    private final Path home;
    private final Thread quitOnExit;
    private boolean closed;

    private Chromium(ChromeDriver driver, Path home) {
        this.driver = driver;
        this.home = home;
        // Ctrl-C or a killed run must not leave chromium and chromedriver behind.
        this.quitOnExit = new Thread(this::quit, "chromium-quit");
        Runtime.getRuntime().addShutdownHook(quitOnExit);
    }

    /** Starts Chromium; fails with what to install when Debian's chromium or chromedriver is missing. */
    static Chromium start() {
        requireExecutable(BINARY, "chromium");
        requireExecutable(DRIVER, "chromium-driver");
        Path home = Path.of(System.getProperty("portal.it.state.dir", "target/stack")).resolve("chromium");
        try {
            Distributions.deleteTree(home.resolve("profile"));
            Files.createDirectories(home.resolve("profile"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot make a fresh Chromium profile under " + home, e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(home.resolve("chromedriver.log").toFile())
                // the browser's time zone is the demo program's, so the time-zone offer (which shows
                // when the browser's zone differs from the one times show in) stays away unless a
                // test asks for another zone (emulateTimeZone)
                .withEnvironment(Map.of("TZ", DEMO_PROGRAM_ZONE))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + home.resolve("profile").toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        long started = System.nanoTime();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        System.out.printf("Chromium %s (chromedriver %s) started in %d ms%n",
                driver.getCapabilities().getBrowserVersion(), DRIVER,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return new Chromium(driver, home);
    }

    private static void requireExecutable(Path path, String debianPackage) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("Browser tests need Debian's " + debianPackage + " at " + path
                    + ", which is missing. Install it with: apt-get update && apt-get install -y"
                    + " --no-install-recommends chromium chromium-driver (.ci/run does this).");
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** The browser's time zone from now on (an IANA id); null: back to the demo program's. */
    void emulateTimeZone(String zone) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride",
                Map.of("timezoneId", zone == null ? DEMO_PROGRAM_ZONE : zone));
    }

    /** Forgets every sign-in: no cookie of the portal or of Keycloak survives, nothing left open. */
    void reset() {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        emulateTimeZone(null);
        driver.manage().logs().get(LogType.BROWSER); // drains what earlier tests logged
    }

    /** The whole page, not only the visible part, as PNG. */
    byte[] screenshot() {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", ((Number) size.get("width")).doubleValue(),
                "height", ((Number) size.get("height")).doubleValue());
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    @Override
    public void close() {
        quit();
        try {
            Runtime.getRuntime().removeShutdownHook(quitOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or ran
        }
    }

    private synchronized void quit() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            driver.quit();
        } finally {
            try {
                Distributions.deleteTree(home.resolve("profile"));
            } catch (IOException e) {
                System.err.println("Chromium profile not deleted: " + e);
            }
        }
    }
}
