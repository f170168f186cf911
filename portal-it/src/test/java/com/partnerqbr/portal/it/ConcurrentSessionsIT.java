package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Browser.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
        ExecutorService pool = Executors.newFixedThreadPool(SESSIONS);
        // Signing in hashes the password at Keycloak: a few at a time, so no sign-in times out.
        ExecutorService signingIn = Executors.newFixedThreadPool(SIGN_INS_AT_ONCE);
        try {
            List<Future<Browser>> signIns = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                Person person = PEOPLE.get(i % PEOPLE.size());
                signIns.add(signingIn.submit(() -> Browser.signIn(person.user(), "demo").browser()));
            }
            List<Browser> browsers = new ArrayList<>();
            for (Future<Browser> signIn : signIns) {
                browsers.add(signIn.get());
            }

            AtomicInteger requests = new AtomicInteger();
            List<String> falseDenials = Collections.synchronizedList(new ArrayList<>());
            List<String> escalations = Collections.synchronizedList(new ArrayList<>());
            List<Future<?>> sessions = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                Person person = PEOPLE.get(i % PEOPLE.size());
                Browser browser = browsers.get(i);
                sessions.add(pool.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        Browser.Page own = browser.get(BASE + person.ownPage());
                        requests.incrementAndGet();
                        String text = own.text();
                        if (own.status() != 200 || !own.url().equals(BASE + person.ownPage()) || !text.contains(person.mustShow())) {
                            falseDenials.add(person.user() + " " + person.ownPage() + ": " + own.status() + " " + own.url());
                        }
                        if (text.contains(person.mustNotShow())) {
                            escalations.add(person.user() + " saw " + person.mustNotShow() + " on " + person.ownPage());
                        }
                        String forbidden = person.refused().get(round % person.refused().size());
                        Browser.Page refused = browser.get(BASE + forbidden);
                        requests.incrementAndGet();
                        if (refused.status() != 403) {
                            escalations.add(person.user() + " " + forbidden + ": " + refused.status() + " " + refused.url());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> session : sessions) {
                session.get();
            }
            System.out.printf("%d sessions, %d requests: %d false denials, %d escalations%n",
                    SESSIONS, requests.get(), falseDenials.size(), escalations.size());
            assertEquals(SESSIONS * ROUNDS * 2, requests.get());
            assertTrue(escalations.isEmpty(), escalations.size() + " escalations: " + first(escalations));
            assertTrue(falseDenials.isEmpty(), falseDenials.size() + " false denials: " + first(falseDenials));
        } finally {
            pool.shutdownNow();
            signingIn.shutdownNow();
        }
    }

    private static List<String> first(List<String> findings) {
        synchronized (findings) {
            return List.copyOf(findings.subList(0, Math.min(10, findings.size())));
        }
    }
}
