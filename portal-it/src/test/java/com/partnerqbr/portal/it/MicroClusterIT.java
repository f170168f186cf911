package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.stack.MicroCluster;
import com.partnerqbr.portal.stack.PortalStack;
import com.partnerqbr.portal.stack.StackSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
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
    private ProxiedPortal portal;

    @BeforeAll
    void startTwoInstancesOnAnEmptySchema() throws Exception {
        PortalStack stack = StackSession.stack();
        int proxyPort = ProxiedPortal.freePort();
        StackSettings settings = stack.settings().with("portal.db.name", SCHEMA).with("portal.micro.instances", "2")
                .with("portal.http.port", String.valueOf(proxyPort));
        base = settings.portalBaseUrl();
        stack.createSchema(SCHEMA);
        portal = new ProxiedPortal(base);
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
        Browser onFirst = portal.signIn("alice", first);
        Browser onSecond = portal.signIn("alice", second);
        String code = "micro-" + UUID.randomUUID().toString().substring(0, 8);
        Browser.Page saved = onFirst.get(base + "/vendor/partner-edit.xhtml").submit("partnerForm",
                ProxiedPortal.partner(code, "Micro Partner"));
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
        assertEquals(first, onFirst.cookie(ProxiedPortal.instanceCookie()), "each browser stayed on its instance");
        assertEquals(second, onSecond.cookie(ProxiedPortal.instanceCookie()), "each browser stayed on its instance");
    }

    @Test
    @Order(4)
    void twoVendorsOnBothInstancesSeeOnlyTheirOwn() throws Exception {
        for (String instance : cluster.names()) {
            portal.assertEachVendorSeesOnlyItsOwn(instance);
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
        Browser alice = portal.signIn("alice", cluster.names().get(0));
        Browser sam = portal.signIn("sam", cluster.names().get(1));
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
            alice.setCookie(ProxiedPortal.instanceCookie(), instance);
            Browser.Page again = alice.get(base + "/vendor/partners.xhtml");
            assertNotNull(again.html().getElementById("kc-form-login"), instance + ": alice's session ended, she signs in"
                    + " again: " + again.url());
            sam.setCookie(ProxiedPortal.instanceCookie(), instance);
            ProxiedPortal.assertSignedIn(sam, base + "/partner/home.xhtml", "Brightpath Solutions");
        }
    }

    @Test
    @Order(6)
    void aSessionContinuesOnTheOtherInstanceFromTheDataGridFormsIncluded() throws Exception {
        String first = cluster.names().get(0);
        String other = cluster.names().get(1);
        Browser alice = portal.signIn("alice", first);
        for (String page : VIEWS_WITH_STATE) {
            assertEquals(200, alice.get(base + page).status(), page);
        }
        portal.assertSessionMovesWithItsForm(alice, first, other, "grid-", "Grid Partner Köln");
    }

    @Test
    @Order(7)
    void aSessionSurvivesTheLossOfItsInstanceWithItsRolesAndItsOpenForm() throws Exception {
        String first = cluster.names().get(0);
        String other = cluster.names().get(1);
        Browser alice = portal.signIn("alice", first);
        Browser sam = portal.signIn("sam", first);
        Browser.Page form = alice.get(base + "/vendor/partner-edit.xhtml");
        assertEquals(first, alice.cookie(ProxiedPortal.instanceCookie()), "alice is on " + first);

        long killed = System.nanoTime();
        cluster.kill(first);
        Browser.Page page = ProxiedPortal.firstAnswer(alice, base + "/vendor/program-settings.xhtml");
        long failOverMillis = (System.nanoTime() - killed) / 1_000_000;
        System.out.println("MicroClusterIT: " + first + " killed; alice's next page through the proxy answered after "
                + failOverMillis + " ms, on " + alice.cookie(ProxiedPortal.instanceCookie()));
        assertNotNull(page);
        assertEquals(200, page.status(), page.text());
        assertEquals(base + "/vendor/program-settings.xhtml", page.url(), "the page asked for, not a new sign-in");
        assertTrue(page.response().previousResponse().isEmpty(), "answered from the session, no detour to Keycloak");
        assertEquals(other, alice.cookie(ProxiedPortal.instanceCookie()), "the proxy moved alice to " + other);
        String code = "lost-" + UUID.randomUUID().toString().substring(0, 8);
        Browser.Page saved = form.submit("partnerForm", ProxiedPortal.partner(code, "Failover Partner"));
        assertTrue(saved.response().body().contains("Saved Failover Partner."), "the form opened on the lost instance: "
                + saved.text());
        assertEquals(403, alice.get(base + "/partner/home.xhtml").status(), "alice is no partner user on " + other);
        ProxiedPortal.assertSignedIn(sam, base + "/partner/home.xhtml", "Brightpath Solutions");
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

    private Stream<MatchResult> migrationLines(String instance) {
        try {
            return MIGRATED.matcher(Files.readString(cluster.log(instance), StandardCharsets.ISO_8859_1)).results();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
