package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Browser.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many signed-in sessions at once, of two vendors and both sides: every request of a
 * correctly signed-in user gets its own page, every request for a page its role may not
 * open gets the 403 page. Under load the container once lost a session's groups now and
 * then and answered 403 to a user who may open the page (a false denial).
 */
class ConcurrentSessionsIT {

    private static final int SESSIONS = 40;
    private static final int ROUNDS = 15;
    private static final int SIGN_INS_AT_ONCE = 4;

    /** Who signs in, the page they may open with what it must show, and pages they may not open. */
    private record Person(String user, String ownPage, String mustShow, String mustNotShow, List<String> refused) {
    }

    private static final String VENDOR_HOME = "/vendor/partners.xhtml";
    private static final String PARTNER_HOME = "/partner/home.xhtml";

    private static final List<Person> PEOPLE = List.of(
            new Person("alice", VENDOR_HOME, "Acme Analytics partner portal", "Summit Resellers", List.of(PARTNER_HOME)),
            new Person("max", VENDOR_HOME, "Acme Analytics partner portal", "Summit Resellers",
                    List.of(PARTNER_HOME, "/vendor/program-settings.xhtml")),
            new Person("erin", VENDOR_HOME, "Acme Analytics partner portal", "Summit Resellers",
                    List.of(PARTNER_HOME, "/vendor/imports.xhtml")),
            new Person("paula", PARTNER_HOME, "Brightpath Solutions", "Orbit Integrations", List.of(VENDOR_HOME)),
            new Person("sam", PARTNER_HOME, "Brightpath Solutions", "Orbit Integrations", List.of(VENDOR_HOME)),
            new Person("omar", PARTNER_HOME, "Orbit Integrations", "Brightpath Solutions", List.of(VENDOR_HOME)),
            new Person("gina", VENDOR_HOME, "Globex Systems partner portal", "Brightpath Solutions", List.of(PARTNER_HOME)),
            new Person("greg", VENDOR_HOME, "Globex Systems partner portal", "Brightpath Solutions",
                    List.of(PARTNER_HOME, "/vendor/imports.xhtml")),
            new Person("gabe", VENDOR_HOME, "Globex Systems partner portal", "Brightpath Solutions",
                    List.of(PARTNER_HOME, "/vendor/program-settings.xhtml")),
            new Person("pete", PARTNER_HOME, "Summit Resellers", "Brightpath Solutions", List.of(VENDOR_HOME)),
            new Person("polly", PARTNER_HOME, "Summit Resellers", "Brightpath Solutions", List.of(VENDOR_HOME)));

    @Test
    void manySignedInSessionsOfBothVendorsAndSidesGetExactlyTheirOwnRights() throws Exception {
        // Signing in hashes the password at Keycloak: a few at a time, as people arrive, so no
        // sign-in times out; then every session asks at the same moment.
        ExecutorService signingIn = Executors.newFixedThreadPool(SIGN_INS_AT_ONCE);
        ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
        try {
            long signInStart = System.nanoTime();
            List<Future<Browser>> signIns = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                Person person = PEOPLE.get(i % PEOPLE.size());
                signIns.add(signingIn.submit(() -> Browser.signIn(person.user(), "demo").browser()));
            }
            List<Browser> browsers = new ArrayList<>();
            for (Future<Browser> signIn : signIns) {
                browsers.add(signIn.get());
            }
            long signInMillis = (System.nanoTime() - signInStart) / 1_000_000;

            Findings findings = new Findings();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> sessions = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                Person person = PEOPLE.get(i % PEOPLE.size());
                Browser browser = browsers.get(i);
                sessions.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        Browser.Page own = findings.timed(browser, person.ownPage());
                        if (own != null) {
                            String text = own.text();
                            if (own.status() != 200 || !own.url().equals(BASE + person.ownPage())
                                    || !text.contains(person.mustShow())) {
                                findings.falseDenials.add(person.user() + " " + person.ownPage() + ": " + own.status()
                                        + " " + own.url());
                            }
                            if (text.contains(person.mustNotShow())) {
                                findings.escalations.add(person.user() + " saw " + person.mustNotShow() + " on "
                                        + person.ownPage());
                            }
                        }
                        String forbidden = person.refused().get(round % person.refused().size());
                        Browser.Page refused = findings.timed(browser, forbidden);
                        if (refused != null && refused.status() != 403) {
                            findings.escalations.add(person.user() + " " + forbidden + ": " + refused.status() + " "
                                    + refused.url());
                        }
                    }
                    return null;
                }));
            }
            long hammerStart = System.nanoTime();
            start.countDown();
            for (Future<?> session : sessions) {
                session.get();
            }
            long hammerMillis = (System.nanoTime() - hammerStart) / 1_000_000;
            List<Long> millis = findings.sortedMillis();
            System.out.printf("ConcurrentSessionsIT: %d sessions signed in, %d at a time, in %d ms; then %d requests"
                    + " at once in %d ms (%.0f/s): p50 %d ms, p95 %d ms, max %d ms; %d false denials, %d escalations,"
                    + " %d errors%n", SESSIONS, SIGN_INS_AT_ONCE, signInMillis, millis.size(), hammerMillis,
                    millis.size() * 1000.0 / Math.max(1, hammerMillis), percentile(millis, 50), percentile(millis, 95),
                    millis.isEmpty() ? 0 : millis.get(millis.size() - 1), findings.falseDenials.size(),
                    findings.escalations.size(), findings.errors.size());
            assertTrue(findings.errors.isEmpty(), findings.errors.size() + " errors: " + first(findings.errors));
            assertEquals(SESSIONS * ROUNDS * 2, millis.size());
            assertTrue(findings.escalations.isEmpty(), findings.escalations.size() + " escalations: "
                    + first(findings.escalations));
            assertTrue(findings.falseDenials.isEmpty(), findings.falseDenials.size() + " false denials: "
                    + first(findings.falseDenials));
        } finally {
            pool.shutdownNow();
            signingIn.shutdownNow();
        }
    }

    @Test
    void onePersonSigningInFromSeveralBrowsersAtTheSameMomentIsSignedInInEach() throws Exception {
        int browsers = 4;
        List<Browser.Page> forms = new ArrayList<>();
        for (int i = 0; i < browsers; i++) {
            forms.add(new Browser().get(BASE + PARTNER_HOME));
        }
        ExecutorService pool = Executors.newFixedThreadPool(browsers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Browser.Page>> landed = new ArrayList<>();
            for (Browser.Page form : forms) {
                landed.add(pool.submit(() -> {
                    start.await();
                    return form.submit("kc-form-login", Map.of("username", "sam", "password", "demo"));
                }));
            }
            start.countDown();
            for (Future<Browser.Page> page : landed) {
                Browser.Page home = page.get();
                assertEquals(BASE + PARTNER_HOME, home.url(), home.text());
                assertTrue(home.text().contains("Brightpath Solutions"), home.text());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** What the sessions met: each request's time, and every wrong answer or failed request. */
    private static final class Findings {
        final List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        final List<String> falseDenials = Collections.synchronizedList(new ArrayList<>());
        final List<String> escalations = Collections.synchronizedList(new ArrayList<>());
        final List<String> errors = Collections.synchronizedList(new ArrayList<>());

        /** The page, or null after noting the request's failure (no answer, or a 5xx). */
        Browser.Page timed(Browser browser, String page) {
            long begin = System.nanoTime();
            try {
                Browser.Page answer = browser.get(BASE + page);
                millis.add((System.nanoTime() - begin) / 1_000_000);
                if (answer.status() >= 500) {
                    errors.add(page + ": " + answer.status());
                    return null;
                }
                return answer;
            } catch (IOException | InterruptedException e) {
                errors.add(page + ": " + e);
                return null;
            }
        }

        List<Long> sortedMillis() {
            synchronized (millis) {
                return millis.stream().sorted().toList();
            }
        }
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    private static List<String> first(List<String> findings) {
        synchronized (findings) {
            return List.copyOf(findings.subList(0, Math.min(10, findings.size())));
        }
    }
}
