package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.stack.DeploymentGroup;
import com.partnerqbr.portal.stack.PortalStack;
import com.partnerqbr.portal.stack.StackSettings;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The portal's EAR on a deployment group of two Payara Server instances behind HAProxy (README "Running
 * more than one server"), set up by config/payara/deployment-group.asadmin on a domain of its own, against
 * the test stack's MariaDB (a schema of its own, empty when it starts) and Keycloak, once for the class.
 * Nothing of the group listens beyond loopback; two vendors on both instances see only their own; a
 * signed-in session, a form opened in it included, continues on the other instance from the data grid
 * (the EAR is deployed with availability enabled) and survives the loss (SIGKILL) of the instance that
 * signed it in, with its roles.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeploymentGroupIT {

    private static final String SCHEMA = "portal_group";

    private DeploymentGroup group;
    private String base;
    private ProxiedPortal portal;

    @BeforeAll
    void startTheGroupOnAnEmptySchema() throws Exception {
        PortalStack stack = StackSession.stack();
        StackSettings settings = stack.settings().withOwnServerPorts().with("portal.db.name", SCHEMA)
                .with("portal.state.dir", stack.settings().stateDir().resolve("group").toString());
        base = settings.portalBaseUrl();
        stack.createSchema(SCHEMA);
        portal = new ProxiedPortal(base);
        group = stack.deploymentGroup(settings);
        Duration took = group.start();
        System.out.println("DeploymentGroupIT: the DAS, two instances and HAProxy started, the EAR deployed to the group, on"
                + " an empty schema, in " + took.toSeconds() + " s (from the start: " + group.startTimes()
                + "); the test stack's single Payara Server started and deployed the EAR in "
                + (stack.applicationServerStart() == null ? "-" : stack.applicationServerStart().toSeconds() + " s"));
    }

    @AfterAll
    void stop() {
        if (group != null) {
            group.close();
        }
    }

    /**
     * What the DAS and the instances listen on, by {@code ss}, and what their logs say they listened on since the
     * domain's first boot: 127.0.0.1 only (IPv4 or IPv4-mapped), and no message broker.
     */
    @Test
    @Order(1)
    void nothingOfTheGroupListensBeyondLoopback() throws Exception {
        List<ProcessHandle> processes = group.processes();
        assertEquals(3, processes.size(), "the DAS and two instances run");
        Process ss = new ProcessBuilder("ss", "-ltnpH").redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ss.getInputStream().transferTo(out);
        assertEquals(0, ss.waitFor());
        List<String> lines = out.toString().lines().toList();
        for (ProcessHandle process : processes) {
            List<String> own = lines.stream().filter(l -> l.contains("pid=" + process.pid() + ",")).toList();
            assertTrue(own.size() >= 4, "process " + process.pid() + " listens: " + own);
            List<String> local = own.stream().map(l -> l.trim().split("\\s+")[3]).toList();
            assertTrue(local.stream().allMatch(a -> a.startsWith("127.0.0.1:") || a.startsWith("[::ffff:127.0.0.1]:")),
                    "process " + process.pid() + " listens beyond loopback: " + local);
        }
        // What ss cannot see: a listener of the DAS's set-up boot, or a message broker that starts later on a
        // first connection to its JMS listener (a CI run found its services on three random ports of 0.0.0.0).
        List<String> logged = group.listenersBound();
        assertTrue(logged.stream().anyMatch(l -> l.startsWith("Network Listener http-listener-1 ")), logged.toString());
        assertEquals(List.of(), logged.stream().filter(l -> !l.contains(" bound to [/127.0.0.1:")).toList(),
                "a listener bound beyond loopback");
        assertEquals(List.of(), logged.stream().filter(l -> l.contains("JMS")).toList(), "a message broker's listener");
    }

    @Test
    @Order(2)
    void twoVendorsOnBothInstancesSeeOnlyTheirOwn() throws Exception {
        for (String instance : group.names()) {
            portal.assertEachVendorSeesOnlyItsOwn(instance);
        }
    }

    @Test
    @Order(3)
    void aSessionContinuesOnTheOtherInstanceFromTheDataGridFormsIncluded() throws Exception {
        String first = group.names().get(0);
        String other = group.names().get(1);
        Browser alice = portal.signIn("alice", first);
        portal.assertSessionMovesWithItsForm(alice, first, other, "group-", "Group Partner Köln");
    }

    @Test
    @Order(4)
    void aSessionSurvivesTheLossOfItsInstanceWithItsRolesAndItsOpenForm() throws Exception {
        String first = group.names().get(0);
        String other = group.names().get(1);
        Browser alice = portal.signIn("alice", first);
        Browser sam = portal.signIn("sam", first);
        Browser.Page form = alice.get(base + "/vendor/partner-edit.xhtml");
        assertEquals(first, alice.cookie(ProxiedPortal.instanceCookie()), "alice is on " + first);

        long killed = System.nanoTime();
        group.kill(first);
        Browser.Page page = ProxiedPortal.firstAnswer(alice, base + "/vendor/program-settings.xhtml");
        long failOverMillis = (System.nanoTime() - killed) / 1_000_000;
        System.out.println("DeploymentGroupIT: " + first + " killed; alice's next page through the proxy answered after "
                + failOverMillis + " ms, on " + alice.cookie(ProxiedPortal.instanceCookie()));
        assertNotNull(page);
        assertEquals(200, page.status(), page.text());
        assertEquals(base + "/vendor/program-settings.xhtml", page.url(), "the page asked for, not a new sign-in");
        assertTrue(page.response().previousResponse().isEmpty(), "answered from the session, no detour to Keycloak");
        assertEquals(other, alice.cookie(ProxiedPortal.instanceCookie()), "the proxy moved alice to " + other);
        assertEquals(403, alice.get(base + "/partner/home.xhtml").status(), "alice is no partner user on " + other);
        ProxiedPortal.assertSignedIn(sam, base + "/partner/home.xhtml", "Brightpath Solutions");
        assertEquals(403, sam.get(base + "/vendor/program-settings.xhtml").status(), "sam gains no vendor role");
        assertFalse(group.running(first));
        portal.assertEachVendorSeesOnlyItsOwn(other);
        String code = "lost-" + UUID.randomUUID().toString().substring(0, 8);
        Browser.Page saved = form.submit("partnerForm", ProxiedPortal.partner(code, "Group Failover Partner"));
        assertTrue(saved.response().body().contains("Saved Group Failover Partner."), "the form opened on the lost instance: "
                + saved.text());
    }
}
