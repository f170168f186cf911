package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.stack.MicroCluster;
import com.partnerqbr.portal.stack.PortalStack;
import com.partnerqbr.portal.stack.StackSettings;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The portal's WAR on two Payara Micro instances behind HAProxy (README "Running more than one
 * server"), against the test stack's MariaDB (a schema of their own, empty when they start) and
 * Keycloak: both started together, once for the class. Each migration is applied once; an edit on
 * one instance is read on the other at once; two vendors on both instances see only their own; a
 * signed-in session, a form opened in it included, continues on the other instance from the data
 * grid, and survives the loss (SIGKILL) of the instance that signed it in, with its roles; a session
 * ended at Keycloak ends on every instance.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MicroClusterIT {

    private static final String SCHEMA = "portal_cluster";
    private static final Pattern MIGRATED = Pattern.compile("Schema at version (\\S+) \\((\\d+) migrations applied now\\)");

    /** Pages whose view-scoped beans hold loaded rows (tables, lists, a scorecard overview). */
    private static final List<String> VIEWS_WITH_STATE = List.of("/vendor/partners.xhtml", "/vendor/scorecards.xhtml",
            "/vendor/commitments.xhtml", "/vendor/definitions.xhtml", "/vendor/audit.xhtml", "/vendor/sent-mail.xhtml",
            "/vendor/program-settings.xhtml", "/people.xhtml", "/disputes.xhtml");

    private MicroCluster cluster;
    private String base;

    @BeforeAll
    void startTwoInstancesOnAnEmptySchema() throws Exception {
        PortalStack stack = StackSession.stack();
        int proxyPort = freePort();
        StackSettings settings = stack.settings().with("portal.db.name", SCHEMA).with("portal.micro.instances", "2")
                .with("portal.http.port", String.valueOf(proxyPort));
        base = settings.portalBaseUrl();
        stack.createSchema(SCHEMA);
        acceptSignInsAt(base);
        cluster = stack.microCluster(settings);
        Duration took = cluster.start();
        System.out.println("MicroClusterIT: two Payara Micro instances and HAProxy started together on an empty schema in "
                + took.toSeconds() + " s (each ready after " + cluster.startTimes() + ")");
    }

    @AfterAll
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void twoInstancesStartingTogetherOnAnEmptySchemaApplyEachMigrationOnce() throws Exception {
        // each instance runs two applications (pages, API), each with the services: four migrations at start-up
        List<MatchResult> migrations = cluster.names().stream().flatMap(this::migrationLines).toList();
        List<Integer> shipped = migrationVersions();
        int applied = migrations.stream().mapToInt(m -> Integer.parseInt(m.group(2))).sum();
        // Flyway takes its lock in MariaDB for each migration: they may share the work, never repeat it.
        assertEquals(2 * cluster.names().size(), migrations.size(), "each application of each instance migrated");
        assertEquals(shipped.size(), applied, "each migration applied by one of them: "
                + migrations.stream().map(MatchResult::group).toList());
        // one that applied none names the version it found, which may be older than the last (or none)
        assertEquals(shipped.get(shipped.size() - 1), migrations.stream().map(m -> m.group(1))
                .filter(v -> v.matches("\\d+")).mapToInt(Integer::parseInt).max().orElseThrow(),
                "the last one applied is the last shipped: " + migrations.stream().map(MatchResult::group).toList());
    }

    /** The versions of the migrations the model ships ({@code db/migration}), in order. */
    private static List<Integer> migrationVersions() throws Exception {
        java.net.URL folder = MicroClusterIT.class.getClassLoader().getResource("db/migration");
        assertNotNull(folder);
        List<String> names;
        if ("jar".equals(folder.getProtocol())) {
            try (java.util.jar.JarFile jar = ((java.net.JarURLConnection) folder.openConnection()).getJarFile()) {
                names = jar.stream().map(e -> e.getName().substring(e.getName().lastIndexOf('/') + 1)).toList();
            }
        } else {
            try (var files = Files.list(java.nio.file.Path.of(folder.toURI()))) {
                names = files.map(f -> f.getFileName().toString()).toList();
            }
        }
        return names.stream().filter(n -> n.matches("V\\d+__.+\\.sql"))
                .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).sorted().toList();
    }

    @Test
    @Order(2)
    void anEditOnOneInstanceIsReadOnTheOtherAtOnce() throws Exception {
        String first = cluster.names().get(0);
        String second = cluster.names().get(1);
        Browser onFirst = signIn("alice", first);
        Browser onSecond = signIn("alice", second);
        String code = "micro-" + UUID.randomUUID().toString().substring(0, 8);
        Browser.Page saved = onFirst.get(base + "/vendor/partner-edit.xhtml").submit("partnerForm",
                partner(code, "Micro Partner"));
        assertTrue(saved.response().body().contains("Saved Micro Partner."), saved.text());
        String id = saved.url().substring(saved.url().indexOf("id=") + 3);

        Browser.Page edit = onSecond.get(base + "/vendor/partner-edit.xhtml?id=" + id);
        assertEquals("Micro Partner", edit.html().getElementById("partnerForm:name").val(), "the other instance reads it");
        Browser.Page stale = onFirst.get(base + "/vendor/partner-edit.xhtml?id=" + id);
        Browser.Page renamed = edit.submit("partnerForm", Map.of("partnerForm:name", "Micro Partner Ltd",
                "partnerForm:type_input", "REFERRAL", "partnerForm:save", ""));
        assertTrue(renamed.response().body().contains("Saved Micro Partner Ltd."), renamed.text());

        Browser.Page back = onFirst.get(base + "/vendor/partner-edit.xhtml?id=" + id);
        assertEquals("Micro Partner Ltd", back.html().getElementById("partnerForm:name").val(),
                "the first instance reads the other's change at once");
        Browser.Page refused = stale.submit("partnerForm", Map.of("partnerForm:name", "Micro Partner SA",
                "partnerForm:type_input", "REFERRAL", "partnerForm:save", ""));
        assertTrue(refused.text().contains("Not saved: Someone changed Micro Partner Ltd since you opened it;"
                + " nothing was saved. Theirs: name 'Micro Partner Ltd'. Yours: name 'Micro Partner SA'."), refused.text());
        assertEquals(first, onFirst.cookie(MicroCluster.instanceCookie()), "each browser stayed on its instance");
        assertEquals(second, onSecond.cookie(MicroCluster.instanceCookie()), "each browser stayed on its instance");
    }

    @Test
    @Order(4)
    void twoVendorsOnBothInstancesSeeOnlyTheirOwn() throws Exception {
        for (String instance : cluster.names()) {
            String acme = signIn("alice", instance).get(base + "/vendor/partners.xhtml").text();
            assertTrue(acme.contains("Acme Analytics partner portal") && acme.contains("Brightpath Solutions"), instance + ": " + acme);
            assertFalse(acme.contains("Summit Resellers"), instance + ": another vendor's partner: " + acme);
            String globex = signIn("gina", instance).get(base + "/vendor/partners.xhtml").text();
            assertTrue(globex.contains("Globex Systems partner portal") && globex.contains("Summit Resellers"), instance + ": " + globex);
            assertFalse(globex.contains("Brightpath Solutions"), instance + ": another vendor's partner: " + globex);
            Browser sam = signIn("sam", instance);
            assertEquals(403, sam.get(base + "/vendor/partners.xhtml").status(), instance + ": a partner user on a vendor page");
            String own = sam.get(base + "/partner/home.xhtml").text();
            assertTrue(own.contains("Brightpath Solutions") && !own.contains("Orbit Integrations"), instance + ": " + own);
            assertEquals(instance, sam.cookie(MicroCluster.instanceCookie()));
        }
    }

    /** The REST API on each instance and through the proxy: each vendor's token reads its own partners only. */
    @Test
    @Order(3)
    void theApiAnswersOnEveryInstanceWithEachVendorsOwnPartners() throws Exception {
        String acme = ApiClient.clientCredentials("portal-api");
        String globex = ApiClient.clientCredentials("portal-api-globex");
        List<String> apis = new java.util.ArrayList<>(cluster.names().stream()
                .map(instance -> cluster.baseUrl(instance).replace("/portal", "/api/v1")).toList());
        apis.add(base.replace("/portal", "/api/v1"));
        for (String api : apis) {
            ApiClient.Answer acmes = partners(api, acme);
            assertEquals(200, acmes.status(), api + ": " + acmes.body());
            assertTrue(acmes.body().contains("Brightpath Solutions") && !acmes.body().contains("Summit Resellers"),
                    api + ": " + acmes.body());
            ApiClient.Answer globexes = partners(api, globex);
            assertEquals(200, globexes.status(), api + ": " + globexes.body());
            assertTrue(globexes.body().contains("Summit Resellers") && !globexes.body().contains("Brightpath Solutions"),
                    api + ": " + globexes.body());
            ApiClient.Answer anonymous = ApiClient.send(HttpRequest.newBuilder(URI.create(api + "/partners")));
            assertEquals(401, anonymous.status(), api + ": " + anonymous.body());
        }
    }

    private static ApiClient.Answer partners(String api, String token) throws Exception {
        return ApiClient.send(HttpRequest.newBuilder(URI.create(api + "/partners?limit=100"))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token));
    }

    /**
     * Keycloak tells one instance (the proxy chooses it) that alice's session there ended; her
     * portal session ends on both instances, sam's goes on. For the test, the realm's portal client
     * sends its back-channel logout to the cluster's address instead of the test server's.
     */
    @Test
    @Order(5)
    void aSessionEndedAtKeycloakEndsOnEveryInstance() throws Exception {
        Browser alice = signIn("alice", cluster.names().get(0));
        Browser sam = signIn("sam", cluster.names().get(1));
        KeycloakAdmin admin = KeycloakAdmin.signIn();
        JsonObject client = admin.get("/clients?clientId=portal-web").asJsonArray().getJsonObject(0);
        String clientPath = "/clients/" + client.getString("id");
        String logoutUrl = "backchannel.logout.url";
        try {
            admin.put(clientPath, Json.createObjectBuilder(client).add("attributes", Json.createObjectBuilder(
                    client.getJsonObject("attributes")).add(logoutUrl, base + "/backchannel-logout")).build());
            assertEquals(204, admin.post("/users/" + admin.userId("alice") + "/logout").statusCode());
        } finally {
            JsonObject now = admin.get(clientPath).asJsonObject();
            admin.put(clientPath, Json.createObjectBuilder(now).add("attributes", Json.createObjectBuilder(
                    now.getJsonObject("attributes")).add(logoutUrl, client.getJsonObject("attributes")
                    .getString(logoutUrl))).build());
        }
        for (String instance : cluster.names()) {
            alice.setCookie(MicroCluster.instanceCookie(), instance);
            Browser.Page again = alice.get(base + "/vendor/partners.xhtml");
            assertNotNull(again.html().getElementById("kc-form-login"), instance + ": alice's session ended, she signs in"
                    + " again: " + again.url());
            sam.setCookie(MicroCluster.instanceCookie(), instance);
            assertSignedIn(sam, base + "/partner/home.xhtml", "Brightpath Solutions");
        }
    }

    @Test
    @Order(6)
    void aSessionContinuesOnTheOtherInstanceFromTheDataGridFormsIncluded() throws Exception {
        String first = cluster.names().get(0);
        String other = cluster.names().get(1);
        Browser alice = signIn("alice", first);
        for (String page : VIEWS_WITH_STATE) {
            assertEquals(200, alice.get(base + page).status(), page);
        }
        Browser.Page form = alice.get(base + "/vendor/partner-edit.xhtml");
        assertEquals(first, alice.cookie(MicroCluster.instanceCookie()));

        alice.setCookie(MicroCluster.instanceCookie(), other);
        assertSignedIn(alice, base + "/vendor/program-settings.xhtml", "Acme Analytics partner portal");
        assertEquals(403, alice.get(base + "/partner/home.xhtml").status(), "alice is no partner user on " + other);
        String code = "grid-" + UUID.randomUUID().toString().substring(0, 8);
        Browser.Page saved = form.submit("partnerForm", partner(code, "Grid Partner Köln"));
        assertTrue(saved.response().body().contains("Saved Grid Partner Köln."), "the form opened on " + first
                + " is saved on " + other + ": " + saved.text());
        assertEquals(other, alice.cookie(MicroCluster.instanceCookie()));
    }

    @Test
    @Order(7)
    void aSessionSurvivesTheLossOfItsInstanceWithItsRolesAndItsOpenForm() throws Exception {
        String first = cluster.names().get(0);
        String other = cluster.names().get(1);
        Browser alice = signIn("alice", first);
        Browser sam = signIn("sam", first);
        Browser.Page form = alice.get(base + "/vendor/partner-edit.xhtml");
        assertEquals(first, alice.cookie(MicroCluster.instanceCookie()), "alice is on " + first);

        long killed = System.nanoTime();
        cluster.kill(first);
        Browser.Page page = null;
        for (int attempt = 0; attempt < 120 && (page == null || page.status() != 200); attempt++) {
            try {
                page = alice.get(base + "/vendor/program-settings.xhtml");
            } catch (IOException e) {
                page = null;
            }
            if (page == null || page.status() != 200) {
                Thread.sleep(250);
            }
        }
        long failOverMillis = (System.nanoTime() - killed) / 1_000_000;
        System.out.println("MicroClusterIT: " + first + " killed; alice's next page through the proxy answered after "
                + failOverMillis + " ms, on " + alice.cookie(MicroCluster.instanceCookie()));
        assertNotNull(page);
        assertEquals(200, page.status(), page.text());
        assertEquals(base + "/vendor/program-settings.xhtml", page.url(), "the page asked for, not a new sign-in");
        assertTrue(page.response().previousResponse().isEmpty(), "answered from the session, no detour to Keycloak");
        assertEquals(other, alice.cookie(MicroCluster.instanceCookie()), "the proxy moved alice to " + other);
        String code = "lost-" + UUID.randomUUID().toString().substring(0, 8);
        Browser.Page saved = form.submit("partnerForm", partner(code, "Failover Partner"));
        assertTrue(saved.response().body().contains("Saved Failover Partner."), "the form opened on the lost instance: "
                + saved.text());
        assertEquals(403, alice.get(base + "/partner/home.xhtml").status(), "alice is no partner user on " + other);
        assertSignedIn(sam, base + "/partner/home.xhtml", "Brightpath Solutions");
        assertEquals(403, sam.get(base + "/vendor/program-settings.xhtml").status(), "sam gains no vendor role");
        assertFalse(cluster.running(first));
    }

    /** Every session attribute went into the data grid: no instance logged one it could not serialize. */
    @Test
    @Order(8)
    void everythingTheSessionsHeldWentIntoTheDataGrid() throws Exception {
        for (String instance : cluster.names()) {
            String log = Files.readString(cluster.log(instance), StandardCharsets.ISO_8859_1);
            assertFalse(log.contains("Cannot serialize session attribute"), instance + " left session state out of the grid: "
                    + log.lines().filter(l -> l.contains("Cannot serialize")).distinct().toList());
        }
    }

    private static Map<String, String> partner(String code, String name) {
        return Map.of("partnerForm:code", code, "partnerForm:name", name, "partnerForm:type_input", "REFERRAL",
                "partnerForm:joinedOn", "2025-02-01", "partnerForm:timeZone", "Europe/Berlin", "partnerForm:save", "");
    }

    /** The page answers 200 at that very address (not after a detour through the sign-in) and shows the text. */
    private static void assertSignedIn(Browser browser, String url, String text) throws Exception {
        Browser.Page page = browser.get(url);
        assertEquals(200, page.status(), url);
        assertEquals(url, page.url(), "signed in, not sent to sign in");
        assertTrue(page.response().previousResponse().isEmpty(), url + " answered without a redirect");
        assertTrue(page.text().contains(text), url + ": " + page.text());
    }

    /** A browser the proxy sends to that instance (its cookie set before the first request), signed in there. */
    private Browser signIn(String user, String instance) throws Exception {
        Browser browser = new Browser();
        browser.setCookie(MicroCluster.instanceCookie(), instance);
        signIn(browser, user);
        return browser;
    }

    /** Signs in through the proxy; returns the address the user lands on. */
    private String signIn(Browser browser, String user) throws Exception {
        Browser.Page landed = browser.get(base + "/").submit("kc-form-login", Map.of("username", user, "password", "demo"));
        assertEquals(200, landed.status(), landed.text());
        assertTrue(landed.url().startsWith(base), landed.url());
        return landed.url();
    }

    private Stream<MatchResult> migrationLines(String instance) {
        try {
            return MIGRATED.matcher(Files.readString(cluster.log(instance), StandardCharsets.ISO_8859_1)).results();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The realm's portal client accepts the cluster's address too (its callback, sign-out and back-channel logout). */
    private static void acceptSignInsAt(String base) throws Exception {
        KeycloakAdmin admin = KeycloakAdmin.signIn();
        JsonArray clients = admin.get("/clients?clientId=portal-web").asJsonArray();
        JsonObject client = clients.getJsonObject(0);
        admin.put("/clients/" + client.getString("id"), Json.createObjectBuilder(client)
                .add("redirectUris", Json.createArrayBuilder(client.getJsonArray("redirectUris")).add(base + "/Callback"))
                .build());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
