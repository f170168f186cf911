package com.partnerqbr.portal.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The load benchmark (README "Load benchmark"): drives a running portal on 127.0.0.1 in three
 * measured phases of one run, after a warm-up of phase 1 (the server JIT-compiles the pages'
 * code meanwhile). (1) Signed-in sessions of both demo vendors and both sides, each signed in
 * through Keycloak's login form, load their own pages one after another (closed model,
 * saturation). (2) A static resource of the same server, also at saturation. (3) A constant rate
 * of page requests offered (open model) on the sessions of phase 1. Prints each page's requests,
 * errors, pages/s and p50/p95/p99, and the ratio of phase 1's page throughput to phase 2's.
 */
public class PortalLoadSimulation extends Simulation {

    private static final String WARM_UP_PHASE = "warm-up";
    private static final String SESSIONS_PHASE = "sessions";
    private static final String STATIC_PHASE = "static";
    private static final String OPEN_PHASE = "open";
    private static final String SCORECARD_PHASE = "scorecard";
    private static final String STATIC_RESOURCE = "/jakarta.faces.resource/css/portal.css.xhtml";

    /** A demo login (password demo), its vendor's name as the page header shows it, and its side. */
    private record Person(String user, String vendor, boolean vendorSide) {
        String firstPage() {
            return vendorSide ? "/vendor/partners.xhtml" : "/partner/home.xhtml";
        }
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("alice", "Acme Analytics", true), new Person("max", "Acme Analytics", true),
            new Person("erin", "Acme Analytics", true), new Person("paula", "Acme Analytics", false),
            new Person("sam", "Acme Analytics", false), new Person("omar", "Acme Analytics", false),
            new Person("gina", "Globex Systems", true), new Person("greg", "Globex Systems", true),
            new Person("gabe", "Globex Systems", true), new Person("pete", "Globex Systems", false),
            new Person("polly", "Globex Systems", false));

    /** The vendor's list of scorecards, whose links give the partner whose scorecard a vendor session loads next. */
    private static final String SCORECARD_LIST = "/vendor/scorecards.xhtml";

    /** A vendor's pages and a partner's, in the order a session loads them; the last vendor page is a partner's scorecard. */
    private static final List<String[]> VENDOR_PAGES = List.of(
            new String[] {"vendor partners", "/vendor/partners.xhtml"},
            new String[] {"vendor scorecards", SCORECARD_LIST},
            new String[] {"vendor program", "/vendor/program.xhtml"},
            new String[] {"vendor partner scorecard", "/vendor/scorecard.xhtml?partner=#{partnerId}"});
    private static final List<String[]> PARTNER_PAGES = List.of(
            new String[] {"partner home", "/partner/home.xhtml"},
            new String[] {"partner scorecard", "/partner/scorecard.xhtml"});

    private static final int SESSIONS = Integer.getInteger("load.sessions", 100);
    private static final int WARM_UP_SECONDS = Integer.getInteger("load.warmup.seconds", 300);
    private static final int SECONDS = Integer.getInteger("load.seconds", 60);
    private static final int STATIC_USERS = Integer.getInteger("load.static.users", 20);
    private static final int STATIC_SECONDS = Integer.getInteger("load.static.seconds", 30);
    /**
     * Phases 2 and 3 take turns in this many windows of STATIC_SECONDS / WINDOWS each (static, scorecard,
     * static, ...): this machine's speed drifts from one half-minute to the next, and a ratio of two
     * phases run one after the other measured the drift as much as the page (1/7.4 to 1/11.7 on one code).
     */
    private static final int WINDOWS = Integer.getInteger("load.windows", 3);
    private static final double OPEN_RATE = Double.parseDouble(System.getProperty("load.open.rate", "50"));
    private static final int OPEN_SECONDS = Integer.getInteger("load.open.seconds", 60);
    private static final String BASE = "http://127.0.0.1:" + Integer.getInteger("portal.http.port", 28080) + "/portal";
    /**
     * Behind the run command's HAProxy (several Payara Micro instances) a session lives on one instance, which
     * this cookie names ({@code -Dload.sticky.cookie=PORTAL_INSTANCE}); phases 3 and 4 send it with the session.
     */
    private static final String STICKY_COOKIE = System.getProperty("load.sticky.cookie", "");

    /** Payara's cookie naming the version of a session kept in the data grid; set with every answer. */
    private static final String VERSION_COOKIE = "JSESSIONIDVERSION";

    private final PageTimes times = new PageTimes();
    /** The signed-in sessions of phase 1 (cookie, person, a partner id), which phases 3 and 4 use. */
    private final List<Map<String, Object>> signedIn = Collections.synchronizedList(new ArrayList<>());

    private final HttpProtocolBuilder perSession = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8")
            .userAgentHeader("portal-load-benchmark (Gatling)");
    private final HttpProtocolBuilder shared = perSession.shareConnections();

    {
        PopulationBuilder next = offeredRate().injectOpen(constantUsersPerSec(OPEN_RATE).during(OPEN_SECONDS)).protocols(shared);
        int windowSeconds = Math.max(1, STATIC_SECONDS / WINDOWS);
        for (int window = WINDOWS; window >= 1; window--) {
            next = staticResource(window).injectClosed(constantConcurrentUsers(STATIC_USERS).during(windowSeconds))
                    .protocols(shared)
                    .andThen(scorecardPage(window).injectClosed(constantConcurrentUsers(STATIC_USERS).during(windowSeconds))
                            .protocols(shared)
                            .andThen(next));
        }
        setUp(sessions().injectOpen(atOnceUsers(SESSIONS)).protocols(perSession).andThen(next));
    }

    /** Phase 1: each virtual user signs in as the next demo person, waits for all others, then loads its pages for the phase's time. */
    private ScenarioBuilder sessions() {
        AtomicInteger next = new AtomicInteger();
        Iterator<Map<String, Object>> people = Stream.generate(() -> {
            Person person = PEOPLE.get(next.getAndIncrement() % PEOPLE.size());
            return Map.<String, Object>of("user", person.user(), "vendor", person.vendor(),
                    "vendorSide", person.vendorSide(), "firstPage", person.firstPage());
        }).iterator();
        ChainBuilder warmVendorRound = pages(WARM_UP_PHASE, VENDOR_PAGES);
        ChainBuilder warmPartnerRound = pages(WARM_UP_PHASE, PARTNER_PAGES);
        ChainBuilder vendorRound = pages(SESSIONS_PHASE, VENDOR_PAGES);
        ChainBuilder partnerRound = pages(SESSIONS_PHASE, PARTNER_PAGES);
        return scenario("signed-in sessions").feed(people)
                .exec(http("sign-in: a portal page, redirected to Keycloak's form").get("#{firstPage}")
                        .check(css("#kc-form-login", "action").transform(a -> a.replace("&amp;", "&"))
                                .validate("a URL on 127.0.0.1", (action, session) -> {
                                    if (!action.startsWith("http://127.0.0.1:")) {
                                        throw new IllegalStateException("the login form posts to " + action);
                                    }
                                    return action;
                                }).saveAs("loginAction")))
                .exec(http("sign-in: Keycloak's form posted, redirected back").post("#{loginAction}")
                        .formParam("username", "#{user}").formParam("password", "demo")
                        .check(status().is(200), substring("#{vendor} partner portal")))
                .rendezVous(SESSIONS)
                .exitHereIfFailed()
                .exec(session -> session.set("partnerId", "0"))
                .during(Duration.ofSeconds(WARM_UP_SECONDS)).on(
                        doIfOrElse(session -> session.getBoolean("vendorSide")).then(warmVendorRound).orElse(warmPartnerRound))
                .during(Duration.ofSeconds(SECONDS)).on(
                        doIfOrElse(session -> session.getBoolean("vendorSide")).then(vendorRound).orElse(partnerRound))
                .exec(getCookieValue(CookieKey("JSESSIONID").withDomain("127.0.0.1").withPath("/portal").saveAs("cookie")))
                .doIf(session -> !STICKY_COOKIE.isEmpty()).then(
                        exec(getCookieValue(CookieKey(STICKY_COOKIE).withDomain("127.0.0.1").withPath("/").saveAs("instance"))))
                .exec(session -> {
                    Map<String, Object> signed = new HashMap<>(Map.of("cookie", session.getString("cookie"),
                            "vendor", session.getString("vendor"), "vendorSide", session.getBoolean("vendorSide"),
                            "partnerId", session.getString("partnerId")));
                    if (!STICKY_COOKIE.isEmpty()) {
                        signed.put("instance", session.getString("instance"));
                    }
                    if (session.contains("version")) {
                        signed.put("version", session.getString("version"));
                    }
                    signedIn.add(signed);
                    return session;
                });
    }

    /** Loads each page once, in order; the vendor's scorecards page gives the partner whose scorecard comes next. */
    private ChainBuilder pages(String phase, List<String[]> pages) {
        ChainBuilder round = exec(session -> session);
        for (String[] page : pages) {
            round = round.exec(session -> session.set("page", page[0])).exec(page(phase, page[1]));
        }
        return round;
    }

    /**
     * One page request of the session's attribute "page" (its name); records its time and whether it was right.
     * Only the scorecard list is searched for a partner's link: the load tool shares the machine with the server,
     * and a regular expression over every page was CPU taken from the server in the phases that compare it.
     */
    private ChainBuilder page(String phase, String path) {
        List<CheckBuilder> checks = new ArrayList<>(List.of(
                status().saveAs("status"),
                responseTimeInMillis().saveAs("ms"),
                substring("#{vendor} partner portal").count().saveAs("shown"),
                headerRegex("Set-Cookie", VERSION_COOKIE + "=([^;]+)").optional().saveAs("version"),
                status().is(200),
                substring("#{vendor} partner portal")));
        if (path.equals(SCORECARD_LIST)) {
            checks.add(regex("vendor/scorecard\\.xhtml\\?partner=(\\d+)").findRandom().optional().saveAs("partnerId"));
        }
        return exec(session -> session.remove("status").remove("ms").remove("shown"))
                .exec(http(phase + ": #{page}").get(path).check(checks))
                .exec(session -> record(phase, session));
    }

    /** A page counts as an error unless it answered 200 with its vendor's header (not a sign-in or refusal page). */
    private Session record(String phase, Session session) {
        boolean answered = session.contains("ms") && session.contains("status");
        int millis = answered ? session.getInt("ms") : 0;
        boolean ok = answered && session.getInt("status") == 200 && session.contains("shown") && session.getInt("shown") > 0;
        times.record(phase, session.contains("window") ? session.getInt("window") : 0, session.getString("page"), millis, ok);
        return session;
    }

    /** Phase 2, one window of it: the layout's style sheet, from the same server, by users that loop on it. */
    private ScenarioBuilder staticResource(int window) {
        return scenario("static resource " + window)
                .exec(session -> session.set("page", "static portal.css").set("window", window).remove("status").remove("ms")
                        .set("shown", 1))
                .exec(http(STATIC_PHASE + ": portal.css").get(STATIC_RESOURCE).check(
                        status().saveAs("status"), responseTimeInMillis().saveAs("ms"), status().is(200)))
                .exec(session -> record(STATIC_PHASE, session));
    }

    /**
     * Phase 3, one window of it: the partner scorecard page alone, as many users as phase 2 looping on it, each
     * request one of phase 1's signed-in partner sessions in turn: the page the goal compares with the static resource.
     */
    private ScenarioBuilder scorecardPage(int window) {
        AtomicInteger next = new AtomicInteger();
        Iterator<Map<String, Object>> partnerSessions = Stream.generate(() -> {
            List<Map<String, Object>> partners = signedIn.stream().filter(s -> !(Boolean) s.get("vendorSide")).toList();
            if (partners.isEmpty()) {
                throw new IllegalStateException("no partner session of phase 1 signed in");
            }
            Map<String, Object> request = new HashMap<>(partners.get(next.getAndIncrement() % partners.size()));
            request.put("page", "partner scorecard");
            request.put("window", window);
            return request;
        }).iterator();
        return scenario("scorecard page " + window).feed(partnerSessions)
                .exec(sessionCookies())
                .exec(page(SCORECARD_PHASE, "/partner/scorecard.xhtml"));
    }

    /** Phase 4: a constant rate of arrivals, each one page of one of phase 1's signed-in sessions, pages in turn. */
    private ScenarioBuilder offeredRate() {
        AtomicInteger next = new AtomicInteger();
        Iterator<Map<String, Object>> requests = Stream.generate(() -> {
            int n = next.getAndIncrement();
            if (signedIn.isEmpty()) {
                throw new IllegalStateException("no session of phase 1 signed in: nothing to offer requests to");
            }
            Map<String, Object> session = signedIn.get(n % signedIn.size());
            List<String[]> pages = (Boolean) session.get("vendorSide") ? VENDOR_PAGES : PARTNER_PAGES;
            String[] page = pages.get((n / signedIn.size()) % pages.size());
            Map<String, Object> request = new HashMap<>(session);
            request.put("page", page[0]);
            // The feeder's value is not evaluated again: the partner's id goes into the path here.
            request.put("path", page[1].replace("#{partnerId}", (String) session.get("partnerId")));
            return request;
        }).iterator();
        return scenario("offered rate").feed(requests)
                .exec(sessionCookies())
                .exec(page(OPEN_PHASE, "#{path}"));
    }

    /**
     * The cookies of one of phase 1's sessions, as its browser sends them: its session id, the session's version
     * where the server keeps sessions in the data grid (without it Payara Micro answered most requests with a new
     * session, i.e. a sign-in page) and, behind HAProxy, its instance.
     */
    private static ChainBuilder sessionCookies() {
        ChainBuilder session = exec(addCookie(Cookie("JSESSIONID", "#{cookie}").withDomain("127.0.0.1").withPath("/portal")))
                .exec(doIf(s -> s.contains("version")).then(exec(
                        addCookie(Cookie(VERSION_COOKIE, "#{version}").withDomain("127.0.0.1").withPath("/portal")))));
        return STICKY_COOKIE.isEmpty() ? session
                : session.exec(addCookie(Cookie(STICKY_COOKIE, "#{instance}").withDomain("127.0.0.1").withPath("/")));
    }

    @Override
    public void after() {
        String report = times.report(String.format(
                "Load benchmark of %s, %s, %d cores, load average at the end %s", BASE,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(), loadAverage()),
                List.of(WARM_UP_PHASE + ": the same sessions and pages for " + WARM_UP_SECONDS
                                + " s first, while the server's JIT compiles the pages' code (not in the figures below it)",
                        SESSIONS_PHASE + ": " + SESSIONS + " signed-in sessions, each loading its pages one after another for "
                                + SECONDS + " s (closed model)",
                        STATIC_PHASE + ": " + STATIC_USERS + " users looping on " + STATIC_RESOURCE + " for " + STATIC_SECONDS
                                + " s, in " + WINDOWS + " windows taking turns with the scorecard's",
                        SCORECARD_PHASE + ": " + STATIC_USERS + " users looping on /partner/scorecard.xhtml of the partner"
                                + " sessions for " + STATIC_SECONDS + " s, in " + WINDOWS + " windows taking turns with the static's",
                        OPEN_PHASE + ": " + OPEN_RATE + " pages/s offered for " + OPEN_SECONDS + " s (open model) on those sessions"),
                STATIC_PHASE, List.of(SESSIONS_PHASE, SCORECARD_PHASE));
        System.out.println("\n" + report);
        PageTimes.write(System.getProperty("load.figures"), report);
    }

    private static String loadAverage() {
        return String.format(java.util.Locale.ROOT, "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
