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
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
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
 * browser whose instance is lost (SIGKILL) is signed in again on the other through Keycloak's
 * single sign-on, without a password, with its roles. That the session itself moves through the
 * data grid is disabled with its defects named.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MicroClusterIT {

    private static final String SCHEMA = "portal_cluster";
    private static final Pattern MIGRATED = Pattern.compile("Schema at version (\\S+) \\((\\d+) migrations applied now\\)");

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
        List<Matcher> migrations = cluster.names().stream().map(this::migrationLine).toList();
        List<Integer> shipped = migrationVersions();
        int applied = migrations.stream().mapToInt(m -> Integer.parseInt(m.group(2))).sum();
        // Flyway takes its lock in MariaDB for each migration: the two may share the work, never repeat it.
        assertEquals(shipped.size(), applied, "each migration applied by one of them: "
                + migrations.stream().map(Matcher::group).toList());
        // the one that applied none names the version it found, which may be older than the last (or none)
        assertEquals(shipped.get(shipped.size() - 1), migrations.stream().map(m -> m.group(1))
                .filter(v -> v.matches("\\d+")).mapToInt(Integer::parseInt).max().orElseThrow(),
                "the last one applied is the last shipped: " + migrations.stream().map(Matcher::group).toList());
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
        Browser.Page saved = onFirst.get(base + "/vendor/partner-edit.xhtml").submit("partnerForm", Map.of(
                "partnerForm:code", code, "partnerForm:name", "Micro Partner", "partnerForm:type_input", "REFERRAL",
                "partnerForm:joinedOn", "2025-02-01", "partnerForm:timeZone", "Europe/Berlin", "partnerForm:save", ""));
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
    @Order(3)
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

    @Test
    @Order(5)
    void aBrowserWhoseInstanceIsLostIsSignedInAgainOnTheOtherWithoutAPasswordAndWithItsRoles() throws Exception {
        String first = cluster.names().get(0);
        String other = cluster.names().get(1);
        Browser alice = new Browser();
        alice.setCookie(MicroCluster.instanceCookie(), first);
        String landing = signIn(alice, "alice");
        Browser sam = signIn("sam", first);
        assertSignedIn(alice, base + "/vendor/program-settings.xhtml", "Acme Analytics partner portal");
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
        assertEquals(landing, page.url(), "signed in again through Keycloak's single sign-on, no password asked: her home");
        assertTrue(page.text().contains("Acme Analytics partner portal"), page.text());
        assertEquals(other, alice.cookie(MicroCluster.instanceCookie()), "the proxy moved alice to " + other);
        assertSignedIn(alice, base + "/vendor/program-settings.xhtml", "Acme Analytics partner portal");
        assertEquals(403, alice.get(base + "/partner/home.xhtml").status(), "alice is no partner user on " + other);
        Browser.Page samsHome = sam.get(base + "/partner/home.xhtml");
        assertEquals(200, samsHome.status());
        assertTrue(samsHome.text().contains("Brightpath Solutions"), samsHome.text());
        assertEquals(403, sam.get(base + "/vendor/program-settings.xhtml").status(), "sam gains no vendor role");
        assertFalse(cluster.running(first));
    }

    /**
     * What issue 18 asks: the session itself continues on another instance from the data grid.
     * Tried with portal-web {@code <distributable/>} on Payara Micro 6.2025.10 (2026-12-06): the
     * instance that signed alice in logged "Cannot serialize session attribute WELD_S#...OpenIdContextImpl"
     * (Soteria's OpenID Connect context, its tokens, is not serializable), the other restored the
     * principal without tokens and Soteria failed with a NullPointerException (OpenIdAuthenticationMechanism
     * line 196, getAccessToken() null): 500; and a session written by one instance failed to load on
     * the other with "WELD-001500: Failed to deserialize proxy object with beanId ...|ClientWindowScopeExtension|
     * ...AuthenticationController" (Weld names Soteria's beans after a different extension in each JVM).
     */
    @Test
    @Order(4)
    @Disabled("Payara Micro 6.2025.10: Soteria's OpenIdContextImpl is not serializable and Weld's ids of Soteria's"
            + " beans differ between instances (WELD-001500), so an OpenID Connect session cannot move through the"
            + " data grid; portal-web is not <distributable/> until that is fixed")
    void aSessionContinuesOnTheOtherInstanceFromTheDataGrid() throws Exception {
        Browser alice = signIn("alice", cluster.names().get(1));
        String other = cluster.names().get(0);
        assertSignedIn(alice, cluster.baseUrl(other) + "/vendor/program-settings.xhtml", "Acme Analytics partner portal");
        assertEquals(403, alice.get(cluster.baseUrl(other) + "/partner/home.xhtml").status());
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

    private Matcher migrationLine(String instance) {
        try {
            Matcher matcher = MIGRATED.matcher(Files.readString(cluster.log(instance), StandardCharsets.ISO_8859_1));
            assertTrue(matcher.find(), instance + " logged no schema migration");
            return matcher;
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
