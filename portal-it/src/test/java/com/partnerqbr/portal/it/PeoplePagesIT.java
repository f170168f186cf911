package com.partnerqbr.portal.it;

import static com.partnerqbr.portal.it.Browser.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The people page and the mail settings through the real sign-in (issue 15): a person is listed
 * from their sign-in with the token's e-mail and role; a partner's admin sees its own team only
 * and reaches it from its menu; only vendor admins and partner admins open the page; the vendor's
 * sender name and admin e-mail are saved from Program settings, a bad address refused naming the
 * field and nothing saved.
 */
class PeoplePagesIT {

    private static final String PASSWORD = "demo";

    @Test
    void peopleAreListedFromTheirSignInAndAPartnersAdminSeesItsOwnTeamOnly() throws Exception {
        Browser.Page omar = Browser.signIn("omar", PASSWORD);
        Browser.Page paula = Browser.signIn("paula", PASSWORD);
        Browser.Page team = paula.browser().get(BASE + "/people.xhtml");
        assertEquals(200, team.status());
        String text = team.text();
        assertTrue(text.contains("paula paula@brightpath.example partner-admin brightpath Active"), text);
        assertFalse(text.contains("omar"), "another partner's admin is not in paula's team: " + text);
        assertFalse(text.contains("alice"), "nor the vendor's staff: " + text);
        assertTrue(paula.browser().get(BASE + "/partner/home.xhtml").html().select(".portal-nav a[href*='people']")
                .size() == 1, "the team is in a partner admin's menu");

        Browser.Page alice = Browser.signIn("alice", PASSWORD).browser().get(BASE + "/people.xhtml");
        String all = alice.text();
        assertTrue(all.contains("alice alice@acme.example vendor-admin Active"), all);
        assertTrue(all.contains("paula paula@brightpath.example partner-admin brightpath Active"), all);
        assertTrue(all.contains("omar"), all);
        assertFalse(Browser.signIn("gina", PASSWORD).browser().get(BASE + "/people.xhtml").text().contains("paula"),
                "another vendor's admin sees none of acme's people");
        for (String user : new String[] {"max", "erin", "sam"}) {
            assertEquals(403, Browser.signIn(user, PASSWORD).browser().get(BASE + "/people.xhtml").status(), user);
        }
        assertEquals(200, omar.status());
    }

    @Test
    void aVendorAdminSetsTheSenderNameAndABadAdminEmailIsRefused() throws Exception {
        Browser gina = Browser.signIn("gina", PASSWORD).browser();
        Browser.Page settings = gina.get(BASE + "/vendor/program-settings.xhtml");
        String adminEmail = settings.html().getElementById("mailForm:adminEmail").val();
        Browser.Page bad = settings.submit("mailForm", Map.of("mailForm:senderName", "Globex Partners",
                "mailForm:adminEmail", "gina at globex", "mailForm:saveMail", ""));
        assertTrue(bad.text().contains("Not saved: Admin e-mail 'gina at globex' is not an e-mail address."), bad.text());
        assertEquals("", gina.get(BASE + "/vendor/program-settings.xhtml").html().getElementById("mailForm:senderName")
                .val(), "nothing saved");
        try {
            Browser.Page saved = settings.submit("mailForm", Map.of("mailForm:senderName", "Globex Partners",
                    "mailForm:saveMail", ""));
            assertTrue(saved.text().contains("Saved the mail settings."), saved.text());
            Browser.Page reread = gina.get(BASE + "/vendor/program-settings.xhtml");
            assertEquals("Globex Partners", reread.html().getElementById("mailForm:senderName").val());
            assertEquals(adminEmail, reread.html().getElementById("mailForm:adminEmail").val());
        } finally {
            Browser.Page now = gina.get(BASE + "/vendor/program-settings.xhtml");
            now.submit("mailForm", Map.of("mailForm:senderName", "", "mailForm:saveMail", ""));
        }
        assertEquals("", gina.get(BASE + "/vendor/program-settings.xhtml").html().getElementById("mailForm:senderName")
                .val(), "back to the vendor's name");
    }
}
