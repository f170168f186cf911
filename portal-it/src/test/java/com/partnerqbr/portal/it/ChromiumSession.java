package com.partnerqbr.portal.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at the real portal in headless Chromium: signs in through Keycloak's login
 * form, opens pages, waits for PrimeFaces AJAX to settle, reads what is shown.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final ChromiumSession chromium = new ChromiumSession();
 *
 * &#64;Test
 * void aPartnerSeesItsTier() {
 *     chromium.signIn("paula", "demo");
 *     assertEquals("Gold", chromium.textOf("partnerTier"));
 * }
 * </pre>
 *
 * <p>One {@link Chromium} serves the whole test run (started by the first class that needs
 * it, quit when the run ends); before each test its cookies are cleared, so every test
 * starts signed out. A failing test leaves a full-page PNG and the page's HTML in
 * {@code target/screenshots}, named after the test.
 */
final class ChromiumSession implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback {

    private static final ExtensionContext.Namespace RUN = ExtensionContext.Namespace.create(ChromiumSession.class);
    private static final Duration PAGE_WAIT = Duration.ofSeconds(60);
    private static final Duration AJAX_WAIT = Duration.ofSeconds(30);
    /** Longer than the delay PrimeFaces widgets wait before sending (a table filter's is 300 ms). */
    private static final Duration AJAX_QUIET = Duration.ofMillis(500);

    private static final String AJAX_STATE = """
            if (document.readyState !== 'complete') { return null; }
            if (!window.jQuery || !window.PrimeFaces) { return '0'; }
            if (!window.__portalItAjax) {
                window.__portalItAjax = { done: 0 };
                jQuery(document).on('pfAjaxComplete', function () { window.__portalItAjax.done++; });
            }
            var busy = jQuery.active > 0 || !PrimeFaces.ajax.Queue.isEmpty();
            return busy ? null : String(window.__portalItAjax.done);
            """;

    private Chromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) {
        chromium = context.getRoot().getStore(RUN)
                .getOrComputeIfAbsent(Chromium.class, key -> Chromium.start(), Chromium.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        chromium.reset();
    }

    /** Forgets the signed-in person (the browser's cookies), as between two tests: the next one signs in anew. */
    void forgetSignIn() {
        chromium.reset();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            try {
                Path png = screenshot(name + "-FAILED");
                Files.writeString(png.resolveSibling(name + "-FAILED.html"),
                        Objects.requireNonNullElse(driver().getPageSource(), ""), StandardCharsets.UTF_8);
                System.out.println("Failed at " + driver().getCurrentUrl() + "; screenshot: " + png);
            } catch (RuntimeException | IOException e) {
                System.out.println("No screenshot of the failure of " + name + ": " + e);
            }
        }
    }

    static String baseUrl() {
        return Objects.requireNonNull(System.getProperty("portal.it.base.url"), "portal.it.base.url (set by StackSession)");
    }

    ChromeDriver driver() {
        return chromium.driver();
    }

    /** The browser's time zone until the test ends (an IANA id, as a person's computer is set). */
    void emulateTimeZone(String zone) {
        chromium.emulateTimeZone(zone);
    }

    /**
     * Opens the portal, signs in at Keycloak's login form as a person would (typing into
     * the fields, clicking the button) and waits until the portal page the user lands on
     * is shown and settled.
     */
    void signIn(String user, String password) {
        driver().get(baseUrl() + "/");
        WebElement username = waitFor(PAGE_WAIT, "Keycloak's login form", d -> d.findElements(By.id("kc-form-login")).isEmpty()
                ? null : d.findElement(By.id("username")));
        username.sendKeys(user);
        driver().findElement(By.id("password")).sendKeys(password);
        driver().findElement(By.id("kc-login")).click();
        waitFor(PAGE_WAIT, user + " signed in and back on the portal",
                d -> d.getCurrentUrl().startsWith(baseUrl() + "/") && !d.getCurrentUrl().contains("/Callback")
                        && ajaxState() != null);
        settle();
    }

    /** Opens a portal page by its path (e.g. {@code /vendor/partners.xhtml}) and waits until it is settled. */
    void open(String path) {
        driver().get(baseUrl() + path);
        settle();
    }

    /**
     * Does something that loads another page (following a link, a non-AJAX button) and
     * waits until the new page is shown and settled.
     */
    void loadsPage(Runnable action) {
        js("window.__portalItOldPage = true;");
        action.run();
        waitFor(PAGE_WAIT, "another page to load",
                d -> js("return window.__portalItOldPage !== true && document.readyState === 'complete';"));
        settle();
    }

    /** The current URL. */
    String url() {
        return driver().getCurrentUrl();
    }

    /** The current portal path with its query, e.g. {@code /partner/home.xhtml}. */
    String path() {
        String url = url();
        if (!url.startsWith(baseUrl())) {
            throw new AssertionError("not on the portal but at " + url);
        }
        return url.substring(baseUrl().length());
    }

    /** The HTTP status the current page was served with (Navigation Timing's responseStatus). */
    int status() {
        Object status = js("var n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : null;");
        if (status == null) {
            throw new AssertionError("the browser does not know the status of " + url());
        }
        return ((Number) status).intValue();
    }

    /** The page's main heading. */
    String heading() {
        return driver().findElement(By.cssSelector("main h1")).getText();
    }

    /** The visible text of the element with this id, or null when there is none. */
    String textOf(String id) {
        List<WebElement> found = driver().findElements(By.id(id));
        return found.isEmpty() ? null : found.get(0).getText();
    }

    /** The visible texts of the elements this CSS selector finds, in page order. */
    List<String> texts(String cssSelector) {
        return driver().findElements(By.cssSelector(cssSelector)).stream().map(WebElement::getText).toList();
    }

    WebElement find(String cssSelector) {
        return driver().findElement(By.cssSelector(cssSelector));
    }

    /** The first element this CSS selector finds that is shown, once one is (a dialog opening, say). */
    WebElement shown(String cssSelector) {
        return waitFor(AJAX_WAIT, "something shown at " + cssSelector, d -> d.findElements(By.cssSelector(cssSelector))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** The whole visible text of the page. */
    String text() {
        return driver().findElement(By.tagName("body")).getText();
    }

    /**
     * Does something on the page that sends PrimeFaces AJAX (typing in a filter, clicking
     * a button) and waits until at least one request has completed, none is pending and
     * nothing new was sent for a moment (widgets such as table filters send after a delay).
     */
    void ajax(Runnable action) {
        long before = Long.parseLong(waitFor(AJAX_WAIT, "the page to be idle before acting", d -> ajaxState()));
        action.run();
        waitFor(AJAX_WAIT, "a PrimeFaces AJAX request to complete", d -> {
            String state = ajaxState();
            return state != null && Long.parseLong(state) > before ? state : null;
        });
        settle();
    }

    /** Waits until the page is loaded and PrimeFaces AJAX is idle, and has stayed idle for a moment. */
    void settle() {
        String last = null;
        long quietSince = System.nanoTime();
        long deadline = System.nanoTime() + AJAX_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String state = ajaxState();
            if (state == null || !state.equals(last)) {
                last = state;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince >= AJAX_QUIET.toNanos()) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("the page did not settle within " + AJAX_WAIT.toSeconds() + " s: " + url());
    }

    /** Saves a full-page PNG to target/screenshots and returns its path; look at it. */
    Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("portal.it.screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path png = dir.resolve(name + ".png");
            Files.write(png, chromium.screenshot());
            return png;
        } catch (IOException e) {
            throw new IllegalStateException("screenshot " + name + " not saved", e);
        }
    }

    /** Errors the page wrote to the browser console since the last call: script errors, CSP violations, failed loads. */
    List<String> consoleErrors() {
        return driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    /** null while the page loads or AJAX is busy; otherwise how many PrimeFaces AJAX requests completed. */
    private String ajaxState() {
        return (String) js(AJAX_STATE);
    }

    private <T> T waitFor(Duration timeout, String what, ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(driver(), timeout, Duration.ofMillis(100)).until(condition);
        } catch (TimeoutException e) {
            String text;
            try {
                text = text();
            } catch (RuntimeException noBody) {
                text = "(no page text)";
            }
            throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; at " + url()
                    + " the page says: " + text, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
