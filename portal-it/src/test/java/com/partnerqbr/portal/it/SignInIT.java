package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Browser.BASE;
import static com.partnerqbr.portal.it.Browser.KEYCLOAK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * End to end through the real Keycloak login form and the real portal pages: who lands
 * where, and what each vendor and partner can see.
 */
class SignInIT {

    private static final String PASSWORD = "demo";

    @Test
    void anUnauthenticatedRequestIsRedirectedToKeycloak() throws Exception {
        Browser.Page page = new Browser(HttpClient.Redirect.NEVER).get(BASE + "/vendor/partners.xhtml");
        assertEquals(302, page.status());
        assertTrue(page.header("Location").startsWith(KEYCLOAK + "/realms/portal/protocol/openid-connect/auth?"),
                page.header("Location"));
    }

    @Test
    void aVendorAdminLandsOnItsProgramAndSeesOnlyItsPartners() throws Exception {
        Browser.Page home = Browser.signIn("alice", PASSWORD);
        assertEquals(BASE + "/vendor/partners.xhtml", home.url());
        String text = home.text();
        assertTrue(text.contains("Acme Analytics partner portal"), text);
        assertTrue(text.contains("30 partners"), text);
        assertTrue(text.contains("Brightpath Solutions"), text);
        assertFalse(text.contains("Summit Resellers"), "Globex's partner shown to Acme");
        assertEquals("alice", home.textOf("signedInAs"));
    }

    @Test
    void anotherVendorSeesOnlyItsOwnPartners() throws Exception {
        String text = Browser.signIn("gina", PASSWORD).text();
        assertTrue(text.contains("Globex Systems partner portal"), text);
        assertTrue(text.contains("Summit Resellers"), text);
        assertFalse(text.contains("Brightpath Solutions"), "Acme's partner shown to Globex");
    }

    @Test
    void aPartnerUserLandsOnItsPartnerAndCannotOpenVendorPages() throws Exception {
        Browser.Page home = Browser.signIn("paula", PASSWORD);
        assertEquals(BASE + "/partner/home.xhtml", home.url());
        assertEquals("Brightpath Solutions", home.textOf("partnerName"));
        assertEquals("Reseller", home.textOf("partnerType"));
        assertEquals("Gold", home.textOf("partnerTier"));
        assertEquals(403, home.browser().get(BASE + "/vendor/partners.xhtml").status());
    }

    @Test
    void aPartnerUserSeesItsOwnPartnerNotAnotherOfTheSameVendor() throws Exception {
        Browser.Page home = Browser.signIn("omar", PASSWORD);
        assertEquals("Orbit Integrations", home.textOf("partnerName"));
        assertEquals("Technology / integration", home.textOf("partnerType"));
        assertEquals("Silver", home.textOf("partnerTier"));
        assertFalse(home.text().contains("Brightpath"));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        Browser browser = new Browser();
        Browser.Page refused = browser.get(BASE + "/").submit("kc-form-login",
                Map.of("username", "alice", "password", "not-her-password"));
        assertTrue(refused.url().startsWith(KEYCLOAK), refused.url());
        assertTrue(refused.text().contains("Invalid username or password."), refused.text());
        assertNotNull(refused.html().getElementById("kc-form-login"), "the login form is shown again");
        assertTrue(browser.get(BASE + "/vendor/partners.xhtml").url().startsWith(KEYCLOAK), "no portal session");
    }

    @Test
    void anotherVendorsPartnerUrlAnswersNotFound() throws Exception {
        String summitUrl = partnerLink(Browser.signIn("gina", PASSWORD), "Summit Resellers");
        Browser.Page alice = Browser.signIn("alice", PASSWORD);
        String brightpathUrl = partnerLink(alice, "Brightpath Solutions");

        Browser.Page own = alice.browser().get(brightpathUrl);
        assertEquals(200, own.status());
        assertEquals("Brightpath Solutions", own.textOf("partnerName"));

        Browser.Page foreign = alice.browser().get(summitUrl);
        assertEquals(404, foreign.status());
        assertFalse(foreign.text().contains("Summit"), foreign.text());
        assertTrue(foreign.text().contains("Not found"), foreign.text());

        Browser.Page unknown = alice.browser().get(BASE + "/vendor/partner.xhtml?id=99999999");
        assertEquals(404, unknown.status());
        assertEquals(foreign.text(), unknown.text(), "another vendor's partner looks exactly like a missing one");
        assertEquals(404, alice.browser().get(BASE + "/vendor/partner.xhtml?id=abc").status());
    }

    @Test
    void signingOutEndsTheKeycloakSessionToo() throws Exception {
        Browser.Page home = Browser.signIn("erin", PASSWORD);
        assertEquals(BASE + "/vendor/partners.xhtml", home.url());
        Browser.Page signedOut = home.submit("signOutForm", Map.of("signOutForm:signOut", "Sign out"));
        assertEquals(BASE + "/signed-out.xhtml", signedOut.url());
        assertTrue(signedOut.text().contains("You are signed out"), signedOut.text());
        Browser.Page again = home.browser().get(BASE + "/vendor/partners.xhtml");
        assertTrue(again.url().startsWith(KEYCLOAK), "Keycloak asks for credentials again: " + again.url());
        assertNotNull(again.html().getElementById("kc-form-login"));
    }

    @Test
    void pagesCarrySecurityHeadersAndAHardenedSessionCookie() throws Exception {
        Browser.Page page = new Browser(HttpClient.Redirect.NEVER).get(BASE + "/signed-out.xhtml");
        assertEquals(200, page.status());
        String csp = page.header("Content-Security-Policy");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'self'"), csp);
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertNull(page.header("X-Powered-By"));
        String cookie = page.header("Set-Cookie");
        assertNotNull(cookie, "a session cookie is set");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertFalse(page.url().contains("jsessionid"));
    }

    @Test
    void errorPagesRevealNoInternals() throws Exception {
        Browser.Page alice = Browser.signIn("alice", PASSWORD);
        Browser.Page missing = alice.browser().get(BASE + "/vendor/partner.xhtml?id=12345678901234567890");
        assertEquals(404, missing.status());
        String body = missing.response().body();
        assertTrue(body.contains("Not found"), body);
        assertFalse(body.contains("Caused by") || body.contains(".java:") || body.contains("Payara"), body);
    }

    private static String partnerLink(Browser.Page partnersPage, String partnerName) {
        Element link = partnersPage.html().select("a.partner-name").stream()
                .filter(a -> a.text().equals(partnerName)).findFirst()
                .orElseThrow(() -> new AssertionError(partnerName + " not listed: " + partnersPage.text()));
        return link.absUrl("href");
    }
}
