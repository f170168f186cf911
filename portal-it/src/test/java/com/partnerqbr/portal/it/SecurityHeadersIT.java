package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Browser.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The headers of what the server answers, error pages included, over HTTP through the real
 * sign-in: one Content-Security-Policy without inline or eval'd scripts (a nonce instead),
 * no sniffing, nothing kept of a signed-in page, no server name or version anywhere.
 */
class SecurityHeadersIT {

    private static final String PASSWORD = "demo";

    @Test
    void aSignedInPageHasOneNonceBasedPolicyAndIsNotKept() throws Exception {
        Browser.Page page = Browser.signIn("alice", PASSWORD).browser().get(BASE + "/vendor/partners.xhtml");
        assertEquals(200, page.status());
        List<String> policies = page.response().headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        String csp = policies.get(0);
        String scripts = directive(csp, "script-src");
        assertTrue(scripts.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}'"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'self'"), csp);
        String nonce = scripts.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertTrue(page.response().body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the nonce");
        assertEquals("no-store", page.header("Cache-Control"));
        assertEquals("nosniff", page.header("X-Content-Type-Options"));

        Browser.Page style = page.browser().get(page.html().selectFirst("link[rel=stylesheet]").absUrl("href"));
        assertEquals(200, style.status());
        assertFalse("no-store".equals(style.header("Cache-Control")), "static resources may be kept");

        Browser.Page again = page.browser().get(BASE + "/vendor/partners.xhtml");
        assertFalse(again.header("Content-Security-Policy").equals(csp), "a fresh nonce for every page");
    }

    @Test
    void errorPagesCarryTheSameHeadersAndNameNoServer() throws Exception {
        Browser browser = Browser.signIn("paula", PASSWORD).browser();
        for (String path : List.of("/vendor/partners.xhtml", "/no-such-page.xhtml", "/no-such-folder/x",
                "/vendor/partner.xhtml?id=99999999")) {
            Browser.Page page = browser.get(BASE + path);
            assertTrue(page.status() == 403 || page.status() == 404, path + ": " + page.status());
            assertHardened(page, path);
            assertEquals("no-store", page.header("Cache-Control"), path);
            assertFalse(page.text().contains("#{"), path + ": " + page.text());
        }
    }

    @Test
    void theServersRootSendsToThePortalAndNamesNoServer() throws Exception {
        URI base = URI.create(BASE);
        String root = base.getScheme() + "://" + base.getAuthority();
        Browser.Page page = new Browser(HttpClient.Redirect.NEVER).get(root + "/");
        assertEquals(200, page.status());
        assertFalse(page.response().body().contains("Server Running"), page.response().body());
        assertEquals("0; url=" + base.getPath() + "/",
                page.html().selectFirst("meta[http-equiv=refresh]").attr("content"), "the root sends to the portal");
        Browser.Page missing = new Browser(HttpClient.Redirect.NEVER).get(root + "/no-such-application/");
        assertFalse(missing.response().body().toLowerCase().contains("payara"), missing.response().body());
        assertNull(missing.header("Server"));
        assertNull(missing.header("X-Powered-By"));
    }

    private static void assertHardened(Browser.Page page, String path) {
        String csp = page.header("Content-Security-Policy");
        assertTrue(csp != null && csp.contains("default-src 'self'") && !csp.contains("unsafe-eval")
                && !directive(csp, "script-src").contains("unsafe-inline"), path + ": " + csp);
        assertEquals("nosniff", page.header("X-Content-Type-Options"), path);
        assertNull(page.header("X-Powered-By"), path);
        assertNull(page.header("Server"), path);
        assertFalse(page.response().body().toLowerCase().contains("payara"), path + ": " + page.response().body());
    }

    private static String directive(String csp, String name) {
        for (String directive : csp.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive.strip();
            }
        }
        throw new AssertionError("no " + name + " in " + csp);
    }
}
