package com.partnerqbr.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.partnerqbr.portal.stack.MicroCluster;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;

/**
 * A portal of several instances behind the stack's HAProxy (Payara Micro or a deployment group of Payara
 * Server) as the cluster ITs use it: browsers the proxy sends to a chosen instance, signed in there.
 */
final class ProxiedPortal {

    private final String base;

    /** The portal at that address; the realm's portal client accepts sign-ins there from now on. */
    ProxiedPortal(String base) throws Exception {
        this.base = base;
        KeycloakAdmin admin = KeycloakAdmin.signIn();
        JsonObject client = admin.get("/clients?clientId=portal-web").asJsonArray().getJsonObject(0);
        admin.put("/clients/" + client.getString("id"), Json.createObjectBuilder(client)
                .add("redirectUris", Json.createArrayBuilder(client.getJsonArray("redirectUris")).add(base + "/Callback"))
                .build());
    }

    /** The cookie the proxy names a browser's instance with. */
    static String instanceCookie() {
        return MicroCluster.instanceCookie();
    }

    /** A browser the proxy sends to that instance (its cookie set before the first request), signed in there. */
    Browser signIn(String user, String instance) throws Exception {
        Browser browser = new Browser();
        browser.setCookie(instanceCookie(), instance);
        signIn(browser, user);
        return browser;
    }

    /** Signs in through the proxy; returns the address the user lands on. */
    String signIn(Browser browser, String user) throws Exception {
        Browser.Page landed = browser.get(base + "/").submit("kc-form-login", Map.of("username", user, "password", "demo"));
        assertEquals(200, landed.status(), landed.text());
        assertTrue(landed.url().startsWith(base), landed.url());
        return landed.url();
    }

    /** The page answers 200 at that very address (not after a detour through the sign-in) and shows the text. */
    static void assertSignedIn(Browser browser, String url, String text) throws Exception {
        Browser.Page page = browser.get(url);
        assertEquals(200, page.status(), url);
        assertEquals(url, page.url(), "signed in, not sent to sign in");
        assertTrue(page.response().previousResponse().isEmpty(), url + " answered without a redirect");
        assertTrue(page.text().contains(text), url + ": " + page.text());
    }

    /**
     * A signed-in browser on the first instance opens the partner form, is moved to the other (its cookie
     * switched): a page answers at once with its roles, and the form opened on the first is saved there.
     */
    void assertSessionMovesWithItsForm(Browser alice, String first, String other, String codePrefix, String name)
            throws Exception {
        Browser.Page form = alice.get(base + "/vendor/partner-edit.xhtml");
        assertEquals(first, alice.cookie(instanceCookie()));

        alice.setCookie(instanceCookie(), other);
        assertSignedIn(alice, base + "/vendor/program-settings.xhtml", "Acme Analytics partner portal");
        assertEquals(403, alice.get(base + "/partner/home.xhtml").status(), "alice is no partner user on " + other);
        String code = codePrefix + UUID.randomUUID().toString().substring(0, 8);
        Browser.Page saved = form.submit("partnerForm", partner(code, name));
        assertTrue(saved.response().body().contains("Saved " + name + "."), "the form opened on " + first
                + " is saved on " + other + ": " + saved.text());
        assertEquals(other, alice.cookie(instanceCookie()));
    }

    /**
     * On that instance, alice (Acme) and gina (Globex) see their own vendor's partners only, and sam (a
     * partner user of Acme's Brightpath) no vendor page and his own partner only.
     */
    void assertEachVendorSeesOnlyItsOwn(String instance) throws Exception {
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
        assertEquals(instance, sam.cookie(instanceCookie()));
    }

    /**
     * The page through the proxy once it answers 200 again (an instance was lost a moment ago), asked every
     * 250 ms for up to about 30 s; null if it never did.
     */
    static Browser.Page firstAnswer(Browser browser, String url) throws InterruptedException {
        Browser.Page page = null;
        for (int attempt = 0; attempt < 120 && (page == null || page.status() != 200); attempt++) {
            try {
                page = browser.get(url);
            } catch (Exception e) {
                page = null;
            }
            if (page == null || page.status() != 200) {
                Thread.sleep(250);
            }
        }
        return page;
    }

    /** The fields of a new partner on the partner form. */
    static Map<String, String> partner(String code, String name) {
        return Map.of("partnerForm:code", code, "partnerForm:name", name, "partnerForm:type_input", "REFERRAL",
                "partnerForm:joinedOn", "2025-02-01", "partnerForm:timeZone", "Europe/Berlin", "partnerForm:save", "");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
